#include "fixes.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace reportkit {

namespace {

bool overlaps(const TextEdit& a, const TextEdit& b) {
    return a.paragraph == b.paragraph && a.start < b.start + std::max(b.length, 1) &&
           b.start < a.start + std::max(a.length, 1);
}

bool sameFont(const std::optional<FontSpec>& a, const std::optional<FontSpec>& b) {
    if (!a || !b) return a.has_value() == b.has_value();
    return a->families == b->families && a->points == b->points && a->bold == b->bold;
}

bool sameFormatEdit(const FormatEdit& a, const FormatEdit& b) {
    return a.paragraph == b.paragraph && a.pageStyle == b.pageStyle && a.start == b.start && a.length == b.length && sameFont(a.font, b.font) &&
           a.black == b.black && a.alignment == b.alignment && a.firstLineIndentMm == b.firstLineIndentMm &&
           a.lineSpacingPoints == b.lineSpacingPoints;
}

}  // namespace

Fix mergeFixes(const std::vector<Finding>& findings) {
    Fix merged;
    for (const Finding& finding : findings) {
        if (!finding.fix) continue;
        for (const TextEdit& edit : finding.fix->text) {
            const bool taken = std::any_of(merged.text.begin(), merged.text.end(),
                                           [&](const TextEdit& other) { return other == edit || overlaps(other, edit); });
            if (!taken) merged.text.push_back(edit);
        }
        for (const ListEdit& edit : finding.fix->list) {
            const bool taken = std::any_of(merged.list.begin(), merged.list.end(), [&](const ListEdit& other) {
                return other.paragraph == edit.paragraph && other.action == edit.action;
            });
            if (!taken) merged.list.push_back(edit);
        }
        for (const FormatEdit& edit : finding.fix->format) {
            // A page style's parts add up; a paragraph's equal edits are made once.
            const auto samePage = [&](const FormatEdit& other) {
                return edit.paragraph < 0 && other.paragraph < 0 && other.pageStyle == edit.pageStyle;
            };
            const auto page = std::find_if(merged.format.begin(), merged.format.end(), samePage);
            if (page != merged.format.end()) page->pageParts |= edit.pageParts;
            else if (std::none_of(merged.format.begin(), merged.format.end(),
                                  [&](const FormatEdit& other) { return sameFormatEdit(other, edit); }))
                merged.format.push_back(edit);
        }
    }
    const auto inDocumentOrder = [](const TextEdit& a, const TextEdit& b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
    };
    std::sort(merged.text.begin(), merged.text.end(), inDocumentOrder);
    std::sort(merged.list.begin(), merged.list.end(),
              [](const ListEdit& a, const ListEdit& b) { return a.paragraph < b.paragraph; });
    return merged;
}

int applyTextEdits(Document& document, const std::vector<TextEdit>& edits) {
    int applied = 0;
    // From the end of each paragraph backwards, so earlier offsets stay valid.
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit) {
        if (edit->paragraph < 0 || edit->paragraph >= static_cast<int>(document.paragraphs.size())) continue;
        std::string& text = document.paragraphs[edit->paragraph].text;
        const std::size_t start = utf8::byteOffset(text, edit->start);
        const std::size_t end = utf8::byteOffset(text, edit->start + edit->length);
        if (utf8::utf16Length(std::string_view(text).substr(0, end)) != static_cast<std::size_t>(edit->start + edit->length))
            continue;
        text.replace(start, end - start, edit->replacement);
        ++applied;
    }
    return applied;
}

std::string documentText(const Document& document) {
    std::string text;
    for (const Paragraph& paragraph : document.paragraphs) text += paragraph.text + "\n";
    return text;
}

std::string fixText(std::string_view original, const std::vector<TextEdit>& edits) {
    Document document = documentFromText(original, "");
    applyTextEdits(document, edits);
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    std::string text;
    std::string_view rest = original;
    if (rest.substr(0, bom.size()) == bom) {
        text += bom;
        rest.remove_prefix(bom.size());
    }
    // Each paragraph keeps its own line's end, whichever kind it was.
    const std::vector<TextLine> lines = textLines(rest);
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        text += document.paragraphs[i].text;
        if (i < lines.size()) text += lines[i].end;
    }
    return text;
}

}  // namespace reportkit
