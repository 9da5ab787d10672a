#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersApproximation, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.approximation"); }

TEST(NumbersApproximation, TheFixDeletesTheCommaAlone) {
    const auto findings = test::findingsOf("numbers.approximation", documentFromText("约三、四个月\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 2, 1, ""}}));
}

}  // namespace
}  // namespace reportkit
