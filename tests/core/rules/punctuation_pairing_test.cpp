#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationPairing, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.pairing"); }

TEST(PunctuationPairing, EachUnpairedMarkIsPlaced) {
    const auto findings = test::findingsOf("punctuation.pairing", documentFromText("甲（乙》丙\n", "t.txt"));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].messageKey, "punctuation.pairing.unclosed");
    EXPECT_EQ(findings[0].place.start, 1);
    EXPECT_EQ(findings[1].messageKey, "punctuation.pairing.unopened");
    EXPECT_EQ(findings[1].place.start, 3);
}

TEST(PunctuationPairing, AQuotationOverParagraphsOpensEachAndClosesOnce) {
    EXPECT_TRUE(test::findingsOf("punctuation.pairing",
                                 documentFromText("他说：“第一段，\n“第二段，\n“第三段。”\n", "t.txt"))
                    .empty());
}

}  // namespace
}  // namespace reportkit
