// numbering.style: a marker written in a form its scheme does not use for its level — "一." or
// "(一)" or "1、" or "１．" — typed or as Writer's automatic label; and a paragraph that carries
// both an automatic label and a typed marker ("一、一、存在问题").
#include "rules.hpp"

namespace reportkit {

namespace {

class NumberingStyle final : public Rule {
public:
    std::string_view id() const override { return "numbering.style"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        for (const NumberedParagraph& numbered : input.numbering.paragraphs) {
            const Paragraph& paragraph = input.document.paragraphs[numbered.paragraph];
            if (numbered.typed) {
                // Writer already numbers it: the typed marker goes.
                Finding both = finding(numbered.paragraph, Severity::error, "numbering.style.double",
                                       numbered.typed->text, numbered.marker.text);
                both.place = markerSpan(paragraph, *numbered.typed);
                both.fix = Fix{{TextEdit{numbered.paragraph, both.place.start, both.place.length, ""}}, {}};
                findings.push_back(std::move(both));
            }
            const Marker& marker = numbered.marker;
            if (marker.isStandard() || marker.level > 4) continue;
            Finding wrong = markerFinding(input, numbered, Severity::error,
                                          numbered.automatic ? "numbering.style.automatic" : "numbering.style",
                                          marker.standard);
            if (numbered.automatic)
                wrong.fix = Fix{{}, {ListEdit{numbered.paragraph, ListEdit::Action::setLabel, 1, marker.standard}}};
            else
                wrong.fix = Fix{{TextEdit{numbered.paragraph, wrong.place.start, wrong.place.length, marker.standard}}, {}};
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingStyleRule() { return std::make_unique<NumberingStyle>(); }

}  // namespace reportkit
