#include <gtest/gtest.h>

#include <filesystem>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

std::vector<Finding> styleFindings(const Document& document) {
    std::vector<Finding> result;
    for (Finding& finding : checkDocument(document, nullptr, TemplateSource::none).findings)
        if (finding.rule == "numbering.style") result.push_back(std::move(finding));
    return result;
}

TEST(NumberingStyle, FlagsEachNonStandardLevelOneMarkerWithItsFix) {
    const auto findings = styleFindings(test::fixtureDocument("rules/numbering.style/level1-variants.txt"));
    struct Expected { int paragraph; const char* found; const char* expected; int length; };
    const Expected expected[] = {{3, "二.", "二、", 2},   {4, "三，", "三、", 2}, {5, "四．", "四、", 2},
                                 {6, "五,", "五、", 2},   {7, "六：", "六、", 2}, {9, "十二.", "十二、", 3}};
    ASSERT_EQ(findings.size(), std::size(expected));
    for (std::size_t i = 0; i < findings.size(); ++i) {
        SCOPED_TRACE(i);
        const Finding& finding = findings[i];
        EXPECT_EQ(finding.paragraph, expected[i].paragraph);
        EXPECT_EQ(finding.found, expected[i].found);
        EXPECT_EQ(finding.expected, expected[i].expected);
        EXPECT_EQ(finding.severity, Severity::error);
        EXPECT_EQ(finding.messageKey, "numbering.style");
        ASSERT_TRUE(finding.fix.has_value());
        EXPECT_EQ(finding.fix->paragraph, expected[i].paragraph);
        EXPECT_EQ(finding.fix->start, 0);
        EXPECT_EQ(finding.fix->length, expected[i].length);
        EXPECT_EQ(finding.fix->replacement, expected[i].expected);
    }
}

TEST(NumberingStyle, LeavesEnumerationsDatesAndCountsAlone) {
    EXPECT_TRUE(styleFindings(test::fixtureDocument("rules/numbering.style/not-markers.txt")).empty());
}

TEST(NumberingStyle, ChecksTheAutomaticLabelNotTheTextAndOffersNoTextFix) {
    Document document;
    document.paragraphs = {Paragraph{"存在问题", 1, "Heading 1", "二.", 0},
                           Paragraph{"下步打算", 1, "Heading 1", "三、", 0}};
    const auto findings = styleFindings(document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].found, "二.");
    EXPECT_EQ(findings[0].expected, "二、");
    EXPECT_EQ(findings[0].messageKey, "numbering.style.automatic");
    EXPECT_FALSE(findings[0].fix.has_value());
}

TEST(NumberingStyle, TheProjectsCorrectSampleHasNoFinding) {
    const Document sample = documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023.txt")), "sample");
    EXPECT_TRUE(styleFindings(sample).empty());
}

TEST(NumberingStyle, TheRealReferenceReportHasNoFinding) {
    const std::string reference = std::string(REPORTKIT_SHARED_DIR) + "/reference/party-branch-report-2021.txt";
    if (!std::filesystem::exists(reference)) GTEST_SKIP() << "no shared reference beside the checkout";
    const Document document = documentFromText(test::readFile(reference), "reference");
    ASSERT_EQ(document.paragraphs.size(), 17u);  // 15 lines of text and 2 empty ones
    EXPECT_TRUE(styleFindings(document).empty());
}

}  // namespace
}  // namespace reportkit
