#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersDate, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.date"); }

TEST(NumbersDate, TheDateOfIssueAloneIsLeftToFormatDate) {
    EXPECT_TRUE(test::findingsOf("numbers.date", documentFromText("  2021年07月05日\n", "t.txt")).empty());
    const auto findings = test::findingsOf("numbers.date", documentFromText("于2021年07月05日召开\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].place.start, 1);
    EXPECT_EQ(findings[0].expected, "2021年7月5日");
}

}  // namespace
}  // namespace reportkit
