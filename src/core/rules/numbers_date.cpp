// numbers.date: a date in Arabic figures has no leading zeros (GB/T 15835—2011; 不编虚位, GB/T
// 9704—2012 7.3.5): 2021年03月01日 is 2021年3月1日. Only a month or a day with a leading zero is
// reported, and the fix drops the zeros; a paragraph that is the date alone is the 成文日期, which
// format.date checks, and a date inside 《》 or “” is the quoted text's.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kYear = "年";
constexpr std::string_view kMonth = "月";
constexpr std::string_view kDay = "日";

// One or two digits at `at`, followed by `unit`: their length, 0 otherwise.
std::size_t figuresBefore(std::string_view text, std::size_t at, std::string_view unit) {
    const std::size_t end = digitsEnd(text, at);
    return end > at && end - at <= 2 && hasAt(text, end, unit) ? end - at : 0;
}

bool isOnlyText(std::string_view text, std::size_t start, std::size_t end) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (start > 0 && blank(text[start - 1])) --start;
    while (end < text.size() && blank(text[end])) ++end;
    return start == 0 && end == text.size();
}

class NumbersDate final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.date"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        forEachDigitRun(text, [&](std::size_t start, std::size_t year) {
            if (year - start != 4 || !hasAt(text, year, kYear)) return;
            const std::size_t monthAt = year + kYear.size();
            const std::size_t month = figuresBefore(text, monthAt, kMonth);
            if (month == 0) return;
            const std::size_t dayAt = monthAt + month + kMonth.size();
            const std::size_t day = figuresBefore(text, dayAt, kDay);
            const std::size_t end = day ? dayAt + day + kDay.size() : dayAt;
            const bool zeroMonth = month == 2 && text[monthAt] == '0';
            const bool zeroDay = day == 2 && text[dayAt] == '0';
            if (!zeroMonth && !zeroDay) return;
            if (isOnlyText(text, start, end) || isQuoted(text, start)) return;
            std::string expected(text.substr(start, monthAt - start));
            expected += text.substr(monthAt + zeroMonth, month - zeroMonth);
            expected += kMonth;
            if (day) {
                expected += text.substr(dayAt + zeroDay, day - zeroDay);
                expected += kDay;
            }
            findings.push_back(textFinding(paragraph, text, start, end - start, "numbers.date", expected, true));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersDateRule() { return std::make_unique<NumbersDate>(); }

}  // namespace reportkit
