#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(NumberingLevel, OrphanInvertedSkippedAndTooDeep) {
    const auto findings =
        test::findingsOf("numbering.level", test::fixtureDocument("rules/numbering.level/misplaced-levels.txt"));
    std::vector<std::tuple<int, std::string, std::string, std::string>> got;
    for (const Finding& f : findings) got.emplace_back(f.paragraph, f.messageKey, f.found, f.expected);
    EXPECT_EQ(got, (std::vector<std::tuple<int, std::string, std::string, std::string>>{
                       {0, "numbering.level.orphan", "（一）", "一、"},
                       {3, "numbering.level.inverted", "（一）", "1."},
                       {5, "numbering.level.skipped", "（1）", "（一）"},
                       {10, "numbering.level.too-deep", "①", "一是"}}));
    // 一、 then 1. (paragraph 2) is common practice and passes.
}

TEST(NumberingLevel, AListOfNumberedSentencesNeedsNoLevelAboveIt) {
    const Document notice = test::fixtureDocument("rules/numbering.level/sentence-list-notice.txt");
    EXPECT_TRUE(test::findingsOf("numbering.level", notice).empty());
    EXPECT_TRUE(test::findingsOf("heading.punctuation", notice).empty());
}

TEST(NumberingLevel, NoSkippingAtAllWhenTheSchemeSaysSo) {
    std::vector<TemplateProblem> problems;
    Template strict;
    ASSERT_TRUE(parseTemplate(R"(<template format="1" id="strict" version="1"><numbering scheme="gbt9704" skip="none"/></template>)",
                              "strict.xml", strict, problems));
    const Document document = documentFromText("一、主要工作\n1.完善制度\n", "strict.txt");
    const auto report = checkDocument(document, &strict, TemplateSource::option);
    ASSERT_EQ(report.findings.size(), 1u);
    EXPECT_EQ(report.findings[0].messageKey, "numbering.level.skipped");
    EXPECT_EQ(report.findings[0].paragraph, 1);
}

TEST(NumberingLevel, ARegulationMayGoFromChapterToArticle) {
    const Document document = documentFromText("第一章　总则\n第一条　为了规范管理，制定本办法。\n", "regulation.txt");
    EXPECT_TRUE(test::findingsOf("numbering.level", document).empty());
}

}  // namespace
}  // namespace reportkit
