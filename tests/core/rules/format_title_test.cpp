#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatTitle, ATwoLineTitleIn2haoXiaobiaosongCentredIsRight) {
    EXPECT_TRUE(test::findingsOf("format.title", test::formattedReport()).empty());
}

TEST(FormatTitle, AnyNameOfTheFamilyIsTheFamily) {
    Document document = test::formattedReport();
    document.paragraphs[0].format.runs[0].format.font = "FZXiaoBiaoSong-B05S";
    document.paragraphs[1].format.runs[0].format.font = "方正小标宋_GBK";
    EXPECT_TRUE(test::findingsOf("format.title", document).empty());
}

TEST(FormatTitle, ATitleInTheBodyFontAndLeftAlignedIsFoundAndFixedAsData) {
    Document document = test::formattedReport();
    Paragraph& second = document.paragraphs[1];
    second.format.runs[0].format = {"宋体", 16, false, -1};
    second.format.alignment = Alignment::left;
    const auto findings = test::findingsOf("format.title", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].paragraph, 1);
    EXPECT_EQ(findings[0].messageKey, "format.title.font");
    EXPECT_EQ(findings[0].found, "宋体 16 pt");
    EXPECT_EQ(findings[0].expected, "小标宋 22 pt");
    EXPECT_EQ(findings[0].place.start, 0);
    EXPECT_EQ(findings[0].place.length, 17);
    ASSERT_TRUE(findings[0].fix);
    ASSERT_EQ(findings[0].fix->format.size(), 1u);
    EXPECT_EQ(findings[0].fix->format[0].font->points, 22);
    EXPECT_TRUE(findings[0].fix->text.empty());
    EXPECT_EQ(findings[1].messageKey, "format.title.centre");
    EXPECT_EQ(findings[1].fix->format[0].alignment, Alignment::centre);
}

// A report pasted without its title line opens with its preamble: that paragraph is body text,
// never restyled as a title.
TEST(FormatTitle, AReportWithoutATitleLineHasNoTitleAndItsPreambleStaysBody) {
    Document document = test::formattedReport();
    document.paragraphs.erase(document.paragraphs.begin(), document.paragraphs.begin() + 3);
    ASSERT_EQ(document.paragraphs[0].text.rfind("按照", 0), 0u);
    EXPECT_TRUE(test::findingsOf("format.title", document).empty());
    document.paragraphs[0].format.runs[0].format = {"宋体", 12, false, -1};
    const auto body = test::findingsOf("format.body-font", document);
    ASSERT_EQ(body.size(), 1u);
    EXPECT_EQ(body[0].paragraph, 0);
    ASSERT_TRUE(body[0].fix);
    EXPECT_EQ(body[0].fix->format[0].font->points, 16);
    EXPECT_FALSE(body[0].fix->format[0].alignment.has_value());
}

// A short first line set like the body, naming no kind: it may be a title, or not. What was seen
// is said, and nothing is restyled.
TEST(FormatTitle, ALineOnlyGuessedToBeTheTitleIsReportedWithoutAFix) {
    Document document = test::formattedReport();
    document.paragraphs.erase(document.paragraphs.begin() + 1);  // 中共…党支部书记 alone
    Paragraph& first = document.paragraphs[0];
    first.format.runs[0].format = {"仿宋", 16, false, -1};
    first.format.alignment = Alignment::left;
    const auto findings = test::findingsOf("format.title", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].messageKey, "format.title.font");
    EXPECT_FALSE(findings[0].fix.has_value());
    EXPECT_EQ(findings[1].messageKey, "format.title.centre");
    EXPECT_FALSE(findings[1].fix.has_value());
}

// Word's "Title" or "Heading 1" style on the first line makes it the title, not a level-1 heading.
TEST(FormatTitle, ATitleInWordsHeadingOrTitleStyleIsTheTitle) {
    for (const char* style : {"Heading 1", "Title"}) {
        SCOPED_TRACE(style);
        Document document = test::formattedReport();
        for (int line : {0, 1}) {
            document.paragraphs[line].style = style;
            document.paragraphs[line].outlineLevel = std::string(style) == "Title" ? 0 : 1;
            document.paragraphs[line].format.runs[0].format = {"黑体", 16, true, -1};
        }
        const auto title = test::findingsOf("format.title", document);
        ASSERT_EQ(title.size(), 1u);
        EXPECT_EQ(title[0].paragraph, 0);
        EXPECT_EQ(title[0].repeats, std::vector<int>{1});
        ASSERT_TRUE(title[0].fix);
        EXPECT_TRUE(test::findingsOf("format.heading-font", document).empty());
        EXPECT_TRUE(test::findingsOf("format.first-line-indent", document).empty());
    }
}

TEST(FormatTitle, ADocumentWithoutFormatIsNotChecked) {
    EXPECT_TRUE(test::findingsOf("format.title", test::fixtureDocument("rules/format/report.txt")).empty());
}

}  // namespace
}  // namespace reportkit
