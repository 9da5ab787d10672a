#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersChineseYear, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.chinese-year"); }

TEST(NumbersChineseYear, TheYearIsRewrittenWithItsZeros) {
    const auto findings = test::findingsOf("numbers.chinese-year", documentFromText("于二00五年\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 1, 4, "二〇〇五"}}));
}

}  // namespace
}  // namespace reportkit
