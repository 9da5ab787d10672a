#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(HeadingPunctuation, StandaloneHeadingsEndWithoutPunctuation) {
    const auto findings =
        test::findingsOf("heading.punctuation", test::fixtureDocument("rules/heading.punctuation/headings.txt"));
    ASSERT_EQ(findings.size(), 3u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].found, "。");
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 6, 1, ""}}));
    EXPECT_EQ(findings[1].paragraph, 2);
    EXPECT_EQ(findings[1].found, "：");
    EXPECT_EQ(findings[2].paragraph, 7);
    EXPECT_EQ(findings[2].found, "：");
    // Run-in headings (1), list items ending in ；or 。 (3, 4) and one-sentence items (6) pass.
}

TEST(HeadingPunctuation, AnAutomaticallyNumberedHeadingIsItsWholeText) {
    Document document;
    document.paragraphs = {Paragraph{"存在问题。", 1, "Heading 1", "二、", 0, false, {}}};
    const auto findings = test::findingsOf("heading.punctuation", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{0, 4, 1, ""}}));
}

TEST(HeadingPunctuation, NumberedSentencesAreItemsNotHeadings) {
    // A meeting's decisions and a notice's clauses end as sentences do.
    EXPECT_TRUE(test::findingsOf("heading.punctuation", test::fixtureDocument("rules/heading.punctuation/decision-list.txt")).empty());
    EXPECT_TRUE(test::findingsOf("heading.punctuation", test::fixtureDocument("rules/heading.punctuation/clause-list.txt")).empty());
}

TEST(HeadingPunctuation, LabelsAndClausesThatIntroduceWhatFollowsAreItems) {
    // Every item a label ending in "：" over its value on the next line, as notices write them.
    EXPECT_TRUE(test::findingsOf("heading.punctuation", test::fixtureDocument("rules/heading.punctuation/labelled-notice.txt")).empty());
    // Among clauses, one ending in "：" opens the list below it.
    EXPECT_TRUE(test::findingsOf("heading.punctuation",
                                 documentFromText("一、参会人员：各科室负责同志。\n二、会议议程：\n（一）通报上半年工作\n（二）部署下半年任务\n", "c.txt"))
                    .empty());
}

TEST(HeadingPunctuation, AHeadingAmongHeadingsIsStillAHeading) {
    // One heading with a full stop, its siblings without, each with a body under it.
    const auto findings = test::findingsOf(
        "heading.punctuation",
        documentFromText("一、加强组织领导，明确工作职责。\n成立工作专班。\n二、强化督促检查\n每月通报进展。\n三、严格考核问效\n纳入年度考核。\n", "h.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 0);
    EXPECT_EQ(findings[0].place.start, 15);
    EXPECT_EQ(findings[0].place.length, 1);
}

}  // namespace
}  // namespace reportkit
