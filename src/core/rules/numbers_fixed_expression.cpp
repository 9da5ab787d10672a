// numbers.fixed-expression: the figures of fixed expressions are Chinese (GB/T 15835—2011 4.2): the
// Party's congresses and plenary sessions (党的二十大, 十九届六中全会) and the five-year plans (“十四五”).
// Only these shapes, with Arabic figures, are reported — 党的20大, 19届6中全会, “14五” — and the
// fix writes the figures in Chinese.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

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

// The Arabic figures (one or two, not 0) that end at `end`: where they start, `end` when none.
std::size_t figuresEndingAt(std::string_view text, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && end - start < 2 && text[start - 1] >= '0' && text[start - 1] <= '9') --start;
    if (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') return end;  // a longer number
    return start < end && text[start] != '0' ? start : end;
}

// The text with its runs of Arabic figures written in Chinese.
std::string withChineseFigures(std::string_view text) {
    std::string result;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = at;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        if (end > at) {
            result += chineseFigures(text.substr(at, end - at));
            at = end;
        } else {
            result += text[at++];
        }
    }
    return result;
}

class NumbersFixedExpression final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.fixed-expression"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        // 19届6中全会, 十九届6中全会, 19届六中全会
        forEachOccurrence(text, "中全会", [&](std::size_t at) {
            std::size_t start = figuresEndingAt(text, at);
            if (start == at) start = previousStart(text, at);  // a Chinese figure
            static constexpr std::string_view kTerm = "届";
            if (start < kTerm.size() || text.compare(start - kTerm.size(), kTerm.size(), kTerm) != 0) return;
            std::size_t termStart = start - kTerm.size();
            const std::size_t figures = figuresEndingAt(text, termStart);
            report(paragraph, text, figures, at, findings);
        });
        // 党的20大
        forEachOccurrence(text, "党的", [&](std::size_t at) {
            const std::size_t start = at + std::string_view("党的").size();
            std::size_t end = start;
            while (end < text.size() && end - start < 2 && text[end] >= '0' && text[end] <= '9') ++end;
            if (end > start && text.compare(end, 3, "大") == 0) report(paragraph, text, start, end, findings);
        });
        // “14五”
        forEachOccurrence(text, "五”", [&](std::size_t at) {
            const std::size_t start = figuresEndingAt(text, at);
            if (start < at && codePointBefore(text, start) == U'“') report(paragraph, text, start, at, findings);
        });
    }

private:
    // The span from `start` to `end`, reported when it holds Arabic figures.
    void report(int paragraph, std::string_view text, std::size_t start, std::size_t end, std::vector<Finding>& findings) const {
        const std::string_view written = text.substr(start, end - start);
        if (written.find_first_of("0123456789") == std::string_view::npos) return;
        findings.push_back(textFinding(paragraph, text, start, end - start, "numbers.fixed-expression",
                                       withChineseFigures(written), true));
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersFixedExpressionRule() { return std::make_unique<NumbersFixedExpression>(); }

}  // namespace reportkit
