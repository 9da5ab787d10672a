#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationEllipsis, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.ellipsis"); }

TEST(PunctuationEllipsis, EtcAfterAnEllipsisHasNoFix) {
    const auto findings = test::findingsOf("punctuation.ellipsis", documentFromText("学习、讨论……等等\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "punctuation.ellipsis.etc");
    EXPECT_EQ(findings[0].found, "等等");
    EXPECT_EQ(findings[0].place.start, 7);
    EXPECT_FALSE(findings[0].fix);
}

}  // namespace
}  // namespace reportkit
