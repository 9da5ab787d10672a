// format.line-grid: 22 lines a page (GB/T 9704—2012 5.2.3), by Writer's line grid or by a fixed
// line height that fits 22 lines in the text area (固定值 28 磅 to 29 磅 in a 225 mm area). One
// finding a page style, at its first paragraph that does not keep to it.
#include <cmath>

#include "format_rule.hpp"

namespace reportkit {

namespace {

constexpr double kMmPerPoint = 25.4 / 72;

class FormatLineGrid final : public FormatRule {
public:
    std::string_view id() const override { return "format.line-grid"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        const FormatProfile& profile = *input.format->profile;
        const int lines = profile.page.linesPerPage;
        if (lines <= 0) return;
        const std::vector<Paragraph>& paragraphs = input.document.paragraphs;
        std::vector<bool> reported(input.document.pages.size(), false);
        for (std::size_t index = 0; index < paragraphs.size(); ++index) {
            const ParagraphFormat& format = paragraphs[index].format;
            if (format.page < 0 || format.page >= static_cast<int>(reported.size()) || reported[format.page]) continue;
            if (input.format->paragraphs[index].role == ParagraphRole::empty) continue;
            if (std::find(input.format->title.begin(), input.format->title.end(), static_cast<int>(index)) !=
                input.format->title.end())
                continue;  // a title's lines are its own (2号 in several lines)
            const PageFormat& page = input.document.pages[format.page];
            if (page.gridLines == lines) continue;
            const double area = page.heightMm - page.textTopMm() - page.textBottomMm();
            // Lines of this height that fit the area: 22 of them, or a little more than 22.
            const double fitting = format.lineSpacingPoints > 0 ? area / (format.lineSpacingPoints * kMmPerPoint) : 0;
            if (fitting >= lines - 0.1 && fitting < lines + 1) continue;
            reported[format.page] = true;
            Finding wrong = formatFinding(static_cast<int>(index), {}, "format.line-grid",
                                          fitting > 0 ? number(std::floor(fitting + 0.001)) : "", std::to_string(lines));
            wrong.texts["height"] = LocalisedText{{{"zh-CN", format.lineSpacingPoints > 0 ? number(format.lineSpacingPoints) : "0"},
                                                   {"en", format.lineSpacingPoints > 0 ? number(format.lineSpacingPoints) : "0"}}};
            wrong.messageKey = format.lineSpacingPoints > 0 ? "format.line-grid" : "format.line-grid.proportional";
            wrong.fix = pageFix(input.document, profile, static_cast<std::size_t>(format.page), FormatEdit::lineGrid);
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatLineGridRule() { return std::make_unique<FormatLineGrid>(); }

}  // namespace reportkit
