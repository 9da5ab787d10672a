// The rule registry: adding a rule means adding its factory here.
#include <cstdlib>
#include <stdexcept>

#include "rules.hpp"

namespace reportkit {

namespace {

// Fault injection for the robustness tests: REPORTKIT_FAIL_RULE=<id> makes that rule throw, to
// show that a failing rule neither takes Writer down nor stops the other rules.
class FailingRule final : public Rule {
public:
    explicit FailingRule(std::unique_ptr<Rule> rule) : rule_(std::move(rule)) {}
    std::string_view id() const override { return rule_->id(); }
    Locality locality() const override { return rule_->locality(); }
    void check(const CheckInput&, std::vector<Finding>&) const override {
        throw std::runtime_error("fault injected by REPORTKIT_FAIL_RULE");
    }

private:
    std::unique_ptr<Rule> rule_;
};

std::vector<std::unique_ptr<Rule>> withFaultInjection(std::vector<std::unique_ptr<Rule>> list) {
    if (const char* failing = std::getenv("REPORTKIT_FAIL_RULE"))
        for (auto& rule : list)
            if (rule->id() == failing) rule = std::make_unique<FailingRule>(std::move(rule));
    return list;
}

// The punctuation.* and numbers.* rules that read one paragraph's text alone: in both lists.
void addPunctuationAndNumbersRules(std::vector<std::unique_ptr<Rule>>& list) {
    list.push_back(makePunctuationHalfWidthRule());
    list.push_back(makePunctuationDoubledRule());
    list.push_back(makePunctuationEllipsisRule());
    list.push_back(makePunctuationSerialCommaRule());
    list.push_back(makePunctuationPairingRule());
    list.push_back(makePunctuationRangeRule());
    list.push_back(makePunctuationDashRule());
    list.push_back(makePunctuationDocumentNumberRule());
    list.push_back(makeNumbersDateRule());
    list.push_back(makeNumbersChineseYearRule());
    list.push_back(makeNumbersRangeUnitRule());
    list.push_back(makeNumbersFixedExpressionRule());
    list.push_back(makeNumbersApproximationRule());
}

// 规范表述 (terms.*): each a function of one paragraph's text, so in both lists.
void addTermsRules(std::vector<std::unique_ptr<Rule>>& list) {
    list.push_back(makeTermsCanonicalRule());
    list.push_back(makeTermsEnumerationRule());
    list.push_back(makeTermsUsageRule());
    list.push_back(makeTermsForbiddenRule());
}

}  // namespace

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
        list.push_back(makeStructureItemsRule());
        list.push_back(makeStructureLevelRule());
        list.push_back(makeFormatPageSizeRule());
        list.push_back(makeFormatMarginsRule());
        list.push_back(makeFormatLineGridRule());
        list.push_back(makeFormatTitleRule());
        list.push_back(makeFormatBodyFontRule());
        list.push_back(makeFormatHeadingFontRule());
        list.push_back(makeFormatFirstLineIndentRule());
        list.push_back(makeFormatTextColorRule());
        list.push_back(makeFormatPageNumberRule());
        list.push_back(makeFormatDateRule());
        list.push_back(makeFormatAttachmentNoteRule());
        list.push_back(makeFormatSpacingRule());
        addPunctuationAndNumbersRules(list);
        addTermsRules(list);
        list.push_back(makePunctuationQuotationParagraphsRule());  // reads the next paragraph: not paragraph-local
        list.push_back(makeNumbersDateFormRule());  // reads every paragraph's dates
        return withFaultInjection(std::move(list));
    }();
    return rules;
}

const std::vector<std::unique_ptr<Rule>>& paragraphRules() {
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> list;
        list.push_back(makeNumberingStyleRule());
        list.push_back(makeHeadingPunctuationRule());
        addPunctuationAndNumbersRules(list);
        addTermsRules(list);
        return withFaultInjection(std::move(list));
    }();
    return rules;
}

}  // namespace reportkit
