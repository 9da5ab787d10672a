#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

const std::string kBody = "关于申报示范点的请示\n县委组织部：\n现将申报材料一并报上，请予审批。\n\n";
const std::string kClosing = "\n某某县农业农村局\n2021年7月5日\n";

std::vector<Finding> noteFindings(const std::string& note) {
    return test::findingsOf("format.attachment-note", documentFromText(kBody + note + kClosing, "note"));
}

TEST(FormatAttachmentNote, ANoteLaidOutAsTheStandardSaysPasses) {
    // The attachment's own page after the date (附件1 and its text) is not the note.
    EXPECT_TRUE(test::findingsOf("format.attachment-note", test::fixtureDocument("rules/format.attachment-note/right.txt")).empty());
    EXPECT_TRUE(noteFindings("附件：某某县农业农村局机关支部创建工作方案（试行）").empty());  // one attachment, no number
}

TEST(FormatAttachmentNote, EachProblemIsOneFindingWithItsFix) {
    const auto findings =
        test::findingsOf("format.attachment-note", test::fixtureDocument("rules/format.attachment-note/wrong.txt"));
    ASSERT_EQ(findings.size(), 6u);
    EXPECT_EQ(findings[0].messageKey, "format.attachment-note.blank-line");  // right below the body
    EXPECT_EQ(findings[0].paragraph, 3);
    EXPECT_EQ(findings[0].place.start, 0);
    EXPECT_EQ(findings[0].place.length, 3);
    EXPECT_FALSE(findings[0].fix);
    EXPECT_EQ(findings[1].messageKey, "format.attachment-note.colon");
    EXPECT_EQ(findings[1].found, "附件:");
    EXPECT_EQ(findings[1].expected, "附件：");
    EXPECT_EQ(findings[1].fix->text, (std::vector<TextEdit>{{3, 0, 3, "附件："}}));
    EXPECT_EQ(findings[2].messageKey, "format.attachment-note.marker");
    EXPECT_EQ(findings[2].found, "1、");
    EXPECT_EQ(findings[2].expected, "1.");
    EXPECT_EQ(findings[2].fix->text, (std::vector<TextEdit>{{3, 3, 2, "1."}}));
    EXPECT_EQ(findings[3].messageKey, "format.attachment-note.punctuation");
    EXPECT_EQ(findings[3].found, "；");
    EXPECT_EQ(findings[3].fix->text, (std::vector<TextEdit>{{3, 23, 1, ""}}));
    EXPECT_EQ(findings[4].paragraph, 4);
    EXPECT_EQ(findings[4].found, "。");
    EXPECT_EQ(findings[4].place.start, 19);
    EXPECT_EQ(findings[5].paragraph, 5);
    EXPECT_EQ(findings[5].messageKey, "format.attachment-note.number");
    EXPECT_EQ(findings[5].found, "4.");
    EXPECT_EQ(findings[5].expected, "3.");
    EXPECT_EQ(findings[5].fix->text, (std::vector<TextEdit>{{5, 0, 2, "3."}}));
}

TEST(FormatAttachmentNote, NumbersOfSeveralAttachments) {
    // Full-width digits and stops, brackets and spaces after the number are the wrong form.
    const auto forms = noteFindings("附件：１．甲方案\n(2)乙清单\n3. 丙名册");
    ASSERT_EQ(forms.size(), 3u);
    EXPECT_EQ(forms[0].found, "１．");
    EXPECT_EQ(forms[1].found, "(2)");
    EXPECT_EQ(forms[2].found, "3. ");
    for (const Finding& finding : forms) EXPECT_EQ(finding.messageKey, "format.attachment-note.marker");
    // An unnumbered first attachment with numbered ones after it: "1." is inserted before its name.
    const auto missing = noteFindings("附件：甲方案\n2.乙清单");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].found, "");
    EXPECT_EQ(missing[0].expected, "1.");
    EXPECT_EQ(missing[0].place.start, 3);
    EXPECT_EQ(missing[0].place.length, 1);
    EXPECT_EQ(missing[0].fix->text, (std::vector<TextEdit>{{4, 3, 0, "1."}}));
}

TEST(FormatAttachmentNote, OneAttachmentEndsWithoutPunctuationToo) {
    const auto findings = noteFindings("附件：某某县农业农村局机关支部创建工作方案。 ");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].found, "。");
    EXPECT_EQ(findings[0].place.start, 21);  // the mark, not the space after it
}

TEST(FormatAttachmentNote, OnlyANoteAfterTheBodyAndBeforeTheDateIsChecked) {
    // 附件: in the opening lines and after the date are not the note.
    const Document document = documentFromText(
        "附件:通知\n关于申报示范点的请示\n现将申报材料一并报上，请予审批。\n\n某某县农业农村局\n2021年7月5日\n附件:1、甲方案。\n", "elsewhere");
    EXPECT_TRUE(test::findingsOf("format.attachment-note", document).empty());
}

TEST(FormatAttachmentNote, TwentyMegabyteParagraphsAreCheckedInLinearTime) {
    std::string name = "附件:1、";
    while (name.size() < 20'000'000) name += "某某县农业农村局机关支部创建工作方案";
    Document document = documentFromText(kBody + "x\n2.乙清单\n" + kClosing, "huge");
    document.paragraphs[4].text = name + "。" + std::string(1'000'000, ' ');
    const auto timed = test::runRuleAlone("format.attachment-note", document);
    EXPECT_EQ(timed.findings.size(), 3u);  // the colon, the number's form, the full stop
    EXPECT_LT(timed.seconds, 5.0);  // linear: 0.1 s, 1.5 s in the sanitizers' build; quadratic: hours
}

TEST(FormatAttachmentNote, TheMessageNamesTheClause) {
    EXPECT_EQ(test::chineseMessagesOf("format.attachment-note", documentFromText(kBody + "附件:甲方案" + kClosing, "note")),
              std::vector<std::string>{"附件说明中“附件”后应使用全角冒号（GB/T 9704—2012 7.3.4）：“附件:”应为“附件：”。"});
}

}  // namespace
}  // namespace reportkit
