#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(TermsCanonical, EachWrongFormIsFixedToTheCanonicalOneCitingItsSource) {
    const auto findings = test::findingsOf("terms.canonical", test::fixtureDocument("rules/terms.canonical/wrong.txt"));
    ASSERT_EQ(findings.size(), 6u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].found, "习近平新时代特色社会主义思想");
    EXPECT_EQ(findings[0].expected, "习近平新时代中国特色社会主义思想");
    EXPECT_EQ(findings[0].place.start, 8);
    EXPECT_EQ(findings[0].place.length, 14);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 8, 14, "习近平新时代中国特色社会主义思想"}}));
    EXPECT_NE(findings[0].texts.at("source").in("zh-CN").find("中国共产党章程"), std::string::npos);
    EXPECT_EQ(findings[1].paragraph, 1);
    EXPECT_EQ(findings[1].expected, "“三个代表”重要思想");
    EXPECT_EQ(findings[2].found, "确立习近平总书记党中央的核心、全党的核心地位");
    EXPECT_EQ(findings[2].expected, "确立习近平同志党中央的核心、全党的核心地位");
    EXPECT_EQ(findings[3].expected, "坚决维护习近平总书记党中央的核心、全党的核心地位");
    EXPECT_EQ(findings[4].found, "中央经济会议");
    // A term named in quotes is the writer's own, not a quotation.
    EXPECT_EQ(findings[5].found, "习近平新时代特色社会主义思想");
    EXPECT_EQ(findings[5].place.start, 2);
    for (const Finding& finding : findings) EXPECT_EQ(finding.severity, Severity::error);
}

TEST(TermsCanonical, AFormWithItsOwnQuotesWrittenAloneInQuotesIsToldWithoutAFix) {
    const auto findings = test::findingsOf("terms.canonical", documentFromText("深入学习“三个代表重要思想”。\n", "q.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].expected, "“三个代表”重要思想");
    EXPECT_FALSE(findings[0].fix);
}

TEST(TermsCanonical, RightFormsQuotedTitlesPathsAndEnglishAreLeftAlone) {
    // Includes a wrong form inside 《》, inside “”, in an address and a file path.
    EXPECT_TRUE(test::findingsOf("terms.canonical", test::fixtureDocument("rules/terms.canonical/right.txt")).empty());
}

TEST(TermsCanonical, TheMessageNamesBothFormsAndTheSource) {
    const auto messages = test::chineseMessagesOf("terms.canonical", documentFromText("会议传达了中央经济会议精神。\n", "m.txt"));
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rfind("规范表述应为“中央经济工作会议”，不是“中央经济会议”（见", 0), 0u) << messages[0];
}

TEST(TermsCanonical, MarkedInTheTextAsItIsTyped) {
    const DocumentReport report = checkParagraphText("深入学习习近平新时代特色社会主义思想。");
    ASSERT_EQ(report.findings.size(), 1u);
    EXPECT_EQ(report.findings[0].rule, "terms.canonical");
    EXPECT_EQ(report.findings[0].place.start, 4);
}

}  // namespace
}  // namespace reportkit
