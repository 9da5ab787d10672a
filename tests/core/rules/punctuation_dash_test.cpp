#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationDash, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.dash"); }

TEST(PunctuationDash, TheWholeRunIsReplaced) {
    const auto findings = test::findingsOf("punctuation.dash", documentFromText("目标---队伍\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 2, 3, "——"}}));
}

}  // namespace
}  // namespace reportkit
