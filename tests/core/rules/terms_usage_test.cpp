#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(TermsUsage, EachCertainSlipIsFixed) {
    const auto findings = test::findingsOf("terms.usage", test::fixtureDocument("rules/terms.usage/wrong.txt"));
    ASSERT_EQ(findings.size(), 6u);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"截止目前", "截至目前"}, {"做出部署", "作出部署"}, {"做出贡献", "作出贡献"}, {"布署", "部署"}, {"再接再励", "再接再厉"},
        {"截止上年", "截至上年"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(findings[i].paragraph, static_cast<int>(i));
        EXPECT_EQ(findings[i].found, expected[i].first);
        EXPECT_EQ(findings[i].expected, expected[i].second);
        ASSERT_TRUE(findings[i].fix);
        EXPECT_EQ(findings[i].fix->text.front().replacement, expected[i].second);
        EXPECT_EQ(findings[i].severity, Severity::warning);
    }
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 0, 4, "截至目前"}}));
    EXPECT_EQ(findings[3].place.start, 4);
}

TEST(TermsUsage, RightUsesAndContextsThatAreNotCertainPass) {
    // 截止日期, 报名…截止, 做出样品, 按排名 (not 按排), quoted and titled text, an address.
    EXPECT_TRUE(test::findingsOf("terms.usage", test::fixtureDocument("rules/terms.usage/right.txt")).empty());
}

}  // namespace
}  // namespace reportkit
