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

TEST(FormatTitle, ADocumentWithoutFormatIsNotChecked) {
    EXPECT_TRUE(test::findingsOf("format.title", test::fixtureDocument("rules/format/report.txt")).empty());
}

}  // namespace
}  // namespace reportkit
