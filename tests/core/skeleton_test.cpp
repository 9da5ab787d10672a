#include <algorithm>

#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "report.hpp"
#include "skeleton.hpp"

namespace reportkit {
namespace {

constexpr Date kToday{2026, 11, 25};

// The skeleton as the text a writer would see, a paragraph a line, prompts in place.
Document asDocument(const std::vector<SkeletonParagraph>& skeleton) {
    std::string text;
    for (const SkeletonParagraph& paragraph : skeleton) text += paragraph.text + paragraph.prompt + "\n";
    return documentFromText(text, "skeleton");
}

TEST(Skeleton, PromptsAreInTheLanguageOfTheReportNotOfTheInterface) {
    for (const Template& kind : test::builtInTemplates().templates)
        EXPECT_EQ(reportLanguage(kind), kind.id == "plain-report-en" ? "en" : "zh-CN") << kind.id;
}

TEST(Skeleton, PartyBranchReportHasTitleHeadingsAndPrompts) {
    const Template& party = *test::builtInTemplates().find("party-branch-secretary-report");
    const VariableValues variables = resolveVariables(party, {{"unit", "某某党支部"}, {"name", "张三"}}, kToday);
    EXPECT_TRUE(variables.problems.empty());
    EXPECT_EQ(variables.values.at("year"), "2026");
    EXPECT_EQ(variables.values.at("date"), "2026年11月25日");

    const auto skeleton = buildSkeleton(party, variables.values, "zh-CN");
    ASSERT_GE(skeleton.size(), 8u);
    EXPECT_EQ(skeleton[0].role, TextRole::title);
    EXPECT_EQ(skeleton[0].text, "某某党支部书记2026年度抓党建工作述职报告");
    EXPECT_EQ(skeleton[0].align, FrameParagraph::Align::centre);
    std::vector<std::string> headings;
    for (const SkeletonParagraph& paragraph : skeleton) {
        if (paragraph.role == TextRole::body) continue;
        EXPECT_EQ(paragraph.outlineLevel, paragraph.role == TextRole::title ? 0 : 1) << paragraph.text;
    }
    for (const SkeletonParagraph& paragraph : skeleton)
        if (paragraph.outlineLevel == 1) {
            headings.push_back(paragraph.text);
            EXPECT_EQ(paragraph.role, TextRole::heading1);
        }
    EXPECT_EQ(headings, (std::vector<std::string>{"一、履职情况", "二、存在问题", "三、下步打算"}));
    // Each heading is followed by its prompt, and the prompts are in the locale's language.
    const auto heading = std::find_if(skeleton.begin(), skeleton.end(),
                                      [](const SkeletonParagraph& p) { return p.text == "二、存在问题"; });
    ASSERT_NE(heading + 1, skeleton.end());
    EXPECT_EQ((heading + 1)->prompt, party.sections[1].prompt.in("zh-CN"));
    const auto english = buildSkeleton(party, variables.values, "en");
    const auto firstPrompt = std::find_if(english.begin(), english.end(),
                                          [](const SkeletonParagraph& p) { return !p.prompt.empty(); });
    ASSERT_NE(firstPrompt, english.end());
    EXPECT_EQ(firstPrompt->prompt.substr(0, 12), "Sum up in a ");
}

TEST(Skeleton, ALongTitleBreaksBetweenWordsIntoEvenLines) {
    const Template& party = *test::builtInTemplates().find("party-branch-secretary-report");
    const auto titleFor = [&](const std::string& unit) {
        const VariableValues variables = resolveVariables(party, {{"unit", unit}, {"name", "张三"}}, kToday);
        return buildSkeleton(party, variables.values, "zh-CN").at(0).text;
    };
    // 20 characters of 二号 fit the 156 mm line: one line.
    EXPECT_EQ(titleFor("某某党支部"), "某某党支部书记2026年度抓党建工作述职报告");
    // Longer: after the secretary, not inside 述职报告 or before 书记.
    EXPECT_EQ(titleFor("中共某某市某某区财政局机关党支部"), "中共某某市某某区财政局机关党支部书记\n2026年度抓党建工作述职报告");
    // Around 关于 and after 的; Latin and digits count half a character.
    EXPECT_EQ(breakTitle("某某市人民政府办公室关于进一步加强和改进新时代基层党建工作的请示", {}, 20),
              "某某市人民政府办公室关于\n进一步加强和改进新时代基层党建工作的请示");
    EXPECT_EQ(breakTitle("关于2023年度工作的报告", {}, 20), "关于2023年度工作的报告");
    // No word boundary gives lines that fit: left to Writer.
    EXPECT_EQ(breakTitle("一二三四五六七八九十一二三四五六七八九十一二三", {}, 20), "一二三四五六七八九十一二三四五六七八九十一二三");
}

TEST(Skeleton, SubSectionsAreNumberedUnderTheirParentAndRunInWhereTheTemplateSays) {
    std::vector<TemplateProblem> problems;
    Template t;
    ASSERT_TRUE(loadTemplateFile(test::fixturePath("templates/skeleton.xml"), t, problems));
    const auto values = resolveVariables(t, {{"unit", "市发展改革委"}}, kToday);
    const auto skeleton = buildSkeleton(t, values.values, "zh-CN");
    std::vector<std::string> texts;
    for (const SkeletonParagraph& p : skeleton) texts.push_back(p.text + (p.prompt.empty() ? "" : "▢" + p.prompt));
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "市发展改革委2026年度调研报告",
                         "市委办公室：",
                         "▢概述调研的背景和方法。",
                         "一、基本情况",
                         "（一）主要数据。▢列出关键数据。",
                         "二、对策建议",
                         "（一）▢用一句话写明这条建议。",
                         "（二）▢用一句话写明这条建议。",
                         "市发展改革委",
                         "2026年11月25日",
                     }));
    EXPECT_TRUE(skeleton[4].runIn);
    EXPECT_EQ(skeleton[4].outlineLevel, 2);
    EXPECT_EQ(skeleton[4].role, TextRole::body);
    EXPECT_EQ(skeleton[6].role, TextRole::heading2);  // an item of a section not run-in is a heading
    EXPECT_EQ(skeleton[6].outlineLevel, 2);
    EXPECT_EQ(skeleton[9].align, FrameParagraph::Align::right);
}

