// numbers.date-form: one form for one kind of number within a document (GB/T 15835—2011): where a
// document writes its dates 2021年3月1日, as a 公文 does (GB/T 9704—2012 7.3.5), a date written
// 2021.3.1, 2021-3-1 or 2021/3/1 is written the same way, and the fix says so. A document with no
// date in 年月日 is left alone: its own form may be consistent. Only full dates with a year of
// 19xx or 20xx, a month 1–12 and a day 1–31, beside Chinese text, are read as dates: a version
// (v2021.3.1), an address, a path, a time stamp (2021-03-01T09:30) or an English passage is not;
// a paragraph that is the date alone is left to format.date, and a quoted one to the quoted text.
#include <algorithm>

#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kYear = "年";
constexpr std::string_view kMonth = "月";

// The value of the one or two digits [start, end), or 0 when there are none or more.
int smallNumber(std::string_view text, std::size_t start, std::size_t end) {
    if (end <= start || end - start > 2) return 0;
    int value = 0;
    for (std::size_t at = start; at < end; ++at) value = value * 10 + (text[at] - '0');
    return value;
}

bool isPlausibleYear(std::string_view text, std::size_t start) {
    return hasAt(text, start, "19") || hasAt(text, start, "20");
}

// A character that joins a number to a longer token (a version, an address, a path, a time).
bool joinsToken(char32_t cp) {
    return isAsciiDigit(cp) || isLatinLetter(cp) || cp == U'.' || cp == U'/' || cp == U'-' || cp == U':' || cp == U'_' ||
           cp == U'\\' || cp == U'=' || cp == U'#' || cp == U'@' || cp == U'%' || cp == U'&' || cp == U'?';
}

// Whether the paragraph writes a date 2021年3月(1日) outside a quotation.
bool hasChineseDate(std::string_view text) {
    bool found = false;
    forEachDigitRun(text, [&](std::size_t start, std::size_t end) {
        if (found || end - start != 4 || !isPlausibleYear(text, start) || !hasAt(text, end, kYear)) return;
        const std::size_t month = end + kYear.size();
        const std::size_t monthEnd = digitsEnd(text, month);
        found = smallNumber(text, month, monthEnd) >= 1 && hasAt(text, monthEnd, kMonth) && !isQuoted(text, start);
    });
    return found;
}

class NumbersDateForm final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.date-form"; }
    // Whether a date is told depends on the other paragraphs' dates.
    Locality locality() const override { return Locality::document; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& paragraphs = input.document.paragraphs;
        if (std::none_of(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) { return hasChineseDate(p.text); }))
            return;
        ParagraphTextRule::check(input, findings);
    }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        forEachDigitRun(text, [&](std::size_t start, std::size_t yearEnd) {
            if (yearEnd - start != 4 || !isPlausibleYear(text, start) || yearEnd >= text.size()) return;
            const char separator = text[yearEnd];
            if (separator != '.' && separator != '-' && separator != '/') return;
            const std::size_t month = yearEnd + 1;
            const std::size_t monthEnd = digitsEnd(text, month);
            if (monthEnd >= text.size() || text[monthEnd] != separator) return;
            const std::size_t day = monthEnd + 1;
            const std::size_t end = digitsEnd(text, day);
            const int monthValue = smallNumber(text, month, monthEnd);
            const int dayValue = smallNumber(text, day, end);
            if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) return;
            const char32_t before = codePointBefore(text, start);
            const char32_t after = codePointAt(text, end);
            if (joinsToken(before) || joinsToken(after)) return;
            if (!(before == 0 || isChinese(before)) && !(after == 0 || isChinese(after))) return;
            const auto blank = [](std::string_view part) { return part.find_first_not_of(" \t") == std::string_view::npos; };
            if (blank(text.substr(0, start)) && blank(text.substr(end))) return;  // the date alone: format.date's
            if (isQuoted(text, start)) return;
            const std::string expected = std::string(text.substr(start, 4)) + "年" + std::to_string(monthValue) + "月" +
                                         std::to_string(dayValue) + "日";
            findings.push_back(textFinding(paragraph, text, start, end - start, "numbers.date-form", expected, true));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersDateFormRule() { return std::make_unique<NumbersDateForm>(); }

}  // namespace reportkit
