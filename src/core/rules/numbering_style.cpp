// numbering.style: a section marker written in a form GB/T 9704 does not use for its level,
// such as "一." or "一，" where "一、" is right.
#include "../markers.hpp"
#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

class NumberingStyle final : public Rule {
public:
    std::string_view id() const override { return "numbering.style"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& paragraphs = input.document.paragraphs;
        for (std::size_t index = 0; index < paragraphs.size(); ++index) {
            const Paragraph& paragraph = paragraphs[index];
            const bool automatic = !paragraph.listLabel.empty();
            const auto marker = findMarker(automatic ? paragraph.listLabel : paragraph.text);
            if (!marker || marker->isStandard()) continue;

            Finding finding;
            finding.rule = std::string(id());
            finding.severity = Severity::error;
            finding.paragraph = static_cast<int>(index);
            finding.messageKey = automatic ? "numbering.style.automatic" : "numbering.style";
            finding.found = marker->text;
            finding.expected = marker->standard;
            // A typed marker is fixed by replacing its characters; an automatic label needs its
            // list format changed, which comes with the numbering fixes.
            if (!automatic)
                finding.fix = TextEdit{finding.paragraph, 0,
                                       static_cast<int>(utf8::utf16Length(marker->text)),
                                       marker->standard};
            findings.push_back(std::move(finding));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingStyleRule() { return std::make_unique<NumberingStyle>(); }

}  // namespace reportkit
