// punctuation.dash: the dash (破折号) is "——", two em dashes (GB/T 15834—2011 4.10); "--", "－－",
// "––" or "──" between Chinese words stands for it. Only runs of two or more such marks with Chinese
// on both sides are reported, so command-line options (--help), separator lines and ranges are left
// alone, and so is text inside 《》 or “”.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kDash = "——";

// The length in bytes of a mark that stands in for half a dash at `at`, 0 for any other character.
std::size_t halfDashAt(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (text[at] == '-') return 1;
    return hasAt(text, at, "－") || hasAt(text, at, "–") || hasAt(text, at, "─") ? 3 : 0;
}

class PunctuationDash final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.dash"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        // '-' and the lead bytes of －, – and ─.
        static constexpr ByteSet kStarts("-\xEF\xE2");
        for (std::size_t at = kStarts.next(text, 0); at < text.size(); at = kStarts.next(text, at + 1)) {
            std::size_t end = at;
            int marks = 0;
            for (std::size_t length; (length = halfDashAt(text, end)) != 0; end += length) ++marks;
            if (marks == 0) continue;
            const char32_t after = codePointAt(text, end);
            if (marks >= 2 && isChinese(codePointBefore(text, at)) &&
                (isChineseCharacter(after) || after == U'“' || after == U'《' || after == U'（') && !isQuoted(text, at))
                findings.push_back(textFinding(paragraph, text, at, end - at, "punctuation.dash", std::string(kDash), true));
            at = end - 1;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationDashRule() { return std::make_unique<PunctuationDash>(); }

}  // namespace reportkit
