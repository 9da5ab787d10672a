#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatLineGrid, A22LineGridOrAFixedHeightOf28To29PointsIsRight) {
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.line-grid", document).empty());
    document.pages[0].gridLines = 0;
    for (const double points : {28.0, 28.95, 29.0}) {
        for (Paragraph& paragraph : document.paragraphs) paragraph.format.lineSpacingPoints = points;
        EXPECT_TRUE(test::findingsOf("format.line-grid", document).empty()) << points;
    }
}

TEST(FormatLineGrid, SingleSpacingWithoutAGridIsFoundOnceAPage) {
    Document document = test::formattedReport();
    document.pages[0].gridLines = 0;
    for (Paragraph& paragraph : document.paragraphs) paragraph.format.lineSpacingPoints = 0;
    const auto findings = test::findingsOf("format.line-grid", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 3);  // the first after the title
    EXPECT_EQ(findings[0].messageKey, "format.line-grid.proportional");
    EXPECT_EQ(findings[0].fix->format[0].pageParts, unsigned(FormatEdit::lineGrid));
}

TEST(FormatLineGrid, AFixedHeightGivingOtherThan22LinesIsFoundWithTheLines) {
    Document document = test::formattedReport();
    document.pages[0].gridLines = 0;
    for (Paragraph& paragraph : document.paragraphs) paragraph.format.lineSpacingPoints = 32;
    const auto findings = test::findingsOf("format.line-grid", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "format.line-grid");
    EXPECT_EQ(findings[0].found, "19");
}

}  // namespace
}  // namespace reportkit
