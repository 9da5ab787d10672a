// punctuation.pairing: brackets, quotation marks and book-title marks come in pairs (GB/T 15834—2011
// 4.8, 4.9, 4.15): a closing mark without its opening one, or an opening one never closed, in the
// same paragraph. A quotation inside a quotation takes ‘’ and a title inside a title 〈〉 (4.8,
// 4.15): a second “ or 《 while one is open is reported. A quotation over several paragraphs
// opens each and closes once (4.8), so a “ left open at the paragraph's end, with nothing else
// wrong, is not reported; nor is ’ after a Latin letter, an apostrophe. A closing bracket after a
// number or a letter at a clause's start is a marker such as 1） or a） (numbering's), not half of a
// pair, and neither is a marker in mixed widths, (1） or （1). None of these has a fix: where the
// missing mark goes is the writer's to say.
#include <algorithm>
#include <vector>

#include "chinese_text.hpp"

namespace reportkit {

namespace {

// The opening mark a closing one pairs with, 0 for a character that closes nothing.
char32_t openingOf(char32_t cp) {
    switch (cp) {
        case U'）': return U'（';
        case U'》': return U'《';
        case U'〉': return U'〈';
        case U'”': return U'“';
        case U'’': return U'‘';
        case U'】': return U'【';
        case U'〕': return U'〔';
        default: return 0;
    }
}

bool isOpening(char32_t cp) {
    return cp == U'（' || cp == U'《' || cp == U'〈' || cp == U'“' || cp == U'‘' || cp == U'【' || cp == U'〔';
}

bool isMarkerCharacter(char32_t cp) {
    return isAsciiDigit(cp) || isLatinLetter(cp) || std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// A marker's closing bracket: "1）", "a）", "一）" at the paragraph's start or after a clause's end
// or a space, or one half of a marker in mixed widths, "(1）" (numbering.style's to report).
bool closesMarker(std::string_view text, std::size_t at) {
    std::size_t start = at;
    for (int count = 0; start > 0 && count < 3 && isMarkerCharacter(codePointBefore(text, start)); ++count)
        start = previousStart(text, start);
    if (start == at) return false;
    const char32_t before = codePointBefore(text, start);
    return before == 0 || before == U' ' || before == U'　' || before == U'。' || before == U'；' || before == U'：' ||
           before == U'，' || before == U'(';
}

// The other half of a marker in mixed widths, "（1)".
bool opensMixedMarker(std::string_view text, std::size_t at) {
    std::size_t end = at + std::string_view("（").size();
    for (int count = 0; end < text.size() && count < 3 && isMarkerCharacter(codePointAt(text, end)); ++count)
        utf8::next(text, end);
    return end < text.size() && text[end] == ')';
}

struct OpenMark {
    char32_t mark;
    std::size_t offset;
};

class PunctuationPairing final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.pairing"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        std::vector<OpenMark> open;
        std::vector<Finding> found;
        const auto report = [&](std::size_t offset, const char* key) {
            found.push_back(textFinding(paragraph, text, offset, codePointLength(text, offset), key, "", false));
        };
        // The lead bytes of “”‘’, of 《》〈〉【】〔〕 and of （）.
        static constexpr ByteSet kMarks("\xE2\xE3\xEF");
        for (std::size_t offset = kMarks.next(text, 0); offset < text.size(); offset = kMarks.next(text, offset + 1)) {
            const char32_t cp = codePointAt(text, offset);
            if (isOpening(cp)) {
                const bool nested = (cp == U'“' || cp == U'《') &&
                                    std::any_of(open.begin(), open.end(), [&](const OpenMark& m) { return m.mark == cp; });
                if (nested) report(offset, cp == U'“' ? "punctuation.pairing.nested-quote" : "punctuation.pairing.nested-title");
                open.push_back({cp, offset});
                continue;
            }
            const char32_t opening = openingOf(cp);
            if (opening == 0 || (cp == U'’' && isLatinLetter(codePointBefore(text, offset)))) continue;  // don’t
            const auto match = std::find_if(open.rbegin(), open.rend(), [&](const OpenMark& m) { return m.mark == opening; });
            if (match == open.rend()) {
                if (!(cp == U'）' && closesMarker(text, offset))) report(offset, "punctuation.pairing.unopened");
                continue;
            }
            // Marks opened inside this pair and never closed.
            for (auto inner = open.rbegin(); inner != match; ++inner) report(inner->offset, "punctuation.pairing.unclosed");
            open.erase(std::prev(match.base()), open.end());
        }
        // One quotation left open, with nothing else wrong, goes on in the next paragraph.
        const bool continuedQuotation = found.empty() && open.size() == 1 && open.front().mark == U'“';
        if (!continuedQuotation)
            for (const OpenMark& mark : open)
                if (!(mark.mark == U'（' && opensMixedMarker(text, mark.offset))) report(mark.offset, "punctuation.pairing.unclosed");
        std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) { return a.place.start < b.place.start; });
        for (Finding& finding : found) findings.push_back(std::move(finding));
    }

private:
    static std::size_t codePointLength(std::string_view text, std::size_t at) {
        std::size_t end = at;
        utf8::next(text, end);
        return end - at;
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationPairingRule() { return std::make_unique<PunctuationPairing>(); }

}  // namespace reportkit