TEST(Skeleton, VariablesMustBeKnownAndRequiredOnesGiven) {
    const Template& party = *test::builtInTemplates().find("party-branch-secretary-report");
    const auto values = resolveVariables(party, {{"colour", "red"}}, kToday);
    EXPECT_EQ(values.problems, (std::vector<std::pair<std::string, std::string>>{
                                   {"new.error.unknown-variable", "colour"},
                                   {"new.error.missing-variable", "unit"},
                                   {"new.error.missing-variable", "name"}}));
    EXPECT_EQ(substitute("{a}与{b}{c", {{"a", "甲"}}), "甲与{b}{c");
}

// Every built-in kind: its skeleton, checked against its own template, has every required section,
// no numbering finding, and each of its prompts reported as unfilled.
TEST(Skeleton, EveryBuiltInSkeletonPassesItsOwnNumberingAndStructureChecks) {
    for (const Template& t : test::builtInTemplates().templates) {
        SCOPED_TRACE(t.id);
        std::map<std::string, std::string> given;
        for (const VariableSpec& variable : t.variables) given[variable.id] = "甲";
        const auto skeleton = buildSkeleton(t, resolveVariables(t, given, kToday).values, "zh-CN");
        const DocumentReport report = checkDocument(asDocument(skeleton), &t, TemplateSource::option);
        int prompts = 0;
        for (const SkeletonParagraph& paragraph : skeleton) prompts += !paragraph.prompt.empty();
        int placeholders = 0;
        for (const Finding& finding : report.findings) {
            if (finding.rule == "structure.placeholder") ++placeholders;
            else if (finding.rule != "topic.missing") ADD_FAILURE() << finding.rule << " at " << finding.paragraph;
        }
        EXPECT_EQ(placeholders, prompts);
        for (const SectionResult& section : report.sections) EXPECT_TRUE(section.present) << section.id;
    }
}

// On a computer with none of GB/T 9704's fonts, each family is named once, with two other names it
// is installed under, in both languages and whole; with one of a chain's names installed, that
// family is not missing; with all, there is nothing to say.
TEST(Skeleton, MissingFontsAreEachNamedWithWhatToInstall) {
    const FormatProfile profile = *baseProfile("gbt9704");
    const auto missing = missingFamilies(profile, {"Noto Serif CJK SC", "DejaVu Sans"});
    std::vector<std::string> names;
    for (const auto& family : missing) names.push_back(family.front());
    EXPECT_EQ(names, (std::vector<std::string>{"方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"}));
    const MessageCatalog chinese = MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN");
    EXPECT_EQ(missingFontsMessage(missing, chinese),
              "本机缺少公文所用的字体：方正小标宋简体（或 方正小标宋_GBK、FZXiaoBiaoSong-B05S）、黑体（或 SimHei、方正黑体_GBK）、"
              "楷体_GB2312（或 楷体、KaiTi）、仿宋_GB2312（或 仿宋、FangSong）、宋体（或 SimSun、方正书宋_GBK）。"
              "请逐一安装（每种装有所列任一名称即可）。安装之前，本机以其他字体代为显示；文档样式仍使用规定的字体名，"
              "在装有这些字体的电脑上显示正确。");
    const MessageCatalog english = MessageCatalog::load(test::sourcePath("extension/messages"), "en");
    const std::string message = missingFontsMessage(missing, english);
    EXPECT_EQ(message.rfind("This computer lacks fonts that official documents use: 方正小标宋简体 (or 方正小标宋_GBK, "
                            "FZXiaoBiaoSong-B05S), 黑体 (or SimHei, 方正黑体_GBK), ", 0), 0u) << message;

    const auto some = missingFamilies(profile, {"FangSong", "SimHei", "KaiTi", "SimSun"});
    ASSERT_EQ(some.size(), 1u);
    EXPECT_EQ(some[0].front(), "方正小标宋简体");
    EXPECT_TRUE(missingFontsMessage(missingFamilies(profile, {"FangSong", "SimHei", "KaiTi", "SimSun", "小标宋"}), english).empty());
}

}  // namespace
}  // namespace reportkit
