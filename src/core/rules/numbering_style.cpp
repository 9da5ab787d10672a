// numbering.style: a marker written in a form its scheme does not use for its level — "一." or
// "(一)" or "1、" or "１．" — typed or as Writer's automatic label; a paragraph that carries both an
// automatic label and a typed marker ("一、一、存在问题"); and a document that writes its level-3
// numbers both "1." and "1．", each an official house style, reported once with the others as repeats.
#include "rules.hpp"

namespace reportkit {

namespace {

class NumberingStyle final : public Rule {
public:
    std::string_view id() const override { return "numbering.style"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const bool eitherStop = input.numbering.scheme.kind == SchemeKind::gbt9704 && input.numbering.scheme.level3Stop.empty();
        const std::string_view stop = input.numbering.level3Stop;
        std::optional<std::size_t> mixed;  // the finding of the first level-3 number in the other stop
        for (const NumberedParagraph& numbered : input.numbering.paragraphs) {
            const Paragraph& paragraph = input.document.paragraphs[numbered.paragraph];
            if (numbered.typed) {
                // Writer already numbers it: the typed marker goes.
                Finding both = finding(numbered.paragraph, Severity::error, "numbering.style.double",
                                       numbered.typed->text, numbered.marker.text);
                both.place = markerSpan(paragraph, *numbered.typed);
                both.fix = Fix{{TextEdit{numbered.paragraph, both.place.start, both.place.length, ""}}, {}, {}};
                findings.push_back(std::move(both));
            }
            const Marker& marker = numbered.marker;
            if (marker.level > 4) continue;
            // A wrong level-3 marker takes the stop the document is held to.
            const std::string expected = marker.form == MarkerForm::digitStop && input.numbering.scheme.kind == SchemeKind::gbt9704
                                             ? input.numbering.standardMarker(marker.level, marker.number)
                                             : marker.standard;
            if (marker.isStandard()) {
                const std::string_view own = typedLevel3Stop(numbered);
                if (!eitherStop || own.empty() || own == stop) continue;
                // A house style used beside the other: one finding, its fix mending every one.
                const TextSpan place = markerSpan(paragraph, marker);
                const TextEdit edit{numbered.paragraph, place.start, place.length, expected};
                if (mixed) {
                    findings[*mixed].repeats.push_back(numbered.paragraph);
                    findings[*mixed].fix->text.push_back(edit);
                    continue;
                }
                Finding other = markerFinding(input, numbered, Severity::warning, "numbering.style.mixed", expected);
                other.fix = Fix{{edit}, {}, {}};
                mixed = findings.size();
                findings.push_back(std::move(other));
                continue;
            }
            Finding wrong = markerFinding(input, numbered, Severity::error,
                                          numbered.automatic ? "numbering.style.automatic" : "numbering.style", expected);
            if (numbered.automatic)
                wrong.fix = Fix{{}, {ListEdit{numbered.paragraph, ListEdit::Action::setLabel, 1, expected}}, {}};
            else
                wrong.fix = Fix{{TextEdit{numbered.paragraph, wrong.place.start, wrong.place.length, expected}}, {}, {}};
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingStyleRule() { return std::make_unique<NumberingStyle>(); }

}  // namespace reportkit
