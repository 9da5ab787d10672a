#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(PunctuationSerialComma, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("punctuation.serial-comma"); }

TEST(PunctuationSerialComma, TheFixDeletesOnlyTheComma) {
    const auto findings = test::findingsOf("punctuation.serial-comma", documentFromText("《甲》、《乙》、《丙》\n", "t.txt"));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 3, 1, ""}}));
}

}  // namespace
}  // namespace reportkit
