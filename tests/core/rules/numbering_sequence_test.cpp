#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "fixes.hpp"
#include "numbering.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(NumberingSequence, OneFindingPerSlipWithTheRenumberingAsItsFix) {
    const auto findings =
        test::findingsOf("numbering.sequence", test::fixtureDocument("rules/numbering.sequence/skips-repeats-restarts.txt"));
    ASSERT_EQ(findings.size(), 4u);

    // （一）（二）（四）（五): the skip is one finding, and its fix renumbers the rest of the run.
    EXPECT_EQ(findings[0].paragraph, 4);
    EXPECT_EQ(findings[0].found, "（四）");
    EXPECT_EQ(findings[0].expected, "（三）");
    ASSERT_TRUE(findings[0].fix.has_value());
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{4, 0, 3, "（三）"}, {5, 0, 3, "（四）"}}));

    // Under a new 二、 the items start again at （一）.
    EXPECT_EQ(findings[1].paragraph, 7);
    EXPECT_EQ(findings[1].found, "（二）");
    EXPECT_EQ(findings[1].expected, "（一）");
    EXPECT_EQ(findings[1].fix->text, (std::vector<TextEdit>{{7, 0, 3, "（一）"}, {8, 0, 3, "（二）"}}));

    // 二、 twice.
    EXPECT_EQ(findings[2].paragraph, 9);
    EXPECT_EQ(findings[2].found, "二、");
    EXPECT_EQ(findings[2].expected, "三、");

    // 1. 2. 2.
    EXPECT_EQ(findings[3].paragraph, 12);
    EXPECT_EQ(findings[3].expected, "3.");
    EXPECT_EQ(findings[3].fix->text, (std::vector<TextEdit>{{12, 0, 2, "3."}}));

    for (const Finding& finding : findings) EXPECT_EQ(finding.messageKey, "numbering.sequence");
}

TEST(NumberingSequence, AutomaticNumberingThatRunsOnAcrossChaptersRestarts) {
    Document document;
    document.paragraphs = {Paragraph{"主要工作", 1, "Heading 1", "一、", 0, false, {}},
                           Paragraph{"抓好理论学习", 2, "Heading 2", "（一）", 1, false, {}},
                           Paragraph{"规范组织生活", 2, "Heading 2", "（二）", 1, false, {}},
                           Paragraph{"存在问题", 1, "Heading 1", "二、", 0, false, {}},
                           Paragraph{"学习不够深入", 2, "Heading 2", "（三）", 1, false, {}},
                           Paragraph{"制度落实不够有力", 2, "Heading 2", "（四）", 1, false, {}}};
    const auto findings = test::findingsOf("numbering.sequence", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 4);
    EXPECT_EQ(findings[0].messageKey, "numbering.sequence.automatic");
    EXPECT_EQ(findings[0].expected, "（一）");
    ASSERT_TRUE(findings[0].fix.has_value());
    EXPECT_TRUE(findings[0].fix->text.empty());  // the text is Writer's; the list restarts
    ASSERT_EQ(findings[0].fix->list.size(), 1u);
    EXPECT_EQ(findings[0].fix->list[0].action, ListEdit::Action::restart);
    EXPECT_EQ(findings[0].fix->list[0].startValue, 1);
}

TEST(NumberingSequence, ArticlesOfARegulationRunOnAcrossChapters) {
    const Document document = documentFromText(
        "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全体党员。\n"
        "第二章　职责\n第三条　支部委员会负责组织实施。\n第五条　党员应当按时参加组织生活。\n",
        "regulation.txt");
    const auto findings = test::findingsOf("numbering.sequence", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 5);
    EXPECT_EQ(findings[0].expected, "第四条");
}

TEST(NumberingSequence, DecimalNumbersMustBelongToTheirParents) {
    const Document document =
        documentFromText("1 范围\n1.1 目的\n1.2 适用对象\n2 方法\n1.3 步骤\n2.2 记录\n", "decimal.txt");
    const auto findings = test::findingsOf("numbering.sequence", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].paragraph, 4);
    EXPECT_EQ(findings[0].expected, "2.1");
    EXPECT_EQ(findings[1].paragraph, 5);
    EXPECT_EQ(findings[1].expected, "2.4");
}


