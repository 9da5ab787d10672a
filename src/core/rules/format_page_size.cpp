// format.page-size: A4, 210 mm × 297 mm, upright (GB/T 9704—2012 5.1), or the profile's paper.
#include "format_rule.hpp"

namespace reportkit {

namespace {

class FormatPageSize final : public FormatRule {
public:
    std::string_view id() const override { return "format.page-size"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        const FormatProfile& profile = *input.format->profile;
        const PageSpec& spec = profile.page;
        const std::vector<int> first = firstParagraphOfPages(input.document);
        for (std::size_t page = 0; page < input.document.pages.size(); ++page) {
            const PageFormat& format = input.document.pages[page];
            if (near(format.widthMm, spec.widthMm, profile.tolerance.mm) &&
                near(format.heightMm, spec.heightMm, profile.tolerance.mm))
                continue;
            Finding wrong = formatFinding(first[page], {}, "format.page-size",
                                          number(format.widthMm) + " × " + number(format.heightMm) + " mm",
                                          number(spec.widthMm) + " × " + number(spec.heightMm) + " mm");
            wrong.fix = pageFix(input.document, profile, page, FormatEdit::pageSize);
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatPageSizeRule() { return std::make_unique<FormatPageSize>(); }

}  // namespace reportkit
