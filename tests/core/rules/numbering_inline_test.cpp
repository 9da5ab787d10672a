#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(NumberingInline, OutOfOrderItemsButNotIdiomsOrMeetingNames) {
    const auto findings =
        test::findingsOf("numbering.inline", test::fixtureDocument("rules/numbering.inline/enumerations.txt"));
    std::vector<std::tuple<int, std::string, std::string>> got;
    for (const Finding& f : findings) got.emplace_back(f.paragraph, f.found, f.expected);
    EXPECT_EQ(got, (std::vector<std::tuple<int, std::string, std::string>>{
                       {1, "四是", "三是"},   // 一是 二是 四是
                       {2, "第二", "第三"},   // 第一 第二 第二
                       {3, "其次", "首先"},   // 其次 with no 首先 before it
                       {9, "三是", "二是"}})); // goes on from the paragraph before: 一是 … 三是
    for (const Finding& f : findings) EXPECT_EQ(f.severity, Severity::warning);
    // The place is the token itself: "四是" after 21 characters of paragraph 1.
    EXPECT_EQ(findings[0].place.start, 21);
    EXPECT_EQ(findings[0].place.length, 2);
}

// Places are counted as the paragraph is read, also past characters outside the BMP (two UTF-16
// units) and for a paragraph made of nothing but tokens.
TEST(NumberingInline, PlacesInALongParagraphOfManyTokens) {
    std::string text = "𠀀，";  // U+20000: two UTF-16 units
    for (int i = 0; i <= 1000; ++i) text += "其次，";
    Document document;
    document.paragraphs.emplace_back().text = text;
    const auto findings = test::findingsOf("numbering.inline", document);
    ASSERT_EQ(findings.size(), 1001u);  // each 其次 after 其次 is out of order, the first has no 首先
    EXPECT_EQ(findings[0].place.start, 3);
    EXPECT_EQ(findings[1].place.start, 6);
    EXPECT_EQ(findings[1000].place.start, 3 + 3 * 1000);
}

}  // namespace
}  // namespace reportkit
