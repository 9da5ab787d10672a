#pragma once
// One factory per rule; each is defined in the rule's own file and listed in registry.cpp.
#include <memory>

#include "../rule.hpp"

namespace reportkit {

std::unique_ptr<Rule> makeFormatBodyFontRule();
std::unique_ptr<Rule> makeFormatFirstLineIndentRule();
std::unique_ptr<Rule> makeFormatHeadingFontRule();
std::unique_ptr<Rule> makeFormatLineGridRule();
std::unique_ptr<Rule> makeFormatMarginsRule();
std::unique_ptr<Rule> makeFormatPageNumberRule();
std::unique_ptr<Rule> makeFormatPageSizeRule();
std::unique_ptr<Rule> makeFormatTextColorRule();
std::unique_ptr<Rule> makeFormatTitleRule();
std::unique_ptr<Rule> makeFormatAttachmentNoteRule();
std::unique_ptr<Rule> makeFormatDateRule();
std::unique_ptr<Rule> makeFormatSpacingRule();
std::unique_ptr<Rule> makeHeadingPunctuationRule();
std::unique_ptr<Rule> makeNumberingInlineRule();
std::unique_ptr<Rule> makeNumberingLevelRule();
std::unique_ptr<Rule> makeNumberingSequenceRule();
std::unique_ptr<Rule> makeNumberingStyleRule();
std::unique_ptr<Rule> makeStructureMissingSectionRule();
std::unique_ptr<Rule> makeStructureOrderRule();
std::unique_ptr<Rule> makeStructurePlaceholderRule();
std::unique_ptr<Rule> makeTopicMissingRule();
std::unique_ptr<Rule> makeStructureItemsRule();
std::unique_ptr<Rule> makeStructureLevelRule();

// punctuation.* and numbers.* (GB/T 15834, GB/T 15835): paragraph-local text rules but one.
std::unique_ptr<Rule> makePunctuationHalfWidthRule();
std::unique_ptr<Rule> makePunctuationDoubledRule();
std::unique_ptr<Rule> makePunctuationEllipsisRule();
std::unique_ptr<Rule> makePunctuationSerialCommaRule();
std::unique_ptr<Rule> makePunctuationPairingRule();
std::unique_ptr<Rule> makePunctuationQuotationParagraphsRule();  // a document rule: reads the next paragraph
std::unique_ptr<Rule> makePunctuationRangeRule();
std::unique_ptr<Rule> makePunctuationDashRule();
std::unique_ptr<Rule> makePunctuationDocumentNumberRule();
std::unique_ptr<Rule> makeNumbersDateRule();
std::unique_ptr<Rule> makeNumbersChineseYearRule();
std::unique_ptr<Rule> makeNumbersRangeUnitRule();
std::unique_ptr<Rule> makeNumbersFixedExpressionRule();
std::unique_ptr<Rule> makeNumbersApproximationRule();
std::unique_ptr<Rule> makeNumbersDateFormRule();  // a document rule: reads every paragraph's dates
// 规范表述 (terms.*, issue 25)
std::unique_ptr<Rule> makeTermsCanonicalRule();
std::unique_ptr<Rule> makeTermsEnumerationRule();
std::unique_ptr<Rule> makeTermsUsageRule();
std::unique_ptr<Rule> makeTermsForbiddenRule();

}  // namespace reportkit
