#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "fixes.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

// A short report whose last paragraph is `dateLine`, after its signature.
Document reportDatedAs(const std::string& dateLine) {
    return documentFromText("关于2021年度工作情况的报告\n今年以来，我局认真落实各项部署。\n\n某某县农业农村局\n" + dateLine + "\n",
                            "dated");
}

TEST(FormatDate, AStandardDateAndDatesOutsideTheDateLinePass) {
    // 2021年07月01日 under the title and 2021年01月05日 in a sentence are not the 成文日期.
    EXPECT_TRUE(test::findingsOf("format.date", test::fixtureDocument("rules/format.date/right.txt")).empty());
}

TEST(FormatDate, LeadingZerosAreDroppedWithoutTheSpacesAroundTheDate) {
    const Document document = test::fixtureDocument("rules/format.date/leading-zeros.txt");
    const auto findings = test::findingsOf("format.date", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, 9);
    EXPECT_EQ(findings[0].severity, Severity::warning);
    EXPECT_EQ(findings[0].found, "2021年07月05日");
    EXPECT_EQ(findings[0].expected, "2021年7月5日");
    EXPECT_EQ(findings[0].place.start, 16);   // after the spaces that place it, before the one after it
    EXPECT_EQ(findings[0].place.length, 11);
    EXPECT_EQ(findings[0].fix->text, (std::vector<TextEdit>{{9, 16, 11, "2021年7月5日"}}));
    Document fixed = document;
    applyTextEdits(fixed, findings[0].fix->text);
    EXPECT_EQ(fixed.paragraphs[9].text, "                2021年7月5日 ");
}

TEST(FormatDate, EveryWrongFormBecomesArabicNumeralsWithoutLeadingZeros) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"2021年07月05日", "2021年7月5日"},   {"二〇二一年七月五日", "2021年7月5日"},
        {"二○二一年十二月三十一日", "2021年12月31日"}, {"二零二一年十月二十日", "2021年10月20日"},
        {"二O二一年七月五日", "2021年7月5日"}, {"2021年七月五日", "2021年7月5日"},
        {"2021.7.5", "2021年7月5日"},         {"2021-07-05", "2021年7月5日"},
        {"2021/7/5", "2021年7月5日"},         {"２０２１年７月５日", "2021年7月5日"},
        {"2021．7．5", "2021年7月5日"}};
    for (const auto& [written, standard] : cases) {
        const auto findings = test::findingsOf("format.date", reportDatedAs(written));
        ASSERT_EQ(findings.size(), 1u) << written;
        EXPECT_EQ(findings[0].messageKey, "format.date") << written;
        EXPECT_EQ(findings[0].found, written);
        EXPECT_EQ(findings[0].expected, standard);
        ASSERT_TRUE(findings[0].fix) << written;
        EXPECT_EQ(findings[0].fix->text.at(0).replacement, standard);
    }
}

TEST(FormatDate, AYearNotInFullIsShownInThisCenturyButNotFixed) {
    const auto findings = test::findingsOf("format.date", reportDatedAs("21年7月5日"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].messageKey, "format.date.short-year");
    EXPECT_EQ(findings[0].expected, "2021年7月5日");
    EXPECT_FALSE(findings[0].fix);
}

TEST(FormatDate, WhatIsNotADateLineIsLeftAlone) {
    for (const std::string line : {"2021年7月", "2021年13月5日", "2021年7月5日上午", "2021.7", "21.7.5", "2021-7/5", "某某县农业农村局"})
        EXPECT_TRUE(test::findingsOf("format.date", reportDatedAs(line)).empty()) << line;
    // A date before any sentence of the body is under the title, not the date of the document.
    EXPECT_TRUE(test::findingsOf("format.date", documentFromText("讲话提纲\n二〇二一年七月五日\n同志们：\n", "speech")).empty());
}

TEST(FormatDate, ATemplateWithAnotherFormatWritesItsOwnDates) {
    Template plain;
    plain.id = "plain";
    plain.version = "1";
    plain.format.base = "plain";
    const auto report = checkDocument(reportDatedAs("2021-07-05"), &plain, TemplateSource::option);
    for (const Finding& finding : report.findings) EXPECT_NE(finding.rule, "format.date");
}

TEST(FormatDate, TwentyMegabyteParagraphsAreCheckedInLinearTime) {
    std::string body;
    while (body.size() < 20'000'000) body += "2021年07月05日，我局召开会议，部署二〇二一年下半年工作。";
    Document document = reportDatedAs("2021年07月05日");
    document.paragraphs[1].text = body;                    // a sentence full of dates: no date line
    document.paragraphs[3].text = std::string(20'000'000, ' ') + "某某县农业农村局";
    const auto timed = test::runRuleAlone("format.date", document);
    ASSERT_EQ(timed.findings.size(), 1u);
    EXPECT_EQ(timed.findings[0].paragraph, 4);
    EXPECT_LT(timed.seconds, 5.0);  // linear: 0.1 s, 1.5 s in the sanitizers' build; quadratic: hours
}

TEST(FormatDate, TheMessageNamesTheClause) {
    EXPECT_EQ(test::chineseMessagesOf("format.date", reportDatedAs("2021-07-05")),
              std::vector<std::string>{
                  "成文日期应使用阿拉伯数字，年份写全，月、日不编虚位（GB/T 9704—2012 7.3.5）：“2021-07-05”应为“2021年7月5日”。"});
}

}  // namespace
}  // namespace reportkit
