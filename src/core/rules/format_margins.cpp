// format.margins: 天头 37 mm and 订口 28 mm, each ± 1 mm, and a text area (版心) of 156 mm × 225 mm,
// so 26 mm at the right and 35 mm at the bottom (GB/T 9704—2012 5.2.1). Writer sets a footer inside
// the bottom margin's area above its `BottomMargin`, and a header below its `TopMargin`: the text
// area begins and ends at those margins plus the header's and footer's heights (a Word file with a
// header 12.7 mm from the top and its text 37 mm down is right).
#include "format_rule.hpp"

namespace reportkit {

namespace {

class FormatMargins final : public FormatRule {
public:
    std::string_view id() const override { return "format.margins"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        const FormatProfile& profile = *input.format->profile;
        const PageSpec& spec = profile.page;
        const double tolerance = profile.tolerance.mm;
        const std::vector<int> first = firstParagraphOfPages(input.document);
        const auto margins = [](double top, double bottom, double left, double right) {
            return number(top) + " / " + number(bottom) + " / " + number(left) + " / " + number(right) + " mm";
        };
        for (std::size_t page = 0; page < input.document.pages.size(); ++page) {
            const PageFormat& format = input.document.pages[page];
            const double top = format.textTopMm(), bottom = format.textBottomMm();
            if (near(top, spec.topMm, tolerance) && near(bottom, spec.bottomMm, tolerance) &&
                near(format.leftMm, spec.leftMm, tolerance) && near(format.rightMm, spec.rightMm, tolerance))
                continue;
            Finding wrong = formatFinding(first[page], {}, "format.margins",
                                          margins(top, bottom, format.leftMm, format.rightMm),
                                          margins(spec.topMm, spec.bottomMm, spec.leftMm, spec.rightMm));
            wrong.fix = pageFix(input.document, profile, page, FormatEdit::margins);
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatMarginsRule() { return std::make_unique<FormatMargins>(); }

}  // namespace reportkit
