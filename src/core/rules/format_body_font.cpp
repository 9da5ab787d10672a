// format.body-font: body text in 3号 (16 pt) 仿宋 (GB/T 9704—2012 5.2.2, 7.3.3), the body after a
// run-in heading's sentence included. Any name of the family counts (仿宋_GB2312, FangSong …),
// read as Writer sets it: from the paragraph style, character styles or direct formatting.
#include "format_rule.hpp"

namespace reportkit {

namespace {

class FormatBodyFont final : public FormatRule {
public:
    std::string_view id() const override { return "format.body-font"; }
    Locality locality() const override { return Locality::paragraphFolded; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        checkRoleFonts(input, [](TextRole role) { return role == TextRole::body; },
                       [](TextRole) { return std::string("format.body-font"); }, findings);
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatBodyFontRule() { return std::make_unique<FormatBodyFont>(); }

}  // namespace reportkit
