// format.heading-font: the structure levels' fonts (GB/T 9704—2012 7.3.3): 一、 in 黑体, （一） in
// 楷体, 1. and （1） in 仿宋, all 3号; for a run-in heading, its sentence. Bold is an office's
// practice, not the standard's: asked for only where the profile says so.
#include "format_rule.hpp"

namespace reportkit {

namespace {

class FormatHeadingFont final : public FormatRule {
public:
    std::string_view id() const override { return "format.heading-font"; }
    Locality locality() const override { return Locality::paragraphFolded; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        checkRoleFonts(
            input,
            [](TextRole role) { return role >= TextRole::heading1 && role <= TextRole::heading4; },
            [](TextRole role) { return "format.heading-font." + std::string(textRoleId(role)); }, findings);
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatHeadingFontRule() { return std::make_unique<FormatHeadingFont>(); }

}  // namespace reportkit
