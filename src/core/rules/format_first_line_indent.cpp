// format.first-line-indent: paragraphs start two characters in (GB/T 9704—2012 7.3.3) — body text
// and headings alike; not the title, a salutation, a centred or right-aligned line, or the closing
// signature and date. Two characters of the body's size, or of the narrower advance a 28-character
// line grid gives them. Where the first line starts is the left indent and the first line's own
// together: an 附注 set two characters in by its left indent (7.3.6) is right.
#include <algorithm>

#include "format_rule.hpp"

namespace reportkit {

namespace {

constexpr double kMmPerPoint = 25.4 / 72;

class FormatFirstLineIndent final : public FormatRule {
public:
    std::string_view id() const override { return "format.first-line-indent"; }
    Locality locality() const override { return Locality::paragraphFolded; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        const FormatProfile& profile = *input.format->profile;
        if (profile.base == "plain") return;  // a western layout does not indent by characters
        const double character = profile.font(TextRole::body).points * kMmPerPoint;
        const PageSpec& page = profile.page;
        const double advance = page.charactersPerLine > 0
                                   ? std::min(character, (page.widthMm - page.leftMm - page.rightMm) / page.charactersPerLine)
                                   : character;
        const double tolerance = profile.tolerance.mm;
        const std::string expected = number(2 * advance) + " mm";
        RepeatedProblems problems(findings);
        std::optional<double> lastIndent;  // the wrong indent put in words last: most repeat it
        std::string found;
        for (std::size_t index = 0; index < input.format->paragraphs.size(); ++index) {
            if (!input.format->paragraphs[index].indented) continue;
            const ParagraphFormat& format = input.document.paragraphs[index].format;
            const double indent = format.leftIndentMm + format.firstLineIndentMm;
            if (indent >= 2 * advance - tolerance && indent <= 2 * character + tolerance) continue;
            if (lastIndent != indent) {
                found = number(indent) + " mm";
                lastIndent = indent;
            }
            std::optional<FormatEdit> edit;
            if (input.format->paragraphs[index].certain) {
                edit.emplace();
                edit->paragraph = static_cast<int>(index);
                edit->firstLineIndentMm = 2 * advance - format.leftIndentMm;
            }
            problems.add(static_cast<int>(index), found, std::move(edit), [&] {
                return formatFinding(static_cast<int>(index), {}, "format.first-line-indent", found, expected);
            });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatFirstLineIndentRule() { return std::make_unique<FormatFirstLineIndent>(); }

}  // namespace reportkit
