// punctuation.document-number: a 发文字号 puts the year in full in 六角括号 and numbers without 第
// and without leading zeros (GB/T 9704—2012 7.2.4): 国发〔2021〕1号, not 国发[2021]1号, 国发（2021）
// 第1号 or 国发〔2021〕01号. It is recognised by its shape — Chinese 机关代字, a bracketed four-digit
// year, a number and 号 — so a court's case number ((2021)京01民初1号: letters after the year) and a
// year in a sentence are not; inside 《》 or “” it is left as quoted.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

// The closing bracket of an opening one a 发文字号's year is seen in, 0 for any other character.
char32_t closingBracketOf(char32_t cp) {
    switch (cp) {
        case U'〔': return U'〕';
        case U'[': return U']';
        case U'(': return U')';
        case U'（': return U'）';
        case U'【': return U'】';
        case U'［': return U'］';
        case U'﹝': return U'﹞';
        default: return 0;
    }
}

class PunctuationDocumentNumber final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.document-number"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        static constexpr std::string_view kNumberWord = "号";
        static constexpr std::string_view kOrdinal = "第";
        forEachOccurrence(text, kNumberWord, [&](std::size_t numberEnd) {
            // Back from 号: the number, an optional 第, the closing bracket, four digits, the opening one.
            std::size_t at = digitsStart(text, numberEnd);
            if (at == numberEnd) return;
            const std::size_t numberStart = at;
            const bool ordinal = hasBefore(text, at, kOrdinal);
            if (ordinal) at -= kOrdinal.size();
            const std::size_t closeStart = previousStart(text, at);
            const char32_t close = codePointAt(text, closeStart);
            if (closeStart < 4 || digitsStart(text, closeStart) != closeStart - 4) return;
            const std::size_t yearStart = closeStart - 4;
            if (yearStart == 0) return;
            const std::size_t openStart = previousStart(text, yearStart);
            const char32_t open = codePointAt(text, openStart);
            if (closingBracketOf(open) != close || !isChineseCharacter(codePointBefore(text, openStart))) return;
            if (isQuoted(text, openStart)) return;
            std::string_view number = text.substr(numberStart, numberEnd - numberStart);
            while (number.size() > 1 && number.front() == '0') number.remove_prefix(1);
            const std::string expected =
                "〔" + std::string(text.substr(yearStart, 4)) + "〕" + std::string(number) + std::string(kNumberWord);
            const std::size_t end = numberEnd + kNumberWord.size();
            if (text.substr(openStart, end - openStart) == expected) return;
            findings.push_back(textFinding(paragraph, text, openStart, end - openStart, "punctuation.document-number",
                                           expected, true));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationDocumentNumberRule() { return std::make_unique<PunctuationDocumentNumber>(); }

}  // namespace reportkit
