#include <gtest/gtest.h>

#include <filesystem>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

struct Expected {
    int paragraph;
    const char* found;
    const char* expected;
    int start;
    int length;
};

void expectTextFixes(const std::vector<Finding>& findings, const std::vector<Expected>& expected) {
    ASSERT_EQ(findings.size(), expected.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        SCOPED_TRACE(i);
        const Finding& finding = findings[i];
        EXPECT_EQ(finding.paragraph, expected[i].paragraph);
        EXPECT_EQ(finding.found, expected[i].found);
        EXPECT_EQ(finding.expected, expected[i].expected);
        EXPECT_EQ(finding.severity, Severity::error);
        ASSERT_TRUE(finding.fix.has_value());
        ASSERT_EQ(finding.fix->text.size(), 1u);
        EXPECT_EQ(finding.fix->text[0],
                  (TextEdit{expected[i].paragraph, expected[i].start, expected[i].length, expected[i].expected}));
        EXPECT_EQ(finding.place.start, expected[i].start);  // a click selects just the marker
        EXPECT_EQ(finding.place.length, expected[i].length);
    }
}

TEST(NumberingStyle, FlagsEachNonStandardLevelOneMarkerWithItsFix) {
    const auto findings = test::findingsOf("numbering.style", test::fixtureDocument("rules/numbering.style/level1-variants.txt"));
    expectTextFixes(findings, {{3, "二.", "二、", 0, 2},
                               {4, "三，", "三、", 0, 2},
                               {5, "四．", "四、", 0, 2},
                               {6, "五, ", "五、", 0, 3},
                               {7, "六：", "六、", 0, 2},
                               {9, "十二.", "十二、", 0, 3}});
}

TEST(NumberingStyle, FlagsVariantsOfEveryLevelAndOfEnumerationOpeners) {
    const auto findings =
        test::findingsOf("numbering.style", test::fixtureDocument("rules/numbering.style/all-levels-variants.txt"));
    expectTextFixes(findings, {{2, "(一)", "（一）", 0, 3},
                               {3, "（二）、", "（二）", 0, 4},
                               {4, "1、", "1.", 0, 2},
                               {5, "２．", "2.", 0, 2},
                               {6, "（1)", "（1）", 0, 3},
                               {7, "⑵", "（2）", 0, 1},
                               {9, "第一、", "第一，", 0, 3}});
}

TEST(NumberingStyle, LeavesEnumerationsDatesAndCountsAlone) {
    EXPECT_TRUE(test::findingsOf("numbering.style", test::fixtureDocument("rules/numbering.style/not-markers.txt")).empty());
}

TEST(NumberingStyle, AnAutomaticLabelIsFixedInTheListNotTheText) {
    Document document;
    document.paragraphs = {Paragraph{"存在问题", 1, "Heading 1", "二.", 0, false, {}},
                           Paragraph{"下步打算", 1, "Heading 1", "三、", 0, false, {}}};
    const auto findings = test::findingsOf("numbering.style", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].found, "二.");
    EXPECT_EQ(findings[0].expected, "二、");
    EXPECT_EQ(findings[0].messageKey, "numbering.style.automatic");
    ASSERT_TRUE(findings[0].fix.has_value());
    EXPECT_TRUE(findings[0].fix->text.empty());
    ASSERT_EQ(findings[0].fix->list.size(), 1u);
    EXPECT_EQ(findings[0].fix->list[0].action, ListEdit::Action::setLabel);
    EXPECT_EQ(findings[0].fix->list[0].label, "二、");
}

TEST(NumberingStyle, AnAutomaticLabelAndATypedMarkerTogether) {
    Document document;
    document.paragraphs = {Paragraph{"一、存在问题", 1, "Heading 1", "一、", 0, false, {}}};
    const auto findings = test::findingsOf("numbering.style", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "numbering.style.double");
    EXPECT_EQ(findings[0].found, "一、");
    EXPECT_EQ(findings[0].fix->text.at(0), (TextEdit{0, 0, 2, ""}));
}

TEST(NumberingStyle, TheProjectsCorrectSampleHasNoFinding) {
    const Document sample = documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023.txt")), "sample");
    EXPECT_TRUE(checkDocument(sample, nullptr, TemplateSource::none).findings.empty());
}

