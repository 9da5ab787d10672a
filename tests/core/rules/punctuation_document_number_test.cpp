#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationDocumentNumber, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.document-number"); }

TEST(PunctuationDocumentNumber, TheWholeNumberAfterTheIssuerIsRewritten) {
    const auto findings = test::findingsOf("punctuation.document-number", documentFromText("国发（2021）第01号\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].place.start, 2);
    EXPECT_EQ(findings[0].found, "（2021）第01号");
    EXPECT_EQ(findings[0].expected, "〔2021〕1号");
}

}  // namespace
}  // namespace reportkit
