// structure.missing-section: a section the template requires is not in the document — surely
// missing (error) when every heading at its level names another section, else not found (warning)
// with the headings looked at, which may be the writer's own words for it.
#include "rules.hpp"

#include "../utf8.hpp"

namespace reportkit {

namespace {

constexpr std::size_t kHeadingsShown = kLookedAt - 1;  // and "…" when there are more
constexpr std::size_t kHeadingCharacters = 20;

// The headings looked at in vain, as written: "一、强化队伍管理；二、优化服务流程；…".
std::string headingsLookedAt(const SectionMatch& section, const Document& document) {
    std::string shown;
    for (std::size_t i = 0; i < section.lookedAt.size() && i < kHeadingsShown; ++i) {
        if (i) shown += "；";
        shown += utf8::prefix(document.paragraphs[section.lookedAt[i]].text, kHeadingCharacters);
    }
    if (section.lookedAt.size() > kHeadingsShown) shown += "；…";
    return shown;
}

class StructureMissingSection final : public Rule {
public:
    std::string_view id() const override { return "structure.missing-section"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        for (const SectionMatch& section : input.structure->sections) {
            if (section.present || !section.spec->required) continue;
            if (section.surelyMissing)
                findings.push_back(finding(-1, Severity::error, "structure.missing-section", "", section.spec->heading));
            else if (section.lookedAt.empty())
                findings.push_back(finding(-1, Severity::warning, "structure.missing-section.no-headings", "",
                                           section.spec->heading));
            else
                findings.push_back(finding(-1, Severity::warning, "structure.missing-section.not-found",
                                           headingsLookedAt(section, input.document), section.spec->heading));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructureMissingSectionRule() { return std::make_unique<StructureMissingSection>(); }

}  // namespace reportkit
