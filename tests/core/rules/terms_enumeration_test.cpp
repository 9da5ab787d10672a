#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(TermsEnumeration, AListingWithOneItemMissingIsToldWithoutAFix) {
    const auto findings =
        test::findingsOf("terms.enumeration", test::fixtureDocument("rules/terms.enumeration/wrong.txt"));
    ASSERT_EQ(findings.size(), 4u);
    EXPECT_EQ(findings[0].found, "政治意识、大局意识、核心意识");
    EXPECT_EQ(findings[0].expected, "看齐意识");
    EXPECT_EQ(findings[0].texts.at("name").in("zh-CN"), "四个意识");
    EXPECT_EQ(findings[0].place.start, 9);
    EXPECT_EQ(findings[0].place.length, 14);
    EXPECT_EQ(findings[1].expected, "制度自信");
    EXPECT_EQ(findings[2].expected, "开放");
    EXPECT_EQ(findings[3].expected, "享乐主义");
    for (const Finding& finding : findings) {
        EXPECT_FALSE(finding.fix);
        EXPECT_EQ(finding.severity, Severity::warning);
    }
}

TEST(TermsEnumeration, FullListingsNamesOtherListsAndQuotedTextPass) {
    // Full listings (and 和 joining the last item), the names in quotes, a listing that runs on
    // into other words or ends in 等, two items of four, a quotation.
    EXPECT_TRUE(test::findingsOf("terms.enumeration", test::fixtureDocument("rules/terms.enumeration/right.txt")).empty());
}

TEST(TermsEnumeration, TheMessageNamesTheMissingItem) {
    const auto messages =
        test::chineseMessagesOf("terms.enumeration", documentFromText("坚定道路自信、理论自信、文化自信。\n", "e.txt"));
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rfind("“四个自信”应列全；此处列举缺少“制度自信”", 0), 0u) << messages[0];
}

}  // namespace
}  // namespace reportkit
