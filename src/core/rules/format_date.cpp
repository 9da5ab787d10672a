// format.date: the 成文日期 is written in Arabic numerals, the year in full, month and day without
// a leading zero (不编虚位, GB/T 9704—2012 7.3.5): 2021年7月5日, not 2021年07月05日, 二〇二一年七月五日,
// 2021.7.5 or 2021-07-05; the fix writes the standard form. A two-digit year (21年) is read as 20xx
// and shown so, but not fixed: only the writer knows the century. Dates inside sentences are not the
// 成文日期 and are left alone, as is every date of a template whose format is not GB/T 9704.
#include "../report_closing.hpp"
#include "../report_template.hpp"
#include "rules.hpp"
#include "text_fix.hpp"

namespace reportkit {

namespace {

class FormatDate final : public Rule {
public:
    std::string_view id() const override { return "format.date"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (input.reportTemplate && input.reportTemplate->format.base == "plain") return;
        for (const ClosingBlock& block : findClosing(input.document).blocks) {
            const std::string_view text = input.document.paragraphs[block.dateLine].text;
            const TrimmedText written = trimTypedSpaces(text);
            const std::optional<WrittenDate> date = readDate(written.text);
            const std::string expected = standardDate(*date);
            if (date->yearInFull && written.text == expected) continue;
            Finding wrong = finding(block.dateLine, Severity::warning,
                                    date->yearInFull ? "format.date" : "format.date.short-year",
                                    std::string(written.text), expected);
            wrong.place = placeOf(text, written.offset, written.text.size());
            if (date->yearInFull) wrong.fix = replacePlace(wrong, expected);
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatDateRule() { return std::make_unique<FormatDate>(); }

}  // namespace reportkit