TEST(NumberingStyle, TheRealReferenceReportHasNoFindingOfAnyRule) {
    const std::string reference = std::string(REPORTKIT_SHARED_DIR) + "/reference/party-branch-report-2021.txt";
    if (!std::filesystem::exists(reference)) GTEST_SKIP() << "no shared reference beside the checkout";
    const Document document = documentFromText(test::readFile(reference), "reference");
    ASSERT_EQ(document.paragraphs.size(), 17u);  // 15 lines of text and 2 empty ones
    const auto findings = checkDocument(document, nullptr, TemplateSource::none).findings;
    for (const Finding& finding : findings) ADD_FAILURE() << finding.rule << " at " << finding.paragraph << ": " << finding.found;
}

TEST(NumberingStyle, AFullWidthStopUsedThroughoutIsAHouseStyle) {
    const Document document = test::fixtureDocument("rules/numbering.style/full-width-stop.txt");
    EXPECT_TRUE(test::findingsOf("numbering.style", document).empty());
    EXPECT_TRUE(test::findingsOf("numbering.sequence", document).empty());
    // An office that writes "1." says so in its template.
    const auto required = test::findingsWithNumbering("numbering.style", document, R"(<numbering level3-stop="."/>)");
    ASSERT_EQ(required.size(), 4u);
    EXPECT_EQ(required[0].paragraph, 2);
    EXPECT_EQ(required[0].found, "1．");
    EXPECT_EQ(required[0].expected, "1.");
    EXPECT_EQ(required[0].fix->text, (std::vector<TextEdit>{{2, 0, 2, "1."}}));
}

TEST(NumberingStyle, AFullWidthStopIsNotMarkedAsItIsTyped) {
    EXPECT_TRUE(checkParagraphText("1．改造老旧管网。").findings.empty());
    EXPECT_EQ(checkParagraphText("1、改造老旧管网。").findings.size(), 1u);
}

TEST(NumberingStyle, ADocumentMixingBothStopsIsToldOnceWithOneFix) {
    const auto findings = test::findingsOf("numbering.style", test::fixtureDocument("rules/numbering.style/mixed-stops.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 3);
    EXPECT_EQ(findings[0].messageKey, "numbering.style.mixed");
    EXPECT_EQ(findings[0].severity, Severity::warning);
    EXPECT_EQ(findings[0].found, "3.");
    EXPECT_EQ(findings[0].expected, "3．");  // most of the document writes "．"
    EXPECT_EQ(findings[0].place.start, 0);
    EXPECT_EQ(findings[0].place.length, 2);
    EXPECT_EQ(findings[0].repeats, std::vector<int>{6});
    ASSERT_TRUE(findings[0].fix.has_value());
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{3, 0, 2, "3．"}, {6, 0, 2, "2．"}}));
}

TEST(NumberingStyle, IgnoringOneNumberOfAMixLeavesTheOthersAndTheirFix) {
    Document document = test::fixtureDocument("rules/numbering.style/mixed-stops.txt");
    const auto mixed = test::findingsOf("numbering.style", document);
    ASSERT_EQ(mixed.size(), 1u);
    document.ignored = {ignoreKeys(mixed[0], document)[1]};  // paragraph 6's
    std::vector<Finding> after;
    for (Finding& finding : checkDocument(document, nullptr, TemplateSource::none).findings)
        if (finding.rule == "numbering.style") after.push_back(std::move(finding));
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0].paragraph, 3);
    EXPECT_FALSE(after[0].ignored);
    EXPECT_EQ(after[0].fix->text, (std::vector<TextEdit>{{3, 0, 2, "3．"}}));
    EXPECT_EQ(after[1].paragraph, 6);
    EXPECT_TRUE(after[1].ignored);
    EXPECT_EQ(after[1].fix->text, (std::vector<TextEdit>{{6, 0, 2, "2．"}}));
}

TEST(NumberingStyle, AWrongLevelThreeMarkerTakesTheDocumentsStop) {
    const auto findings = test::findingsOf("numbering.style", documentFromText("一、任务\n1．甲\n2、乙\n3．丙\n", "stops.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 2);
    EXPECT_EQ(findings[0].expected, "2．");
}

}  // namespace
}  // namespace reportkit
