// format.spacing: spaces and empty lines typed to lay text out. A paragraph indented by typed spaces
// (GB/T 9704—2012 7.3.3 indents two characters by the paragraph's first-line indent, which the format
// rules check); spaces between Chinese characters or next to Chinese punctuation; spaces at a
// paragraph's end; a paragraph of spaces only; more than one empty paragraph in a row.
// Left alone: spaces between Latin words and numbers; one space inside quotes or title marks, which
// sets apart the halves of a slogan or a title (“不忘初心 牢记使命”, 《清清白白做人 干干净净做事》);
// a typed section marker's spaces (numbering.style's); and the lines laid out by hand above the body
// (a title such as 通  知, a byline 局长　张三) and in a signature and its date, whose spaces place
// them. Up to three empty lines above a signature leave room for the seal (7.3.5.1–7.3.5.3); empty
// paragraphs at the very end print nothing. Every pass is linear in the paragraph's length.
#include <algorithm>

#include "../report_closing.hpp"
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr int kRoomForSeal = 3;

// How far inside quotes and title marks a character is, after it: +1 opening, -1 closing, 0 neither.
int quoteStep(char32_t cp) {
    static constexpr std::u32string_view kOpening = U"“‘《〈「『";
    static constexpr std::u32string_view kClosing = U"”’》〉」』";
    if (kOpening.find(cp) != std::u32string_view::npos) return 1;
    return kClosing.find(cp) != std::u32string_view::npos ? -1 : 0;
}

// A run of typed spaces in a paragraph, with the characters on either side (0 at an end).
struct SpaceRun {
    std::size_t start = 0;  // bytes
    std::size_t end = 0;
    TextSpan place;
    char32_t before = 0;
    char32_t after = 0;
    bool quoted = false;  // inside quotes or title marks
};

// One space inside quotes or title marks: the halves of a slogan or a title.
bool setsPhrasesApart(const SpaceRun& run) { return run.quoted && run.place.length == 1; }

// One space between a date and the time of day: "2025年4月5日 上午9:00", as meeting notices and
// minutes write them.
bool separatesDateAndTime(std::string_view text, const SpaceRun& run) {
    if (run.place.length != 1 || (run.before != U'日' && run.before != U'号')) return false;
    const std::string_view rest = text.substr(run.end);
    for (const std::string_view time : {"上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚"})
        if (rest.rfind(time, 0) == 0) return true;
    return false;
}

// Calls `visit` with each run of typed spaces, in one pass over the text.
template <typename Visit>
void forEachSpaceRun(std::string_view text, Visit&& visit) {
    std::size_t pos = 0;
    int utf16 = 0;
    char32_t previous = 0;
    int quotes = 0;  // an apostrophe (’) closes nothing: never below zero
    std::optional<SpaceRun> run;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        const int units = cp >= 0x10000 ? 2 : 1;
        if (isTypedSpace(cp)) {
            if (!run) run = SpaceRun{start, start, {utf16, 0}, previous, 0, quotes > 0};
            run->end = pos;
            run->place.length += units;
        } else {
            if (run) {
                run->after = cp;
                visit(*run);
                run.reset();
            }
            previous = cp;
            quotes = std::max(0, quotes + quoteStep(cp));
        }
        utf16 += units;
    }
    if (run) visit(*run);
}

// Where each paragraph's typed section marker lies, in bytes: its spaces are numbering.style's.
struct MarkerSpan {
    std::size_t start = 0;
    std::size_t end = 0;
};

std::vector<MarkerSpan> typedMarkers(const CheckInput& input) {
    std::vector<MarkerSpan> spans(input.document.paragraphs.size());
    for (const NumberedParagraph& numbered : input.numbering.paragraphs)
        if (!numbered.automatic)
            spans[numbered.paragraph] = {numbered.marker.offset, numbered.marker.offset + numbered.marker.text.size()};
    return spans;
}

class FormatSpacing final : public Rule {
public:
    std::string_view id() const override { return "format.spacing"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const Document& document = input.document;
        const ReportClosing closing = findClosing(document);
        const std::vector<MarkerSpan> markers = typedMarkers(input);
        int emptyRun = 0;  // empty paragraphs just above this one
        for (int index = 0; index < static_cast<int>(document.paragraphs.size()); ++index) {
            const std::string& text = document.paragraphs[index].text;
            if (isBlank(text)) {
                ++emptyRun;
                if (!text.empty()) findings.push_back(spacesOnly(index, text));
                continue;
            }
            checkEmptyRun(index, emptyRun, closing, findings);
            emptyRun = 0;
            if (!hasTypedSpace(text)) continue;
            const bool laidOutByHand = closing.inBlock(index) || (index < closing.bodyStart && isDisplayLine(text));
            forEachSpaceRun(text, [&](const SpaceRun& run) {
                const bool inMarker = run.start >= markers[index].start && run.start < markers[index].end;
                if (run.end == text.size())
                    findings.push_back(spaceFinding(index, text, run, "format.spacing.trailing"));
                else if (laidOutByHand || inMarker)
                    return;
                else if (run.start == 0)
                    findings.push_back(spaceFinding(index, text, run, "format.spacing.indent"));
                else if (isChinese(run.before) && isChinese(run.after) && !setsPhrasesApart(run) &&
                         !separatesDateAndTime(text, run))
                    findings.push_back(spaceFinding(index, text, run, "format.spacing.between"));
            });
        }
    }

private:
    // Found: the spaces with the characters beside them, since spaces alone show nothing; expected:
    // those characters without them. The place is the spaces, and the fix deletes them.
    Finding spaceFinding(int paragraph, std::string_view text, const SpaceRun& run, std::string key) const {
        const std::string before = run.before && run.start > 0 ? utf8::encode(run.before) : "";
        const std::string after = run.after ? utf8::encode(run.after) : "";
        Finding spaces = finding(paragraph, Severity::warning, std::move(key),
                                 before + std::string(text.substr(run.start, run.end - run.start)) + after, before + after);
        spaces.place = run.place;
        spaces.fix = replacePlace(spaces, "");
        return spaces;
    }

    Finding spacesOnly(int paragraph, std::string_view text) const {
        Finding blank = finding(paragraph, Severity::warning, "format.spacing.blank", std::string(text), "");
        blank.place = placeOf(text, 0, text.size());
        blank.fix = replacePlace(blank, "");
        return blank;
    }

    // A run of empty paragraphs ending above `next`: one is the most, but above a signature.
    void checkEmptyRun(int next, int emptyRun, const ReportClosing& closing, std::vector<Finding>& findings) const {
        // An empty paragraph is no line of a signature: a run ending in one ends above its first line.
        const int allowed = closing.inBlock(next) ? kRoomForSeal : 1;
        if (emptyRun <= allowed) return;
        // At the first one too many; an empty paragraph is not removed by a text edit: no fix.
        findings.push_back(finding(next - emptyRun + allowed, Severity::warning, "format.spacing.empty-lines", "", ""));
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatSpacingRule() { return std::make_unique<FormatSpacing>(); }

}  // namespace reportkit
