// numbers.fixed-expression: the figures of fixed expressions are Chinese (GB/T 15835—2011): the
// Party's congresses and plenary sessions (党的二十大, 十九届六中全会) and the five-year plans (“十四五”).
// Only these shapes, with Arabic figures, are reported — 党的20大, 19届6中全会, “14五” — and the
// fix writes the figures in Chinese.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kTerm = "届";
constexpr std::string_view kPlenary = "中全会";

// 1–99 in Chinese figures, as these expressions count: 十四, 二十, 六.
std::string chineseFigures(std::string_view digits) {
    static constexpr std::string_view kFigures[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const int value = digits.size() == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + (digits[1] - '0');
    const int tens = value / 10, ones = value % 10;
    std::string result;
    if (tens > 1) result += kFigures[tens];
    if (tens > 0) result += "十";
    result += kFigures[ones];
    return result;
}

// The text with its runs of Arabic figures written in Chinese.
std::string withChineseFigures(std::string_view text) {
    std::string result;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = digitsEnd(text, at);
        if (end > at) {
            result += chineseFigures(text.substr(at, end - at));
            at = end;
        } else {
            result += text[at++];
        }
    }
    return result;
}

// Where a plenary session's number ends: after one Chinese figure or a run of Arabic ones before
// 中全会 (0 when the text after 届 is not one).
std::size_t plenaryNumberEnd(std::string_view text, std::size_t at) {
    std::size_t end = digitsEnd(text, at);
    if (end - at > 2) return 0;
    if (end == at) {
        if (std::u32string_view(U"一二三四五六七八九").find(codePointAt(text, at)) == std::u32string_view::npos) return 0;
        end = at + 3;
    }
    return hasAt(text, end, kPlenary) ? end : 0;
}

class NumbersFixedExpression final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.fixed-expression"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        std::size_t done = 0;  // a span reported ends here: its second number is not looked at again
        forEachDigitRun(text, [&](std::size_t start, std::size_t end) {
            if (start < done || end - start > 2 || text[start] == '0') return;
            std::size_t spanEnd = 0;
            if (hasAt(text, end, kTerm)) {
                // 19届6中全会, 19届六中全会
                spanEnd = plenaryNumberEnd(text, end + kTerm.size());
                if (spanEnd && !isAsciiDigit(static_cast<unsigned char>(text[spanEnd - 1]))) spanEnd = end;
            } else if (hasAt(text, end, kPlenary) && hasBefore(text, start, kTerm)) {
                spanEnd = end;  // 十九届6中全会
            } else if (hasAt(text, end, "大") && hasBefore(text, start, "党的")) {
                spanEnd = end;  // 党的20大
            } else if (hasAt(text, end, "五”") && hasBefore(text, start, "“")) {
                spanEnd = end;  // “14五”
            }
            if (spanEnd == 0) return;
            findings.push_back(textFinding(paragraph, text, start, spanEnd - start, "numbers.fixed-expression",
                                           withChineseFigures(text.substr(start, spanEnd - start)), true));
            done = spanEnd;
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersFixedExpressionRule() { return std::make_unique<NumbersFixedExpression>(); }

}  // namespace reportkit
