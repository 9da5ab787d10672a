#include <gtest/gtest.h>

#include "keyword_matcher.hpp"
#include "structure.hpp"

namespace reportkit {
namespace {

std::vector<std::size_t> hits(const KeywordMatcher& matcher, std::string_view text) {
    std::vector<std::size_t> found;
    matcher.scan(foldText(text), [&](std::size_t id) { found.push_back(id); });
    return found;
}

TEST(KeywordMatcher, FindsOverlappingAndNestedKeywordsInOnePass) {
    KeywordMatcher matcher;
    const auto study = matcher.add("学习");
    const auto partyHistory = matcher.add("党史学习教育");
    const auto education = matcher.add("学习教育");
    const auto rules = matcher.add("八项规定");
    matcher.build();
    EXPECT_EQ(hits(matcher, "开展党史学习教育，落实八项规定"),
              (std::vector<std::size_t>{study, partyHistory, education, rules}));
    EXPECT_TRUE(hits(matcher, "无关的文字").empty());
}

TEST(KeywordMatcher, FullAndHalfWidthAndCaseAreAlike) {
    KeywordMatcher matcher;
    const auto id = matcher.add("5G基站");
    matcher.build();
    EXPECT_EQ(hits(matcher, "建成５ｇ基站12座"), (std::vector<std::size_t>{id}));
}

TEST(Quantity, ANumberWithAUnit) {
    EXPECT_TRUE(hasQuantity(foldText("组织集体学习56次")));
    EXPECT_TRUE(hasQuantity(foldText("开展专题党课三次")));
    EXPECT_TRUE(hasQuantity(foldText("覆盖率达到９５%")));
    EXPECT_FALSE(hasQuantity(foldText("认真组织集体学习")));
}

}  // namespace
}  // namespace reportkit
