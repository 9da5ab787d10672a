#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationHalfWidth, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.half-width"); }

TEST(PunctuationHalfWidth, TheMarkIsPlacedAndReplacedAlone) {
    const auto findings = test::findingsOf("punctuation.half-width", documentFromText("共12次,研究事项。\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, ",");
    EXPECT_EQ(findings[0].expected, "，");
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 4, 1, "，"}}));
}

TEST(PunctuationHalfWidth, BracketsAreOneFindingWhoseFixKeepsTheirWords) {
    const auto findings = test::findingsOf("punctuation.half-width", documentFromText("由书记(张某)主持\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].place.start, 3);
    EXPECT_EQ(findings[0].place.length, 4);
    EXPECT_EQ(findings[0].expected, "（张某）");
}

}  // namespace
}  // namespace reportkit
