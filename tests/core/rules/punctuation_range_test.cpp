#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationRange, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.range"); }

TEST(PunctuationRange, OnlyTheHyphenIsReplaced) {
    const auto findings = test::findingsOf("punctuation.range", documentFromText("2021-2023年\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 4, 1, "—"}}));
}

}  // namespace
}  // namespace reportkit
