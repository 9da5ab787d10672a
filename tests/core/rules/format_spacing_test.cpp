#include <gtest/gtest.h>

#include <chrono>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

std::vector<Finding> spacingOf(const std::string& text) {
    return test::findingsOf("format.spacing", documentFromText(text, "spacing"));
}

TEST(FormatSpacing, SpacesOfLatinWordsNumbersASignatureAndASealPass) {
    // 和 WPS Office 在线, 达到 98.5%; a joint signature and its date placed by typed spaces; three empty
    // lines above the signature for the seal; empty paragraphs at the very end.
    const auto findings = test::findingsOf("format.spacing", test::fixtureDocument("rules/format.spacing/right.txt"));
    for (const Finding& finding : findings) ADD_FAILURE() << finding.messageKey << " at " << finding.paragraph;
}

// A meeting's time as notices and minutes write it: one space between the date and the time of
// day is a separator; two, or one between other words, is not.
TEST(FormatSpacing, OneSpaceBetweenADateAndTheTimeOfDayPasses) {
    const std::string body = "一、会议议定事项\n会议由办公室主任主持，研究了下一阶段的工作安排。\n";
    EXPECT_TRUE(spacingOf("会议纪要\n会议时间：2026年3月2日 下午3:00\n" + body).empty());
    EXPECT_TRUE(spacingOf("会议纪要\n" + body + "定于3月9号 上午在二楼会议室召开。\n").empty());
    const auto two = spacingOf("会议纪要\n" + body + "定于3月9日  上午召开。\n");
    ASSERT_EQ(two.size(), 1u);
    EXPECT_EQ(two[0].found, "日  上");
    const auto other = spacingOf("会议纪要\n" + body + "定于本周 上午召开。\n");
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].found, "周 上");
}

TEST(FormatSpacing, TypedIndentsStraySpacesAndEmptyLinesAreFound) {
    const auto findings = test::findingsOf("format.spacing", test::fixtureDocument("rules/format.spacing/wrong.txt"));
    ASSERT_EQ(findings.size(), 7u);
    EXPECT_EQ(findings[0].messageKey, "format.spacing.indent");
    EXPECT_EQ(findings[0].paragraph, 1);
    EXPECT_EQ(findings[0].found, "　　今");
    EXPECT_EQ(findings[0].expected, "今");
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{1, 0, 2, ""}}));
    // "学习 12 次" keeps its spaces around the number; "专题  研讨" does not.
    EXPECT_EQ(findings[1].messageKey, "format.spacing.between");
    EXPECT_EQ(findings[1].paragraph, 3);
    EXPECT_EQ(findings[1].found, "题  研");
    EXPECT_EQ(findings[1].expected, "题研");
    EXPECT_EQ(findings[1].fix->text, (std::vector<TextEdit>{{3, 18, 2, ""}}));
    EXPECT_EQ(findings[2].messageKey, "format.spacing.between");  // before a Chinese full stop
    EXPECT_EQ(findings[2].fix->text, (std::vector<TextEdit>{{4, 9, 1, ""}}));
    EXPECT_EQ(findings[3].messageKey, "format.spacing.trailing");
    EXPECT_EQ(findings[3].found, "。  ");
    EXPECT_EQ(findings[3].expected, "。");
    EXPECT_EQ(findings[3].fix->text, (std::vector<TextEdit>{{5, 12, 2, ""}}));
    EXPECT_EQ(findings[4].messageKey, "format.spacing.empty-lines");  // the second of two
    EXPECT_EQ(findings[4].paragraph, 7);
    EXPECT_FALSE(findings[4].fix);
    EXPECT_EQ(findings[5].messageKey, "format.spacing.blank");  // a line of spaces, alone
    EXPECT_EQ(findings[5].paragraph, 9);
    EXPECT_EQ(findings[5].fix->text, (std::vector<TextEdit>{{9, 0, 3, ""}}));
    EXPECT_EQ(findings[6].messageKey, "format.spacing.empty-lines");  // the fourth above the signature
    EXPECT_EQ(findings[6].paragraph, 14);
}

