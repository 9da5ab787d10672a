#include "format_roles.hpp"

#include <algorithm>
#include <array>
#include <cctype>

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

// Whether the text has at most `limit` characters: counted only that far, since a body paragraph
// has many more.
bool atMostCharacters(std::string_view text, int limit) {
    int count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count) {
        if (count == limit) return false;
        utf8::next(text, pos);
    }
    return true;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// A sentence, not a line that names something: a preamble pasted above the body has these, a
// title never does.
bool hasSentencePunctuation(std::string_view text) {
    for (const std::string_view mark : {"。", "！", "？", "；", "："})
        if (contains(text, mark)) return true;
    return false;
}

// The signature and the date close a report in short lines without a full stop; they are set
// apart (right-aligned or spaced), not indented.
bool isClosingLine(const Paragraph& paragraph) {
    constexpr std::size_t kLongestClosingLine = 60;  // bytes: about twenty characters
    return paragraph.text.size() <= kLongestClosingLine && !contains(paragraph.text, "。") &&
           !contains(paragraph.text, "：");
}

// Styles a title is set in: Word's and Writer's own ("Title", a "Heading 1" on the first line)
// and the names offices give theirs.
bool isTitleStyle(const Paragraph& paragraph) {
    std::string style = paragraph.style;
    std::transform(style.begin(), style.end(), style.begin(), [](unsigned char c) { return std::tolower(c); });
    static constexpr std::array<std::string_view, 6> names = {"title", "标题", "主标题", "文件标题", "公文标题", "大标题"};
    return paragraph.outlineLevel == 1 ||
           std::find(names.begin(), names.end(), std::string_view(style)) != names.end();
}

double largestPoints(const Paragraph& paragraph) {
    double largest = 0;
    for (const FormatRun& run : paragraph.format.runs)
        if (run.length > 0) largest = std::max(largest, run.format.points);
    return largest;
}

// How a first line reads: a title (short, no sentence), and whether more than its shape says so.
struct TitleEvidence {
    bool possible = false;  // short and without a sentence
    bool certain = false;   // and set or worded as a title: its style, centred, larger, names a kind
};

TitleEvidence titleEvidence(const Paragraph& paragraph, const FormatProfile& profile) {
    constexpr int kLongestTitle = 60;  // characters: a long title's line and a half
    TitleEvidence evidence;
    evidence.possible = atMostCharacters(paragraph.text, kLongestTitle) && !hasSentencePunctuation(paragraph.text);
    if (!evidence.possible) return evidence;
    const double body = profile.font(TextRole::body).points;
    evidence.certain = isTitleStyle(paragraph) || paragraph.format.alignment == Alignment::centre ||
                       largestPoints(paragraph) > body + 1 || namesAKind(paragraph.text);
    return evidence;
}

// A 主送机关 line under the title (顶格, ending in "："): "市人民政府：", "各党支部：".
bool isAddressee(const Paragraph& paragraph) {
    constexpr int kLongestAddressee = 40;
    return endsWith(paragraph.text, "：") && atMostCharacters(paragraph.text, kLongestAddressee) &&
           !contains(paragraph.text, "。");
}

// A 附注 after the body, in brackets: "（联系人：…）" (7.3.6), set two characters in.
bool isNote(std::string_view text) {
    return text.rfind("（", 0) == 0 && endsWith(text, "）") && !contains(text, "。");
}

// The label over an attachment, "附件" and its number (7.3.7: 黑体, 顶格), with perhaps a note in
// brackets: "附件2", "附件1（样表）". Not the 附件说明, whose "附件：" lists the attachments.
bool isAttachmentLabel(std::string_view text) {
    constexpr int kLongestLabel = 16;
    if (text.rfind("附件", 0) != 0 || contains(text, "：") || contains(text, ":")) return false;
    return atMostCharacters(text, kLongestLabel) && !hasSentencePunctuation(text);
}

// A table's or a figure's caption: "表1  …", "图2-1 …" (GB/T 9704 says nothing of them; offices
// set them apart, often centred in a smaller 黑体).
bool isCaption(std::string_view text) {
    constexpr int kLongestCaption = 40;
    if (text.rfind("表", 0) != 0 && text.rfind("图", 0) != 0) return false;
    std::size_t pos = 0;
    utf8::next(text, pos);
    const std::size_t digits = pos;
    while (pos < text.size() && (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '-' || text[pos] == '.'))
        ++pos;
    return pos > digits && atMostCharacters(text, kLongestCaption) && !hasSentencePunctuation(text);
}

