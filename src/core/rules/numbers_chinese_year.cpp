// numbers.chinese-year: a year in Chinese figures writes its zero 〇 (U+3007, GB/T 15835—2011),
// never the digit 0, the letter O, the circle ○ or 零: 二0二一年, 二O二一年, 二○二一年
// and 二零二一年 are 二〇二一年. Only four characters before 年, each a Chinese figure or one of those
// zeros, with at least one of them written wrong, are taken for a year; the fix writes 〇.
#include <array>

#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kYear = "年";

bool isChineseFigure(char32_t cp) { return std::u32string_view(U"一二三四五六七八九〇").find(cp) != std::u32string_view::npos; }
bool isWrongZero(char32_t cp) {
    return cp == U'0' || cp == U'O' || cp == U'o' || cp == U'○' || cp == U'零' || cp == U'Ｏ' || cp == U'０' || cp == U'◯';
}

class NumbersChineseYear final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.chinese-year"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        forEachOccurrence(text, kYear, [&](std::size_t year) {
            std::array<char32_t, 4> figures{};
            std::size_t start = year;
            for (int i = 3; i >= 0; --i) {
                if (start == 0) return;
                start = previousStart(text, start);
                figures[i] = codePointAt(text, start);
                if (!isChineseFigure(figures[i]) && !isWrongZero(figures[i])) return;
            }
            const char32_t before = codePointBefore(text, start);
            if (isChineseFigure(before) || isWrongZero(before) || isAsciiDigit(before)) return;
            int chinese = 0, wrong = 0;
            for (const char32_t cp : figures) {
                chinese += isChineseFigure(cp);
                wrong += isWrongZero(cp);
            }
            if (wrong == 0 || chinese < 2 || figures[0] == U'零' || isQuoted(text, start)) return;
            std::string expected;
            for (const char32_t cp : figures) expected += utf8::encode(isWrongZero(cp) ? U'〇' : cp);
            findings.push_back(textFinding(paragraph, text, start, year - start, "numbers.chinese-year", expected, true));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersChineseYearRule() { return std::make_unique<NumbersChineseYear>(); }

}  // namespace reportkit
