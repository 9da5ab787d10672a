#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(PunctuationQuotationParagraphs, EachParagraphOfAQuotationOpensWithAQuotationMark) {
    EXPECT_TRUE(test::findingsOf("punctuation.quotation-paragraphs",
                                 test::fixtureDocument("rules/punctuation.quotation-paragraphs/right.txt"))
                    .empty());
    const auto findings = test::findingsOf("punctuation.quotation-paragraphs",
                                           test::fixtureDocument("rules/punctuation.quotation-paragraphs/wrong.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].place.start, 8);
    EXPECT_EQ(findings[0].place.length, 1);
    EXPECT_FALSE(findings[0].fix);
}

TEST(PunctuationQuotationParagraphs, APairingSlipInTheParagraphIsPairingsAlone) {
    // 《 never closed: the paragraph's own finding, not a quotation going on.
    EXPECT_TRUE(test::findingsOf("punctuation.quotation-paragraphs", documentFromText("学习《条例“第一段\n下一段\n", "t.txt")).empty());
}

}  // namespace
}  // namespace reportkit
