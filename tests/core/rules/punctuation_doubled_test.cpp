#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationDoubled, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.doubled"); }

TEST(PunctuationDoubled, TwoDifferentMarksAreReportedWithoutAFix) {
    const auto findings = test::findingsOf("punctuation.doubled", documentFromText("共两名，。\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "punctuation.doubled.mixed");
    EXPECT_EQ(findings[0].place.start, 3);
    EXPECT_EQ(findings[0].place.length, 2);
    EXPECT_FALSE(findings[0].fix);
}

}  // namespace
}  // namespace reportkit
