// punctuation.dash: the dash (破折号) is "——", two em dashes (GB/T 15834—2011 4.10); "--", "－－",
// "––" or "──" between Chinese words stands for it. Only runs of two or more such marks with Chinese
// on both sides are reported, so command-line options (--help), separator lines and ranges are left
// alone, and so is text inside 《》 or “”.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kDash = "——";

// A dash typed with one of these marks twice or more in a row.
constexpr std::string_view kTypedDashes[] = {"--", "－－", "––", "──"};

class PunctuationDash final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.dash"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        for (const std::string_view twice : kTypedDashes) {
            const std::string_view half = twice.substr(0, twice.size() / 2);
            std::size_t done = 0;
            forEachOccurrence(text, twice, [&](std::size_t at) {
                if (at < done) return;
                std::size_t end = at + twice.size();
                while (hasAt(text, end, half)) end += half.size();
                done = end;
                const char32_t after = codePointAt(text, end);
                if (isChinese(codePointBefore(text, at)) &&
                    (isChineseCharacter(after) || after == U'“' || after == U'《' || after == U'（') && !isQuoted(text, at))
                    findings.push_back(textFinding(paragraph, text, at, end - at, "punctuation.dash", std::string(kDash), true));
            });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationDashRule() { return std::make_unique<PunctuationDash>(); }

}  // namespace reportkit
