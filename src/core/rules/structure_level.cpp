// structure.level: a section found under a heading of another level than the template gives it
// (三、 where the template has （三）, or the other way round). An opening in the body
// (会议议定了如下事项：) has no level and is no finding.
#include "rules.hpp"

#include "../report_template.hpp"

namespace reportkit {

namespace {

class StructureLevel final : public Rule {
public:
    std::string_view id() const override { return "structure.level"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        for (const SectionMatch& section : input.structure->sections) {
            if (!section.present || section.level == 0 || section.level == section.spec->level) continue;
            Finding misplaced = finding(section.paragraph, Severity::warning, "structure.level",
                                        std::to_string(section.level), std::to_string(section.spec->level));
            misplaced.texts["section"].byLanguage["zh-CN"] = section.spec->heading;
            findings.push_back(std::move(misplaced));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructureLevelRule() { return std::make_unique<StructureLevel>(); }

}  // namespace reportkit
