// format.title: the title in 2号 (22 pt) 小标宋 and centred (GB/T 9704—2012 7.3.1), a title of
// two paragraphs in both; a profile may name another family or ask for bold. A document without a
// title line has none to check; a line only guessed to be the title is reported without a fix
// (restyling a body paragraph as a title would damage the document).
#include "format_rule.hpp"

namespace reportkit {

namespace {

class FormatTitle final : public FormatRule {
public:
    std::string_view id() const override { return "format.title"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        checkRoleFonts(input, [](TextRole role) { return role == TextRole::title; },
                       [](TextRole) { return std::string("format.title.font"); }, findings);
        for (const int index : input.format->title) {
            if (input.document.paragraphs[index].format.alignment == Alignment::centre) continue;
            Finding notCentred = formatFinding(index, {}, "format.title.centre", "", "");
            if (input.format->paragraphs[index].certain) {
                FormatEdit edit;
                edit.paragraph = index;
                edit.alignment = Alignment::centre;
                edit.firstLineIndentMm = 0;
                notCentred.fix = Fix{{}, {}, {edit}};
            }
            findings.push_back(std::move(notCentred));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatTitleRule() { return std::make_unique<FormatTitle>(); }

}  // namespace reportkit
