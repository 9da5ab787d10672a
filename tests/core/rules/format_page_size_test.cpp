#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatPageSize, A4WithinAMillimetreIsRight) {
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.page-size", document).empty());
    document.pages[0].widthMm = 209.9;  // 11906 twips from a .docx
    EXPECT_TRUE(test::findingsOf("format.page-size", document).empty());
}

TEST(FormatPageSize, LetterPaperIsFoundAtThePagesFirstParagraph) {
    Document document = test::formattedReport();
    document.pages[0].widthMm = 215.9;
    document.pages[0].heightMm = 279.4;
    const auto findings = test::findingsOf("format.page-size", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].found, "215.9 × 279.4 mm");
    EXPECT_EQ(findings[0].expected, "210 × 297 mm");
    ASSERT_EQ(findings[0].fix->format.size(), 1u);
    EXPECT_EQ(findings[0].fix->format[0].pageStyle, "ReportKit gbt9704");
    EXPECT_EQ(findings[0].fix->format[0].pageParts, unsigned(FormatEdit::pageSize));
}

}  // namespace
}  // namespace reportkit
