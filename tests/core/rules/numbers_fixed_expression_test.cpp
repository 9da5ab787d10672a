#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersFixedExpression, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.fixed-expression"); }

TEST(NumbersFixedExpression, FiguresAreWrittenInChinese) {
    const auto findings = test::findingsOf("numbers.fixed-expression", documentFromText("党的20大和十届3中全会\n", "t.txt"));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].expected, "二十");
    EXPECT_EQ(findings[1].found, "3");
    EXPECT_EQ(findings[1].expected, "三");
}

}  // namespace
}  // namespace reportkit
