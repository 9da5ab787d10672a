// punctuation.doubled: one mark where one is meant (GB/T 15834—2011 4.1–4.7): "，，" or "。。" is a
// slip of the keyboard and the fix keeps one. Two different marks in a row ("，。") are reported
// without a fix: which one was meant is the writer's to say. Three or more 。 are an ellipsis
// written wrong (punctuation.ellipsis'); ？？ and ！！ are left alone.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

bool isClauseMark(char32_t cp) {
    return cp == U'，' || cp == U'、' || cp == U'；' || cp == U'：' || cp == U'。';
}

class PunctuationDoubled final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.doubled"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        // Every clause mark is three bytes starting E3 80 or EF BC: look only there.
        static constexpr ByteSet kLeads("\xE3\xEF");
        for (std::size_t at = kLeads.next(text, 0); at + 6 <= text.size(); at = kLeads.next(text, at + 1)) {
            if (text[at + 3] != '\xE3' && text[at + 3] != '\xEF') continue;  // no mark after it
            const char32_t first = codePointAt(text, at);
            if (!isClauseMark(first)) continue;
            std::size_t end = at + 3;
            while (end + 3 <= text.size() && codePointAt(text, end) == first) end += 3;
            const std::size_t marks = (end - at) / 3;
            if (marks >= 2) {
                if (!(first == U'。' && marks > 2))
                    findings.push_back(textFinding(paragraph, text, at, end - at, "punctuation.doubled",
                                                   utf8::encode(first), true));
            } else if (const char32_t second = codePointAt(text, end); isClauseMark(second)) {
                findings.push_back(textFinding(paragraph, text, at, 6, "punctuation.doubled.mixed", "", false));
                end += 3;
            }
            at = end - 1;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationDoubledRule() { return std::make_unique<PunctuationDoubled>(); }

}  // namespace reportkit
