#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

TEST(FormatMargins, TheFooterCountsInTheBottomMargin) {
    // Writer's bottom margin is 22.1 mm below a 12.9 mm footer: the text area ends 35 mm up.
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.margins", document).empty());
    document.pages[0].topMm = 37.9;  // within the standard's 1 mm
    EXPECT_TRUE(test::findingsOf("format.margins", document).empty());
}

TEST(FormatMargins, WritersDefaultMarginsAreFound) {
    Document document = test::formattedReport();
    PageFormat& page = document.pages[0];
    page.topMm = page.bottomMm = page.leftMm = page.rightMm = 20;
    page.footer = false;
    const auto findings = test::findingsOf("format.margins", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, "20 / 20 / 20 / 20 mm");
    EXPECT_EQ(findings[0].expected, "37 / 35 / 28 / 26 mm");
    EXPECT_EQ(findings[0].fix->format[0].pageParts, unsigned(FormatEdit::margins));
}

TEST(FormatMargins, ABottomMarginOf35MmUnderAFooterLeavesTooSmallATextArea) {
    Document document = test::formattedReport();
    document.pages[0].bottomMm = 35;  // the mistake of setting 35 mm and adding a footer
    const auto findings = test::findingsOf("format.margins", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, "37 / 47.9 / 28 / 26 mm");
}

}  // namespace
}  // namespace reportkit