TEST(NumberingSequence, FixesGrowWithTheDocumentNotWithItsSquare) {
    // Every item typed as "1.": each is a slip, and each fix changes that one item only.
    std::string text = "一、主要工作\n";
    for (int i = 0; i < 300; ++i) text += "1.完善制度\n";
    const auto findings = test::findingsOf("numbering.sequence", documentFromText(text, "ones.txt"));
    ASSERT_EQ(findings.size(), 299u);
    std::size_t edits = 0;
    for (const Finding& finding : findings) edits += finding.fix->text.size();
    EXPECT_EQ(edits, 299u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{2, 0, 2, "2."}}));
    EXPECT_EQ(findings[298].fix->text, (std::vector<TextEdit>{{300, 0, 2, "300."}}));
}

TEST(NumberingSequence, FixingEverySlipGivesOneConsistentRun) {
    // 一 三 四 六: two slips; their fixes together make 一 二 三 四.
    Document document = documentFromText("一、甲\n三、乙\n四、丙\n六、丁\n", "run.txt");
    const auto findings = test::findingsOf("numbering.sequence", document);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{1, 0, 2, "二、"}, {2, 0, 2, "三、"}}));
    EXPECT_EQ(findings[1].fix->text, (std::vector<TextEdit>{{3, 0, 2, "四、"}}));
}

// Level-2 items numbered on across chapters, as many State Council documents number them, are
// right by default; an office whose template says they restart is told at each chapter.
TEST(NumberingSequence, ItemsNumberedOnAcrossChaptersAreAHouseStyle) {
    const Document document = test::fixtureDocument("rules/numbering.sequence/on-across-chapters.txt");
    EXPECT_TRUE(test::findingsOf("numbering.sequence", document).empty());

    const auto restarting = test::findingsWithNumbering("numbering.sequence", document, R"(<numbering level2-count="restart"/>)");
    ASSERT_EQ(restarting.size(), 2u);
    EXPECT_EQ(restarting[0].paragraph, 6);
    EXPECT_EQ(restarting[0].found, "（三）");
    EXPECT_EQ(restarting[0].expected, "（一）");
    EXPECT_EQ(restarting[0].fix->text, (std::vector<TextEdit>{{6, 0, 3, "（一）"}, {7, 0, 3, "（二）"}, {8, 0, 3, "（三）"}}));
    EXPECT_EQ(restarting[1].paragraph, 10);
    EXPECT_EQ(restarting[1].expected, "（一）");

    // The same document is right where the template says items number on; restarting then is not.
    EXPECT_TRUE(test::findingsWithNumbering("numbering.sequence", document, R"(<numbering level2-count="continue"/>)").empty());
    const Document restarted = documentFromText("一、总体要求\n（一）指导思想\n（二）工作目标\n二、重点任务\n（一）扩大供给\n（二）提升质量\n",
                                                "restarted.txt");
    const auto continuing = test::findingsWithNumbering("numbering.sequence", restarted, R"(<numbering level2-count="continue"/>)");
    ASSERT_EQ(continuing.size(), 1u);
    EXPECT_EQ(continuing[0].paragraph, 4);
    EXPECT_EQ(continuing[0].expected, "（三）");
    EXPECT_EQ(continuing[0].fix->text, (std::vector<TextEdit>{{4, 0, 3, "（三）"}, {5, 0, 3, "（四）"}}));
}

TEST(NumberingSequence, ARenumberingWritesTheStopTheDocumentUses) {
    const auto findings = test::findingsOf("numbering.sequence", documentFromText("一、甲\n1．子\n2．丑\n4．寅\n", "stop.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].expected, "3．");
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{3, 0, 2, "3．"}}));
}

