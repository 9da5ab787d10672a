#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersRangeUnit, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.range-unit"); }

TEST(NumbersRangeUnit, TheUnitIsAddedToTheFirstNumber) {
    const auto findings = test::findingsOf("numbers.range-unit", documentFromText("占12.5～20%\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 1, 4, "12.5%"}}));
}

}  // namespace
}  // namespace reportkit
