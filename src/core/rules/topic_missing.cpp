// topic.missing: a required topic that the document (or the section the template names) does not
// cover; the finding carries the template's hint of what to add.
#include "rules.hpp"

namespace reportkit {

namespace {

class TopicMissing final : public Rule {
public:
    std::string_view id() const override { return "topic.missing"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.structure) return;
        for (const TopicCoverage& topic : input.structure->topics) {
            if (topic.covered || !topic.spec->required) continue;
            // Point at the section it belongs in, when that section is there.
            int paragraph = -1;
            for (const SectionMatch& section : input.structure->sections)
                if (section.present && !topic.spec->sections.empty() && section.spec->id == topic.spec->sections.front())
                    paragraph = section.paragraph;
            Finding missing = finding(paragraph, Severity::error, "topic.missing", "", topic.spec->id);
            missing.texts["topic"] = topic.spec->name;
            missing.texts["hint"] = topic.spec->hint;
            findings.push_back(std::move(missing));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeTopicMissingRule() { return std::make_unique<TopicMissing>(); }

}  // namespace reportkit