TEST(NumberingSequence, ADocumentThatBothRestartsAndNumbersOnIsToldOnce) {
    // Three chapters number on, two restart: one finding at the first that restarts, the other its repeat.
    const auto findings =
        test::findingsOf("numbering.sequence", test::fixtureDocument("rules/numbering.sequence/mixed-chapter-count.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 9);
    EXPECT_EQ(findings[0].messageKey, "numbering.sequence.mixed-restart");
    EXPECT_EQ(findings[0].severity, Severity::warning);
    EXPECT_EQ(findings[0].found, "（一）");
    EXPECT_EQ(findings[0].expected, "（六）");
    EXPECT_EQ(findings[0].place.start, 0);
    EXPECT_EQ(findings[0].place.length, 3);
    EXPECT_EQ(findings[0].repeats, std::vector<int>{14});
    EXPECT_FALSE(findings[0].fix.has_value());  // which way to count is the writer's to say
}

TEST(NumberingSequence, AnUnsureChapterCountHasNoFix) {
    // （八） under a new chapter after （五）: a skip in a count that numbers on, or a slip in one that
    // restarts; nothing in the document says which.
    const auto unsure = test::findingsOf("numbering.sequence",
                                         documentFromText("一、甲\n（一）子\n（二）丑\n（三）寅\n（四）卯\n（五）辰\n二、乙\n（八）巳\n（九）午\n", "u.txt"));
    ASSERT_EQ(unsure.size(), 1u);
    EXPECT_EQ(unsure[0].paragraph, 7);
    EXPECT_EQ(unsure[0].expected, "（一）");
    EXPECT_FALSE(unsure[0].fix.has_value());
}

TEST(NumberingSequence, AnAttachmentListIsNotSectionNumbering) {
    const Document inLine = test::fixtureDocument("rules/numbering.sequence/attachment-list.txt");
    EXPECT_TRUE(test::findingsOf("numbering.sequence", inLine).empty());
    EXPECT_TRUE(test::findingsOf("numbering.level", inLine).empty());
    const Document below = documentFromText("一、工作安排\n（一）前期准备\n（二）组织实施\n附件：\n1.报名表\n2.日程安排\n", "below.txt");
    EXPECT_TRUE(test::findingsOf("numbering.sequence", below).empty());
    EXPECT_TRUE(test::findingsOf("numbering.level", below).empty());
}

TEST(NumberingSequence, ItemsThatOpenWithAFigureKeepTheCount) {
    const Document document = test::fixtureDocument("rules/numbering.sequence/figure-led-items.txt");
    EXPECT_TRUE(test::findingsOf("numbering.sequence", document).empty());
    EXPECT_TRUE(test::findingsOf("numbering.style", document).empty());
    std::vector<int> numbered;
    for (const NumberedParagraph& item : analyseNumbering(document, NumberingScheme{}).paragraphs)
        numbered.push_back(item.paragraph);
    // A year after "1." (1), a figure where item 2 came before (3) or item 2 follows (8) are items;
    // "2.5亿元以上…" with no count around it (6) is a number.
    EXPECT_EQ(numbered, (std::vector<int>{0, 1, 2, 3, 4, 7, 8, 9}));
}

TEST(NumberingSequence, ALoneMarkerIsNotRenumberedByAGuess) {
    // One line "第二节内容" does not make a regulation of a document.
    EXPECT_TRUE(test::findingsOf("numbering.sequence", documentFromText("第一部分说明\n第二节内容\n正文\n", "one.txt")).empty());
    // In a regulation, a lone section numbered two is reported, but nothing says it is not a second
    // section: no fix rewrites it.
    const auto lone = test::findingsOf("numbering.sequence",
                                       documentFromText("第一章　总则\n第一条　为规范管理，制定本办法。\n第二节　职责\n第二条　办公室负责实施。\n", "reg.txt"));
    ASSERT_EQ(lone.size(), 1u);
    EXPECT_EQ(lone[0].paragraph, 2);
    EXPECT_EQ(lone[0].expected, "第一节");
    EXPECT_FALSE(lone[0].fix.has_value());
}

}  // namespace
}  // namespace reportkit
