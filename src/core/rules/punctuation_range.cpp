// punctuation.range: a span of time takes the 一字线 and a span of values the 浪纹线 (GB/T 15834—2011
// 4.13), never a hyphen: 2021-2023年 and 2021年-2023年 are 2021—2023年; 3~5个 is 3～5个.
// A hyphen is reported only between two four-digit years before 年, so dates (2021-03-01), standard
// numbers (GB/T 9704-2012), figure numbers (图1-2) and phone numbers are left alone; a half-width
// tilde only between two numbers beside Chinese text.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kYear = "年";

// The hyphens a year span is seen written with: "-", "－" (full-width) and "–" (en dash).
std::size_t hyphenLength(std::string_view text, std::size_t at) {
    if (text[at] == '-') return 1;
    return hasAt(text, at, "－") || hasAt(text, at, "–") ? 3 : 0;
    return 0;
}

// Four digits ending at `end`, not part of a longer number or a code.
bool yearEndsAt(std::string_view text, std::size_t end) {
    if (end < 4 || digitsStart(text, end) != end - 4) return false;
    const char32_t before = codePointBefore(text, end - 4);
    return !(isLatinLetter(before) || before == U'-' || before == U'/' || before == U'.' || before == U' ');
}

bool yearStartsAt(std::string_view text, std::size_t at) { return digitsEnd(text, at) == at + 4; }

class PunctuationRange final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.range"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        // '-', '~' and the lead bytes of － and –.
        static constexpr ByteSet kJoins("-~\xEF\xE2");
        for (std::size_t at = kJoins.next(text, 0); at < text.size(); at = kJoins.next(text, at + 1)) {
            if (text[at] == '~') {
                checkTilde(paragraph, text, at, findings);
                continue;
            }
            const std::size_t hyphen = hyphenLength(text, at);
            if (hyphen == 0) continue;
            // 2021-2023年 or 2021年-2023年
            std::size_t firstEnd = at;
            if (hasBefore(text, firstEnd, kYear)) firstEnd -= kYear.size();
            const std::size_t second = at + hyphen;
            if (!yearEndsAt(text, firstEnd) || !yearStartsAt(text, second) || !hasAt(text, second + 4, kYear)) continue;
            if (!isQuoted(text, at))
                findings.push_back(textFinding(paragraph, text, at, hyphen, "punctuation.range.time", "—", true));
            at += hyphen - 1;
        }
    }

private:
    // 3~5个, 10%~20%: a half-width tilde between numbers, Chinese on one side of the span.
    void checkTilde(int paragraph, std::string_view text, std::size_t at, std::vector<Finding>& findings) const {
        const char32_t before = codePointBefore(text, at);
        if (!(isAsciiDigit(before) || before == U'%' || before == U'万' || before == U'亿')) return;
        if (!isAsciiDigit(codePointAt(text, at + 1))) return;
        std::size_t end = at + 1;
        while (end < text.size() && (isAsciiDigit(static_cast<unsigned char>(text[end])) || text[end] == '.' || text[end] == '%'))
            ++end;
        std::size_t start = at;
        while (start > 0 && (isAsciiDigit(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.' || text[start - 1] == '%')) --start;
        if (!isChinese(codePointAt(text, end)) && !isChinese(codePointBefore(text, start))) return;
        if (isQuoted(text, at)) return;
        findings.push_back(textFinding(paragraph, text, at, 1, "punctuation.range.values", "～", true));
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationRangeRule() { return std::make_unique<PunctuationRange>(); }

}  // namespace reportkit
