// numbers.range-unit: a range of values writes its percent sign or its 万 / 亿 with both ends
// (GB/T 15835—2011): 18～25% is 18%～25%, 5～10万 is 5万～10万. The fix adds it to the first
// end. Only ranges with a tilde (～ ~) or 至 are read: a hyphen or dash joins too many other things.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

// The unit written after a number at `at`: its bytes ("" when none of those a range repeats).
std::string_view unitAt(std::string_view text, std::size_t at) {
    static constexpr std::string_view kUnits[] = {"%", "％", "‰", "万", "亿"};
    for (const std::string_view unit : kUnits)
        if (text.compare(at, unit.size(), unit) == 0) return unit;
    return {};
}

std::size_t numberEndFrom(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || (end > at && text[end] == '.'))) ++end;
    return end;
}

class NumbersRangeUnit final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.range-unit"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        static constexpr std::string_view kJoins[] = {"～", "~", "至"};
        for (const std::string_view join : kJoins)
            forEachOccurrence(text, join, [&](std::size_t at) {
                // The first end: a number right before the join, with no unit of its own.
                std::size_t firstStart = at;
                while (firstStart > 0 && ((text[firstStart - 1] >= '0' && text[firstStart - 1] <= '9') || text[firstStart - 1] == '.'))
                    --firstStart;
                if (firstStart == at || !isAsciiDigit(static_cast<unsigned char>(text[firstStart]))) return;
                const char32_t before = codePointBefore(text, firstStart);
                if (isLatinLetter(before) || before == U'.' || before == U'-' || before == U'/') return;
                const std::size_t second = at + join.size();
                const std::size_t secondEnd = numberEndFrom(text, second);
                if (secondEnd == second) return;
                const std::string_view unit = unitAt(text, secondEnd);
                if (unit.empty() || isQuoted(text, at)) return;
                const std::string_view first = text.substr(firstStart, at - firstStart);
                findings.push_back(textFinding(paragraph, text, firstStart, at - firstStart, "numbers.range-unit",
                                               std::string(first) + std::string(unit), true));
            });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersRangeUnitRule() { return std::make_unique<NumbersRangeUnit>(); }

}  // namespace reportkit
