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
        if (hasAt(text, at, unit)) return unit;
    return {};
}

// Where a number that starts at `at` ends: its digits, and a decimal point with digits after it.
std::size_t numberEndFrom(std::string_view text, std::size_t at) {
    const std::size_t end = digitsEnd(text, at);
    if (end == at || !hasAt(text, end, ".")) return end;
    const std::size_t decimals = digitsEnd(text, end + 1);
    return decimals > end + 1 ? decimals : end;
}

class NumbersRangeUnit final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.range-unit"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        static constexpr std::string_view kJoins[] = {"～", "~", "至"};
        std::size_t done = 0;  // the decimals and the second number of a range are not a first number
        forEachDigitRun(text, [&](std::size_t firstStart, std::size_t) {
            if (firstStart < done) return;
            const std::size_t firstEnd = numberEndFrom(text, firstStart);
            done = firstEnd;
            const char32_t before = codePointBefore(text, firstStart);
            if (isLatinLetter(before) || before == U'.' || before == U'-' || before == U'/') return;
            for (const std::string_view join : kJoins) {
                if (!hasAt(text, firstEnd, join)) continue;
                const std::size_t second = firstEnd + join.size();
                const std::size_t secondEnd = numberEndFrom(text, second);
                const std::string_view unit = secondEnd > second ? unitAt(text, secondEnd) : std::string_view{};
                if (!unit.empty() && !isQuoted(text, firstEnd))
                    findings.push_back(textFinding(paragraph, text, firstStart, firstEnd - firstStart, "numbers.range-unit",
                                                   std::string(text.substr(firstStart, firstEnd - firstStart)) + std::string(unit),
                                                   true));
                done = secondEnd;
            }
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersRangeUnitRule() { return std::make_unique<NumbersRangeUnit>(); }

}  // namespace reportkit
