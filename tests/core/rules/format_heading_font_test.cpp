#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(FormatHeadingFont, EachLevelInItsFamilyIsRight) {
    EXPECT_TRUE(test::findingsOf("format.heading-font", test::formattedReport()).empty());
}

TEST(FormatHeadingFont, ALevelInAnotherLevelsFontIsFoundWithItsLevel) {
    Document document = test::formattedReport();
    const int first = test::paragraphStarting(document, "一、履职");
    const int second = test::paragraphStarting(document, "（二）组织生活");
    document.paragraphs[first].format.runs[0].format.font = "楷体_GB2312";
    document.paragraphs[second].format.runs[0].format.font = "黑体";
    const auto findings = test::findingsOf("format.heading-font", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].paragraph, first);
    EXPECT_EQ(findings[0].messageKey, "format.heading-font.heading1");
    EXPECT_EQ(findings[0].expected, "黑体 16 pt");
    EXPECT_EQ(findings[1].paragraph, second);
    EXPECT_EQ(findings[1].messageKey, "format.heading-font.heading2");
    EXPECT_EQ(findings[1].expected, "楷体 16 pt");
}

TEST(FormatHeadingFont, BoldIsAskedForOnlyWhereTheProfileSaysSo) {
    Document document = test::formattedReport();
    // GB/T 9704 does not ask for bold: a bold heading is not wrong, nor is one that is not.
    document.paragraphs[test::paragraphStarting(document, "1.主题")].format.runs[0].format.bold = true;
    EXPECT_TRUE(test::findingsOf("format.heading-font", document).empty());

    FormatProfile office = *baseProfile("gbt9704");
    office.font(TextRole::heading3).bold = true;
    Document boldWanted = test::formattedReport(office);
    const int item = test::paragraphStarting(boldWanted, "1.主题");
    boldWanted.paragraphs[item].format.runs[0].format.bold = false;
    Template reportTemplate;
    reportTemplate.format = office;
    std::vector<Finding> findings;
    for (Finding& finding : checkDocument(boldWanted, &reportTemplate, TemplateSource::option).findings)
        if (finding.rule == "format.heading-font") findings.push_back(finding);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, item);
    EXPECT_EQ(findings[0].messageKey, "format.heading-font.heading3.bold");
    EXPECT_TRUE(findings[0].fix->format[0].font->bold);
}

}  // namespace
}  // namespace reportkit
