// format.text-color: text is black (GB/T 9704—2012 5.2.4) — Writer's automatic colour or #000000.
#include "format_rule.hpp"

#include <cstdio>

namespace reportkit {

namespace {

std::string hexColour(std::int32_t colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06X", static_cast<unsigned>(colour) & 0xFFFFFFu);
    return text;
}

class FormatTextColor final : public FormatRule {
public:
    std::string_view id() const override { return "format.text-color"; }
    Locality locality() const override { return Locality::paragraphFolded; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        RepeatedProblems problems(findings);
        for (std::size_t index = 0; index < input.format->paragraphs.size(); ++index) {
            const Paragraph& paragraph = input.document.paragraphs[index];
            if (input.format->paragraphs[index].role == ParagraphRole::empty) continue;
            for (const FormatRun& run : paragraph.format.runs) {
                if (run.length == 0 || run.format.color == -1 || (run.format.color & 0xFFFFFF) == 0) continue;
                const std::string colour = hexColour(run.format.color);
                FormatEdit edit;
                edit.paragraph = static_cast<int>(index);
                edit.black = true;
                problems.add(static_cast<int>(index), colour, std::move(edit), [&] {
                    return formatFinding(static_cast<int>(index), {run.start, run.length}, "format.text-color", colour,
                                         "#000000");
                });
                break;  // one finding a paragraph; its fix makes all of it black
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatTextColorRule() { return std::make_unique<FormatTextColor>(); }

}  // namespace reportkit
