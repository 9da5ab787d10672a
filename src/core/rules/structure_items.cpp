// structure.items: a section with fewer or more numbered items than the template's min-items and
// max-items. A section written as running text, with no numbered item at all, is left alone: the
// counts say how a section is conventionally divided, not that it must be.
#include "rules.hpp"

#include "../report_template.hpp"

namespace reportkit {

namespace {

class StructureItems final : public Rule {
public:
    std::string_view id() const override { return "structure.items"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        for (const SectionMatch& section : input.structure->sections) {
            const SectionSpec& spec = *section.spec;
            if (!section.present || section.items == 0) continue;
            const bool few = spec.minItems > 0 && section.items < spec.minItems;
            const bool many = spec.maxItems > 0 && section.items > spec.maxItems;
            if (!few && !many) continue;
            Finding counted = finding(section.paragraph, Severity::warning, few ? "structure.items.few" : "structure.items.many",
                                      std::to_string(section.items), std::to_string(few ? spec.minItems : spec.maxItems));
            counted.texts["section"].byLanguage["zh-CN"] = spec.heading;
            findings.push_back(std::move(counted));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructureItemsRule() { return std::make_unique<StructureItems>(); }

}  // namespace reportkit