// Body text is certain where it reads as sentences or runs long; a short line without a sentence
// may be a heading without a marker, a caption or a label.
bool isCertainBody(std::string_view text) {
    constexpr int kShortLine = 30;
    return !atMostCharacters(text, kShortLine) || hasSentencePunctuation(text) || contains(text, "，");
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

    // The title: the first paragraph with text when it reads as one (a preamble pasted first is
    // body text: the document has no title line), and the next one too when only the two together
    // name the report's kind or both are set as a title.
    int first = 0;
    while (first < count && isBlank(document.paragraphs[first].text)) ++first;
    bool titleCertain = false;
    if (first < count && !headings[first]) {
        const Paragraph& line = document.paragraphs[first];
        if (const TitleEvidence evidence = titleEvidence(line, profile); evidence.possible) {
            analysis.title.push_back(first);
            titleCertain = evidence.certain;
            const int second = first + 1;
            if (second < count && !headings[second]) {
                const Paragraph& next = document.paragraphs[second];
                const TitleEvidence nextEvidence = titleEvidence(next, profile);
                const bool kindInSecond = !namesAKind(line.text) && namesAKind(next.text) && isClosingLine(next);
                const bool setAlike = evidence.certain && nextEvidence.possible && !namesAKind(line.text) &&
                                      isTitleStyle(next) == isTitleStyle(line) &&
                                      next.format.alignment == line.format.alignment &&
                                      largestPoints(next) == largestPoints(line) && largestPoints(line) > 0;
                if (kindInSecond || setAlike) analysis.title.push_back(second);
            }
        }
    }
    int last = count - 1;  // the last paragraph with text
    while (last >= 0 && isBlank(document.paragraphs[last].text)) --last;
    constexpr int kClosingLines = 3;
    // The 主送机关 is the first line after the title (or the first line of a report without one).
    int addressee = analysis.title.empty() ? first : analysis.title.back() + 1;
    while (addressee < count && isBlank(document.paragraphs[addressee].text)) ++addressee;

    bool bodyBegun = false;
    for (int index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        ParagraphRoles& roles = analysis.paragraphs[index];
        if (isBlank(paragraph.text)) continue;
        const int length = utf16(paragraph.text);
        const bool centredOrRight = paragraph.format.alignment == Alignment::centre ||
                                    paragraph.format.alignment == Alignment::right;
        if (std::find(analysis.title.begin(), analysis.title.end(), index) != analysis.title.end()) {
            roles.role = ParagraphRole::title;
            roles.certain = titleCertain;
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
            roles.role = ParagraphRole::heading;
            roles.certain = true;
            roles.parts.push_back({headingRole(marker.level), 0, headingLength});
            if (headingLength < length && !isBlank(std::string_view(paragraph.text).substr(end)))
                roles.parts.push_back({TextRole::body, headingLength, length - headingLength});
            roles.indented = !centredOrRight;
            bodyBegun = true;
            continue;
        }
        if (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 4) {
            roles.role = ParagraphRole::heading;
            roles.certain = true;
            roles.parts.push_back({headingRole(paragraph.outlineLevel), 0, length});
            roles.indented = !centredOrRight;
            bodyBegun = true;
            continue;
        }
        if (isCaption(paragraph.text)) {
            roles.role = ParagraphRole::caption;  // its font and place are the office's
            roles.certain = true;
            continue;
        }
        if (bodyBegun && isAttachmentLabel(paragraph.text)) {
            // Its font is not a body's, and not a heading's either: left to the writer.
            roles.role = ParagraphRole::attachmentLabel;
            roles.certain = true;
            continue;
        }
        roles.parts.push_back({TextRole::body, 0, length});
        if (index == addressee && isAddressee(paragraph)) {
            roles.role = ParagraphRole::addressee;
            roles.certain = true;
            continue;  // 顶格
        }
        if (bodyBegun && isNote(paragraph.text)) {
            roles.role = ParagraphRole::note;
            roles.certain = true;
            roles.indented = !centredOrRight;
            continue;
        }
        if (index > last - kClosingLines && isClosingLine(paragraph)) {
            roles.role = ParagraphRole::closing;  // a signature or date, by its place: a guess
            continue;
        }
        roles.role = ParagraphRole::body;
        roles.certain = isCertainBody(paragraph.text);
        roles.indented = !centredOrRight;
        bodyBegun = true;
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
