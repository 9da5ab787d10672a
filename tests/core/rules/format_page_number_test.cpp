#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"

namespace reportkit {
namespace {

std::vector<std::string> keys(const Document& document) {
    std::vector<std::string> result;
    for (const Finding& finding : test::findingsOf("format.page-number", document)) result.push_back(finding.messageKey);
    return result;
}

TEST(FormatPageNumber, DashesOddRightEvenLeftOneCharacterInAreRight) {
    Document document = test::formattedReport();
    EXPECT_TRUE(keys(document).empty());
    // One character typed as an ideographic space instead of an indent is one character too.
    document.pages[0].oddPages.text = "— # —　";
    document.pages[0].oddPages.rightIndentMm = 0;
    EXPECT_TRUE(keys(document).empty());
}

TEST(FormatPageNumber, CentredSharedNumbersAreWrongAsTheStandardSays) {
    Document document = test::formattedReport();
    PageFormat& page = document.pages[0];
    page.footerShared = true;
    page.oddPages.alignment = Alignment::centre;
    page.oddPages.rightIndentMm = 0;
    page.oddPages.text = "#";
    const auto found = keys(document);
    const std::vector<std::string> expected = {"format.page-number.dashes", "format.page-number.position.odd",
                                               "format.page-number.shared"};
    EXPECT_EQ(found, expected);
    const auto findings = test::findingsOf("format.page-number", document);
    EXPECT_EQ(findings[0].fix->format[0].pageParts, unsigned(FormatEdit::pageNumbers));
}

TEST(FormatPageNumber, NoFooterIsAMissingNumberAndAFooterWithOtherTextIsNotReplaced) {
    Document document = test::formattedReport();
    document.pages[0].footer = false;
    auto findings = test::findingsOf("format.page-number", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "format.page-number.missing");
    EXPECT_TRUE(findings[0].fix);

    document = test::formattedReport();
    document.pages[0].oddPages.text = "第 # 页";
    document.pages[0].oddPages.onlyPageNumber = false;
    findings = test::findingsOf("format.page-number", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "format.page-number.dashes");
    EXPECT_FALSE(findings[0].fix);  // the footer's own words would be lost
}

// Page 1 without a number (Word's "different first page") and the rest in a footer with words:
// numbering page 1 alone would split Word's section, and the rest cannot be replaced, so no fix.
TEST(FormatPageNumber, AFirstPageIsNumberedOnlyWithItsFollow) {
    Document document = test::formattedReport();
    test::setOnAFirstPageAndItsFollow(document);
    document.pages[0].footer = false;
    document.pages[0].bottomMm = 35;  // the same text area, without a footer
    auto findings = test::findingsOf("format.page-number", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "format.page-number.missing");
    ASSERT_TRUE(findings[0].fix);
    EXPECT_EQ(findings[0].fix->format.size(), 2u);

    document.pages[1].oddPages.onlyPageNumber = false;
    findings = test::findingsOf("format.page-number", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_FALSE(findings[0].fix);
}

TEST(FormatPageNumber, TheNumbersFontAndItsDistanceFromTheTextArea) {
    Document document = test::formattedReport();
    document.pages[0].oddPages.format.font = "SimSun";  // 宋体 under its Latin name
    EXPECT_TRUE(keys(document).empty());
    document.pages[0].evenPages.format = {"Liberation Serif", 12, false, -1};
    document.pages[0].footerSpacingMm = 2;
    document.pages[0].footerHeightMm = 8;
    const std::vector<std::string> expected = {"format.page-number.font", "format.page-number.spacing"};
    EXPECT_EQ(keys(document), expected);
}

}  // namespace
}  // namespace reportkit
