// punctuation.serial-comma: items that each carry quotation marks or book-title marks are not
// separated by a 顿号 (GB/T 15834—2011 4.5): “三会一课”“主题党日”, 《条例》《规定》. Where a note in
// brackets stands between (《条例》（2019年修订）、《规定》) the 顿号 stays, and the pattern does not
// match; inside 《》 or “” the quoted document's punctuation stays. The fix removes the 顿号.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

class PunctuationSerialComma final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.serial-comma"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        static constexpr std::string_view kPatterns[] = {"”、“", "》、《"};
        for (const std::string_view pattern : kPatterns)
            forEachOccurrence(text, pattern, [&](std::size_t at) {
                if (isQuoted(text, at + 3)) return;
                // The 顿号 alone is the finding: its fix deletes it.
                findings.push_back(textFinding(paragraph, text, at + 3, 3, "punctuation.serial-comma", "", true));
            });
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationSerialCommaRule() { return std::make_unique<PunctuationSerialComma>(); }

}  // namespace reportkit
