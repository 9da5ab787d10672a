#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"
#include "fixes.hpp"

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

// Writer reads a Word file's header distance as the top margin and the rest down to the text as
// the header's height: the text area still starts 37 mm down, as Word shows it.
TEST(FormatMargins, AHeaderCountsInTheTopMarginAsAFooterDoesInTheBottom) {
    Document document = test::formattedReport();
    PageFormat& page = document.pages[0];
    page.header = true;
    page.topMm = 12.7;
    page.headerHeightMm = 24.3;
    EXPECT_TRUE(test::findingsOf("format.margins", document).empty());
    page.headerHeightMm = 10;
    const auto findings = test::findingsOf("format.margins", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, "22.7 / 35 / 28 / 26 mm");
}

// Word holds a first page style and its follow as one section; a fix of only one of them would
// split the section, and a paragraph with it, where page 1 ends.
TEST(FormatMargins, AFirstPageAndItsFollowOfOneGeometryAreFixedTogether) {
    Document document = test::formattedReport();
    test::setOnAFirstPageAndItsFollow(document);
    for (PageFormat& page : document.pages) page.leftMm = page.rightMm = 31.8;  // Word's default
    const auto findings = test::findingsOf("format.margins", document);
    ASSERT_EQ(findings.size(), 2u);
    for (const Finding& finding : findings) {
        ASSERT_TRUE(finding.fix);
        ASSERT_EQ(finding.fix->format.size(), 2u);
        EXPECT_NE(finding.fix->format[0].pageStyle, finding.fix->format[1].pageStyle);
    }
    // Both styles' edits survive putting the fixes together.
    const Fix all = mergeFixes(findings);
    ASSERT_EQ(all.format.size(), 2u);
    EXPECT_EQ(all.format[0].pageStyle, "First Page");
    EXPECT_EQ(all.format[1].pageStyle, "Standard");
    // A first page of its own geometry (a 红头 page, say) is a section apart: fixed alone.
    document.pages[0].topMm = 60;
    const auto apart = test::findingsOf("format.margins", document);
    ASSERT_EQ(apart.size(), 2u);
    EXPECT_EQ(apart[0].fix->format.size(), 1u);
}

}  // namespace
}  // namespace reportkit
