// structure.order: sections out of the template's order — a section that comes before one the
// template puts ahead of it.
#include "rules.hpp"

namespace reportkit {

namespace {

class StructureOrder final : public Rule {
public:
    std::string_view id() const override { return "structure.order"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        const SectionMatch* latest = nullptr;  // the present section furthest down the document so far
        for (const SectionMatch& section : input.structure->sections) {
            if (!section.present) continue;
            if (latest && section.paragraph < latest->paragraph)
                findings.push_back(finding(section.paragraph, Severity::warning, "structure.order", section.spec->heading,
                                           latest->spec->heading));
            else
                latest = &section;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructureOrderRule() { return std::make_unique<StructureOrder>(); }

}  // namespace reportkit
