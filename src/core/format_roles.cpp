#include "format_roles.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace reportkit {

namespace {

bool isSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

bool isBlank(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();)
        if (!isSpace(utf8::next(text, pos))) return false;
    return true;
}

int utf16(std::string_view text) { return static_cast<int>(utf8::utf16Length(text)); }

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The words a report's title ends in when it names its kind (…述职报告, …工作计划, …请示).
bool namesAKind(std::string_view title) {
    static constexpr std::array<std::string_view, 22> kinds = {
        "报告", "材料", "计划", "方案", "总结", "纪要", "请示", "意见", "通知", "规划", "办法",
        "规定", "讲话", "发言", "汇报", "函",   "决定", "通报", "细则", "提纲", "情况", "要点"};
    while (!title.empty() && (title.back() == ' ' || title.back() == '\n')) title.remove_suffix(1);
    return std::any_of(kinds.begin(), kinds.end(), [&](std::string_view kind) { return endsWith(title, kind); });
}

bool isHeadingForm(MarkerForm form) {
    return form == MarkerForm::numeralComma || form == MarkerForm::numeralParen || form == MarkerForm::digitStop ||
           form == MarkerForm::digitParen;
}

TextRole headingRole(int level) { return static_cast<TextRole>(static_cast<int>(TextRole::heading1) + level - 1); }

// The signature and the date close a report in short lines without a full stop; they are set
// apart (right-aligned or spaced), not indented.
bool isClosingLine(const Paragraph& paragraph) {
    constexpr std::size_t kLongestClosingLine = 60;  // bytes: about twenty characters
    return paragraph.text.size() <= kLongestClosingLine && paragraph.text.find("。") == std::string::npos &&
           paragraph.text.find("：") == std::string::npos;
}

}  // namespace

FormatAnalysis analyseFormat(const Document& document, const NumberingAnalysis& numbering,
                             const FormatProfile& profile) {
    FormatAnalysis analysis;
    analysis.profile = &profile;
    const int count = static_cast<int>(document.paragraphs.size());
    analysis.paragraphs.resize(document.paragraphs.size());

    std::vector<const NumberedParagraph*> headings(document.paragraphs.size(), nullptr);
    for (const NumberedParagraph& numbered : numbering.paragraphs)
        if (numbered.marker.level >= 1 && numbered.marker.level <= 4 && isHeadingForm(numbered.marker.form))
            headings[numbered.paragraph] = &numbered;

    // The title: the first paragraph with text, when it is not a heading, and the next one too when
    // only the two together name the report's kind.
    int first = 0;
    while (first < count && isBlank(document.paragraphs[first].text)) ++first;
    if (first < count && !headings[first] && document.paragraphs[first].outlineLevel == 0) {
        analysis.title.push_back(first);
        int second = first + 1;
        if (second < count && !headings[second] && !namesAKind(document.paragraphs[first].text) &&
            namesAKind(document.paragraphs[second].text) && isClosingLine(document.paragraphs[second]))
            analysis.title.push_back(second);
    }
    int last = count - 1;  // the last paragraph with text
    while (last >= 0 && isBlank(document.paragraphs[last].text)) --last;
    constexpr int kClosingLines = 3;

    for (int index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        ParagraphRoles& roles = analysis.paragraphs[index];
        if (isBlank(paragraph.text)) continue;
        const int length = utf16(paragraph.text);
        const bool centredOrRight = paragraph.format.alignment == Alignment::centre ||
                                    paragraph.format.alignment == Alignment::right;
        if (std::find(analysis.title.begin(), analysis.title.end(), index) != analysis.title.end()) {
            roles.parts.push_back({TextRole::title, 0, length});
            continue;
        }
        if (const NumberedParagraph* numbered = headings[index]) {
            const Marker& marker = numbered->marker;
            const std::string_view sentence = numbered->automatic ? std::string_view(paragraph.text)
                                                                  : headingSentence(paragraph.text, marker);
            const std::size_t sentenceEnd = numbered->automatic
                                                ? paragraph.text.size()
                                                : marker.offset + marker.text.size() + sentence.size();
            // A run-in heading: the sentence in the level's font, the body after it in the body's.
            const std::size_t end = std::min(sentenceEnd, paragraph.text.size());
            const int headingLength = utf16(std::string_view(paragraph.text).substr(0, end));
            roles.parts.push_back({headingRole(marker.level), 0, headingLength});
            if (headingLength < length && !isBlank(std::string_view(paragraph.text).substr(end)))
                roles.parts.push_back({TextRole::body, headingLength, length - headingLength});
            roles.indented = !centredOrRight;
            continue;
        }
        if (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 4) {
            roles.parts.push_back({headingRole(paragraph.outlineLevel), 0, length});
            roles.indented = !centredOrRight;
            continue;
        }
        roles.parts.push_back({TextRole::body, 0, length});
        const bool salutation = !analysis.title.empty() && index > analysis.title.back() &&
                                index <= analysis.title.back() + 2 && endsWith(paragraph.text, "：");
        const bool closing = index > last - kClosingLines && isClosingLine(paragraph);
        roles.indented = !centredOrRight && !salutation && !closing;
    }
    return analysis;
}

std::vector<const FormatRun*> runsIn(const ParagraphFormat& format, int start, int length) {
    std::vector<const FormatRun*> runs;
    for (const FormatRun& run : format.runs)
        if (run.start < start + length && start < run.start + run.length) runs.push_back(&run);
    return runs;
}

}  // namespace reportkit
