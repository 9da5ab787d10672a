// structure.missing-section: a section the template requires is not in the document.
#include "rules.hpp"

namespace reportkit {

namespace {

class StructureMissingSection final : public Rule {
public:
    std::string_view id() const override { return "structure.missing-section"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        for (const SectionMatch& section : input.structure->sections)
            if (!section.present && section.spec->required)
                findings.push_back(finding(-1, Severity::error, "structure.missing-section", "", section.spec->heading));
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructureMissingSectionRule() { return std::make_unique<StructureMissingSection>(); }

}  // namespace reportkit
