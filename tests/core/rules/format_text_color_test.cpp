#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatTextColor, AutomaticAndBlackAreBlack) {
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.text-color", document).empty());
    document.paragraphs[3].format.runs[0].format.color = 0x000000;
    EXPECT_TRUE(test::findingsOf("format.text-color", document).empty());
}

TEST(FormatTextColor, RedWordsAreFoundOnceAParagraph) {
    Document document = test::formattedReport();
    auto& runs = document.paragraphs[3].format.runs;
    const CharacterFormat body = runs[0].format;
    CharacterFormat red = body;
    red.color = 0xFF0000;
    runs = {{0, 4, body}, {4, 3, red}, {7, 2, body}, {9, 3, red}, {12, runs[0].length - 12, body}};
    const auto findings = test::findingsOf("format.text-color", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 3);
    EXPECT_EQ(findings[0].place.start, 4);
    EXPECT_EQ(findings[0].place.length, 3);
    EXPECT_EQ(findings[0].found, "#FF0000");
    EXPECT_TRUE(findings[0].fix->format[0].black);
}

}  // namespace
}  // namespace reportkit
