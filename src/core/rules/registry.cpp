// The rule registry: adding a rule means adding its factory here.
#include "rules.hpp"

namespace reportkit {

const std::vector<std::unique_ptr<Rule>>& allRules() {
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> list;
        list.push_back(makeNumberingStyleRule());
        list.push_back(makeNumberingSequenceRule());
        list.push_back(makeNumberingLevelRule());
        list.push_back(makeNumberingInlineRule());
        list.push_back(makeHeadingPunctuationRule());
        list.push_back(makeStructureMissingSectionRule());
        list.push_back(makeStructureOrderRule());
        list.push_back(makeStructurePlaceholderRule());
        list.push_back(makeTopicMissingRule());
        return list;
    }();
    return rules;
}

}  // namespace reportkit
