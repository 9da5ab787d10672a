#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "text_rule_fixtures.hpp"

namespace reportkit {
namespace {

TEST(NumbersDateForm, RightAndWrongFixtures) { test::expectRightAndWrongFixtures("numbers.date-form"); }

TEST(NumbersDateForm, ADocumentWithoutAChineseStyleDateIsLeftAlone) {
    // Its own form is consistent: nothing to align it with.
    EXPECT_TRUE(test::findingsOf("numbers.date-form", documentFromText("请于2023.4.20前报送。\n2023.5.8公布。\n", "t.txt")).empty());
    // One date in 年月日 anywhere in the document makes the others' form a slip, placed on the date.
    const auto findings =
        test::findingsOf("numbers.date-form", documentFromText("请于2023.4.20前报送。\n2023年5月8日\n", "t.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].place.start, 2);
    EXPECT_EQ(findings[0].place.length, 9);
    EXPECT_EQ(findings[0].expected, "2023年4月20日");
}

TEST(NumbersDateForm, IsADocumentRule) {
    // Whether a date is a slip depends on the other paragraphs: not marked as one types.
    for (const auto& rule : paragraphRules()) EXPECT_NE(rule->id(), "numbers.date-form");
}

}  // namespace
}  // namespace reportkit
