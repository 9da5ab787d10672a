#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatFirstLineIndent, TwoCharactersOfTheBodyOrOfTheGridsAdvanceAreRight) {
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.first-line-indent", document).empty());
    for (Paragraph& paragraph : document.paragraphs)
        if (paragraph.format.firstLineIndentMm > 0) paragraph.format.firstLineIndentMm = 11.29;  // 2 × 16 pt
    EXPECT_TRUE(test::findingsOf("format.first-line-indent", document).empty());
}

TEST(FormatFirstLineIndent, AnUnindentedParagraphIsFoundTheTitleAndTheClosingLinesAreNot) {
    Document document = test::formattedReport();
    for (Paragraph& paragraph : document.paragraphs) {
        paragraph.format.firstLineIndentMm = 0;
        paragraph.format.alignment = Alignment::left;
    }
    const auto findings = test::findingsOf("format.first-line-indent", document);
    // One problem of many paragraphs: one finding at the first, the others its repeats, one fix for all.
    ASSERT_EQ(findings.size(), 1u);
    std::vector<int> places{findings[0].paragraph};
    places.insert(places.end(), findings[0].repeats.begin(), findings[0].repeats.end());
    // Every paragraph from the preamble to 特此报告, not the title (0, 1), the empty ones, the
    // signature and the date.
    const std::vector<int> expected = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
    EXPECT_EQ(places, expected);
    EXPECT_EQ(findings[0].found, "0 mm");
    ASSERT_EQ(findings[0].fix->format.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(findings[0].fix->format[i].paragraph, expected[i]);
        EXPECT_NEAR(*findings[0].fix->format[i].firstLineIndentMm, 11.14, 0.01);
    }
}

TEST(FormatFirstLineIndent, AHangingOrDeepIndentIsWrong) {
    Document document = test::formattedReport();
    document.paragraphs[3].format.firstLineIndentMm = 22.6;  // four characters
    const auto findings = test::findingsOf("format.first-line-indent", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, "22.6 mm");
}

// GB/T 9704 7.3.6 sets an 附注 two characters in; Word's tools do it with a left indent.
TEST(FormatFirstLineIndent, ALeftIndentThatDoesTheWorkOfAFirstLineIndentIsRight) {
    Document document = test::formattedReport();
    const int line = test::paragraphStarting(document, "下一年");
    ASSERT_GE(line, 0);
    ParagraphFormat& format = document.paragraphs[line].format;
    format.leftIndentMm = format.firstLineIndentMm;
    format.firstLineIndentMm = 0;
    EXPECT_TRUE(test::findingsOf("format.first-line-indent", document).empty());
    format.leftIndentMm = 5;
    const auto findings = test::findingsOf("format.first-line-indent", document);
    ASSERT_EQ(findings.size(), 1u);
    ASSERT_TRUE(findings[0].fix);
    // The first line lands two characters in; the left indent the writer chose stays.
    EXPECT_NEAR(*findings[0].fix->format[0].firstLineIndentMm + 5, 11.1, 0.1);
}

// A short line with no sentence in the body may be a heading without a marker or a label: its
// indent is reported, not changed.
TEST(FormatFirstLineIndent, AShortLineWhoseRoleIsAGuessIsReportedWithoutAFix) {
    Document document = test::formattedReport();
    const int sentence = test::paragraphStarting(document, "下一年");
    const int closing = test::paragraphStarting(document, "特此报告");
    document.paragraphs[sentence].format.firstLineIndentMm = 0;
    Paragraph label = document.paragraphs[sentence];
    label.text = "重点工作清单";
    document.paragraphs.insert(document.paragraphs.begin() + closing, label);
    const auto findings = test::findingsOf("format.first-line-indent", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].paragraph, sentence);
    EXPECT_TRUE(findings[0].fix.has_value());
    EXPECT_EQ(findings[1].paragraph, closing);
    EXPECT_FALSE(findings[1].fix.has_value());
}

}  // namespace
}  // namespace reportkit
