#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

// An office's never-write list: one word with the office's replacement, one without.
std::shared_ptr<const TermList> officeList() {
    return loadTermLists({test::termFolder("forbidden-office", "forbidden | 百分之百 | 100% | 本单位统计口径\n"
                                                               "forbidden | 圆满完成 | | 本单位文风要求：不写空话\n")});
}

TEST(TermsForbidden, TheOfficesWordsAreToldAndFixedOnlyToTheirReplacement) {
    const test::ActiveTerms terms(officeList());
    const auto findings = test::findingsOf("terms.forbidden", test::fixtureDocument("rules/terms.forbidden/wrong.txt"));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].found, "百分之百");
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 21, 4, "100%"}}));
    EXPECT_EQ(findings[0].messageKey, "terms.forbidden.replace");
    EXPECT_EQ(findings[1].found, "圆满完成");
    EXPECT_FALSE(findings[1].fix);
    EXPECT_EQ(findings[1].texts.at("source").in("en"), "本单位文风要求：不写空话");
}

TEST(TermsForbidden, OtherWordsQuotedAndTitledTextPass) {
    const test::ActiveTerms terms(officeList());
    EXPECT_TRUE(test::findingsOf("terms.forbidden", test::fixtureDocument("rules/terms.forbidden/right.txt")).empty());
}

TEST(TermsForbidden, TheBuiltInListForbidsNothing) {
    EXPECT_TRUE(test::findingsOf("terms.forbidden", test::fixtureDocument("rules/terms.forbidden/wrong.txt")).empty());
}

}  // namespace
}  // namespace reportkit