TEST(FormatSpacing, AMarkersSpacesAreTheNumberingRulesButAnIndentBeforeItIsNot) {
    EXPECT_TRUE(spacingOf("现将工作报告如下。\n一、 主要工作\n（ 一 ）抓好理论学习\n").empty());
    const auto indented = spacingOf("现将工作报告如下。\n  一、主要工作\n");
    ASSERT_EQ(indented.size(), 1u);
    EXPECT_EQ(indented[0].messageKey, "format.spacing.indent");
    EXPECT_EQ(indented[0].place.length, 2);
}

TEST(FormatSpacing, LinesAboveTheBodyAreLaidOutByHandButQuotesHoldOneSpaceOnly) {
    // A title and a byline before the first sentence keep their spaces; in the body they do not.
    EXPECT_TRUE(spacingOf("  述  职  报  告\n局长　张三\n今年以来，工作扎实。\n").empty());
    EXPECT_EQ(spacingOf("今年以来，工作扎实。\n局长　张三\n").size(), 1u);
    const auto quoted = spacingOf("组织“不忘初心  牢记使命”主题党日。\n");
    ASSERT_EQ(quoted.size(), 1u);
    EXPECT_EQ(quoted[0].found, "心  牢");
}

TEST(FormatSpacing, PlacesCountUtf16UnitsAndEveryKindOfSpace) {
    // 𠀋 is two UTF-16 units; a no-break space and a tab are typed spaces too.
    const auto findings = spacingOf("𠀋\u00A0\t好，\u3000“对”\n");
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].place.start, 2);
    EXPECT_EQ(findings[0].place.length, 2);
    EXPECT_EQ(findings[1].found, "，\u3000“");
    EXPECT_EQ(findings[1].place.start, 6);
}

TEST(FormatSpacing, ATwentyMegabyteParagraphIsCheckedInLinearTime) {
    std::string chunk = "我局认真落实各项部署， 推进 Word 2021 版本的应用。";
    while (chunk.size() < 1000) chunk += "扎实推进各项工作";
    Document document;
    document.paragraphs.emplace_back().text = "关于工作情况的报告";
    std::string& huge = document.paragraphs.emplace_back().text;
    const std::size_t chunks = 20'000'000 / chunk.size();
    huge.reserve(chunks * chunk.size());
    for (std::size_t i = 0; i < chunks; ++i) huge += chunk;
    const auto timed = test::runRuleAlone("format.spacing", document);
    EXPECT_EQ(timed.findings.size(), chunks);  // "， 推" in every chunk; "推进 Word 2021 版" passes
    EXPECT_LT(timed.seconds, 5.0);  // linear: 0.1 s, 1.5 s in the sanitizers' build; quadratic: hours
}

TEST(FormatSpacing, TextPastedFromAPdfWithASpaceAfterEveryCharacterIsCheckedQuickly) {
    Document document;
    document.paragraphs.emplace_back().text = "关于工作情况的报告";
    std::string& pasted = document.paragraphs.emplace_back().text;
    while (pasted.size() < 100'000) pasted += "我 局 认 真 落 实 各 项 部 署 。";
    const auto start = std::chrono::steady_clock::now();
    const auto findings = test::findingsOf("format.spacing", document);  // the whole engine, edits stamped
    // Stamped one by one from the paragraph's start, ten seconds; stamped in one walk, 0.1 s, and
    // about a second in the sanitizers' build on a busy machine.
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 3.0);
    ASSERT_GT(findings.size(), 20'000u);
    EXPECT_EQ(findings.back().fix->text.at(0).original, " ");
    EXPECT_EQ(findings.back().fix->text.at(0).paragraphHash, textHash(pasted));
}

TEST(FormatSpacing, TheMessageSaysWhatToDo) {
    EXPECT_EQ(test::chineseMessagesOf("format.spacing", documentFromText("　　今年以来，我局认真落实各项部署。\n", "indent")),
              std::vector<std::string>{
                  "段首用空格缩进（“　　今”）：首行缩进二字应由段落格式设置（GB/T 9704—2012 7.3.3），请删除这些空格。"});
}

}  // namespace
}  // namespace reportkit
