// structure.missing-section, structure.order and topic.missing against the party-branch template.
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "../fixtures.hpp"
#include "keyword_matcher.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

DocumentReport checkWithPartyTemplate(const Document& document) {
    DocumentReport report =
        checkDocument(document, test::builtInTemplates().find("party-branch-secretary-report"), TemplateSource::option);
    localise(report, MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN"));
    return report;
}

// The kind a document of this text is taken for, or "none".
std::string detected(const std::string& text) {
    const TemplateChoice found = chooseTemplate(test::builtInTemplates(), documentFromText(text, "kind.txt"), "");
    return found.chosen ? found.chosen->id : std::string("none");
}

std::vector<Finding> of(const DocumentReport& report, const std::string& rule) {
    std::vector<Finding> result;
    for (const Finding& finding : report.findings)
        if (finding.rule == rule) result.push_back(finding);
    return result;
}

TEST(Structure, OurSampleHasEverySectionAndTopicWhereTheyBelong) {
    const auto report = checkWithPartyTemplate(
        documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023.txt")), "sample"));
    EXPECT_TRUE(report.findings.empty());
    ASSERT_EQ(report.sections.size(), 3u);
    EXPECT_EQ(report.sections[0].paragraph, 2);
    EXPECT_EQ(report.sections[1].paragraph, 7);
    EXPECT_EQ(report.sections[2].paragraph, 11);
    EXPECT_EQ(report.sectionsPresent(), 3);
    EXPECT_EQ(report.topicsCovered(), 4);
    ASSERT_EQ(report.topics.size(), 4u);
    EXPECT_EQ(report.topics[0].paragraphs, (std::vector<int>{3}));     // 理论学习: （一）
    EXPECT_EQ(report.topics[3].paragraphs, (std::vector<int>{6}));     // 党风廉政: （四）
    // 其次… and 组织生活 in 存在问题 (paragraph 9) are outside 履职情况, where the topics must be.
    EXPECT_EQ(report.topics[1].paragraphs, (std::vector<int>{4}));
}

TEST(Structure, TheRealReferenceReportIsComplete) {
    const std::string reference = std::string(REPORTKIT_SHARED_DIR) + "/reference/party-branch-report-2021.txt";
    if (!std::filesystem::exists(reference)) GTEST_SKIP() << "no shared reference beside the checkout";
    const auto report = checkWithPartyTemplate(documentFromText(test::readFile(reference), "reference"));
    EXPECT_TRUE(report.findings.empty());
    EXPECT_EQ(report.sectionsPresent(), 3);
    EXPECT_EQ(report.topicsCovered(), 4);
}

TEST(TopicMissing, WithoutItsParagraphOnDisciplineIntegrityIsMissing) {
    const auto report = checkWithPartyTemplate(test::fixtureDocument("rules/topic.missing/no-discipline.txt"));
    const auto missing = of(report, "topic.missing");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].expected, "integrity");
    EXPECT_EQ(missing[0].paragraph, 2);  // the section it belongs in
    EXPECT_EQ(missing[0].message, "报告未写到“党风廉政”：写明落实中央八项规定精神、廉政教育、纪律作风建设的情况。");
    EXPECT_EQ(report.topicsCovered(), 3);
    EXPECT_FALSE(report.topics[3].covered);
}

TEST(StructureMissingSection, WithoutItsProblemsTheSectionIsMissing) {
    const auto report = checkWithPartyTemplate(test::fixtureDocument("rules/structure.missing-section/no-problems.txt"));
    const auto missing = of(report, "structure.missing-section");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].paragraph, -1);
    EXPECT_EQ(missing[0].expected, "存在问题");
    EXPECT_EQ(missing[0].message, "缺少必备章节“存在问题”。");
    EXPECT_FALSE(report.sections[1].present);
    EXPECT_EQ(report.sectionsPresent(), 2);
    EXPECT_EQ(report.findings.size(), 1u);
}

// A heading at the section's level that names no section may be the writer's own words for it: the
// section is "not found", a warning, with the headings looked at.
TEST(StructureMissingSection, UnderHeadingsInOtherWordsItIsNotFoundNotMissing) {
    const auto report = checkWithPartyTemplate(test::fixtureDocument("rules/structure.missing-section/own-words.txt"));
    const auto missing = of(report, "structure.missing-section");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].severity, Severity::warning);
    EXPECT_EQ(missing[0].messageKey, "structure.missing-section.not-found");
    EXPECT_EQ(missing[0].expected, "存在问题");
    EXPECT_EQ(missing[0].found, "二、工作中的短处和原因");
    EXPECT_EQ(missing[0].message, "未找到必备章节“存在问题”：同级标题“二、工作中的短处和原因”都不像它。若已用别的说法写了这一章节，可以不理会。");
}

TEST(StructureMissingSection, WithoutHeadingsAtItsLevelNothingIsSurelyMissing) {
    const auto report = checkWithPartyTemplate(documentFromText(
        "某某党支部书记述职报告\n一年来，我认真履行抓党建的责任，抓班子带队伍。\n明年，我将继续抓好支部建设。\n", "k.txt"));
    const auto missing = of(report, "structure.missing-section");
    ASSERT_EQ(missing.size(), 3u);
    for (const Finding& finding : missing) {
        EXPECT_EQ(finding.severity, Severity::warning);
        EXPECT_EQ(finding.messageKey, "structure.missing-section.no-headings");
    }
    EXPECT_EQ(missing[0].message, "未找到必备章节“履职情况”：文中没有这一级的标题可看。若已在正文中写到，可以不理会。");
}

// A plan whose chapters are its tasks (一、总体要求 二、加强… 三、推进… 四、保障措施) has its tasks.
TEST(Structure, ASectionWrittenAsChaptersIsAtItsChapters) {
    const Document document = test::fixtureDocument("rules/structure.missing-section/tasks-as-chapters.txt");
    const StructureAnalysis plan =
        analyseStructure(document, analyseNumbering(document, detectScheme(document)), *test::builtInTemplates().find("work-plan"));
    const auto tasks = std::find_if(plan.sections.begin(), plan.sections.end(),
                                    [](const SectionMatch& s) { return s.spec->id == "tasks"; });
    ASSERT_TRUE(tasks->present);
    EXPECT_TRUE(tasks->chapters);
    EXPECT_EQ(tasks->paragraph, 4);
    EXPECT_EQ(tasks->end, 10);   // through both chapters, to 四、保障措施
    EXPECT_EQ(tasks->items, 4);  // the （一）（二） under each chapter
    const auto report = checkDocument(document, test::builtInTemplates().find("work-plan"), TemplateSource::option);
    EXPECT_EQ(of(report, "structure.missing-section").size(), 0u);
    EXPECT_EQ(of(report, "structure.order").size(), 0u);
}

TEST(StructureOrder, PlansBeforeProblems) {
    const auto report = checkWithPartyTemplate(test::fixtureDocument("rules/structure.order/plans-first.txt"));
    const auto order = of(report, "structure.order");
    ASSERT_EQ(order.size(), 1u);
    EXPECT_EQ(order[0].found, "下步打算");
    EXPECT_EQ(order[0].expected, "存在问题");
    EXPECT_EQ(order[0].paragraph, 7);
}

TEST(Structure, AliasesAndAutomaticHeadingsCount) {
    Document document;
    document.paragraphs = {Paragraph{"主要工作及履职情况", 1, "Heading 1", "一、", 0, false, {}},
                           Paragraph{"二、存在的问题和不足", 0, "", "", -1, false, {}}, Paragraph{"三、下一步打算", 0, "", "", -1, false, {}}};
    const auto report = checkWithPartyTemplate(document);
    EXPECT_EQ(report.sectionsPresent(), 3);
    EXPECT_EQ(report.sections[0].paragraph, 0);
}


TEST(TemplateDetection, TheBestMatchOfTheHeadings) {
    const Document sample =
        documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023.txt")), "sample");
    const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), sample, "");
    ASSERT_NE(choice.chosen, nullptr);
    EXPECT_EQ(choice.chosen->id, "party-branch-secretary-report");
    EXPECT_EQ(choice.source, TemplateSource::detected);

    // One matching heading is not enough to take a document for any kind.
    const Document other = documentFromText("一、项目概况\n二、存在问题\n三、资金安排\n", "other.txt");
    EXPECT_EQ(chooseTemplate(test::builtInTemplates(), other, "").chosen, nullptr);

    // Kinds that share headings: the one with most sections found, then the one with fewest missing.
    EXPECT_EQ(detected("关于农村集体经济的调研报告\n一、基本情况\n二、存在问题\n三、意见建议\n"), "research-report");
    // Without a title, headings that fit a self-inspection and a situation report alike are neither.
    const TemplateChoice alike = chooseTemplate(test::builtInTemplates(), documentFromText("一、基本情况\n二、存在问题\n三、意见建议\n", "k.txt"), "");
    EXPECT_EQ(alike.chosen, nullptr);
    EXPECT_EQ(alike.evidence.likely,
              (std::vector<std::string>{"self-inspection-report", "situation-report", "research-report"}));
    EXPECT_EQ(detected("一、履职情况\n二、廉洁自律情况\n三、存在问题\n四、努力方向\n"), "duty-and-integrity-report");
    EXPECT_EQ(detected("一、查摆问题\n二、原因分析\n三、整改措施\n"), "democratic-life-meeting-review");
    EXPECT_EQ(detected("1 Summary\n2 Background\n3 Findings\n4 Recommendations\n"), "plain-report-en");
}


// Without a title naming a kind, the first lines may: the preamble's formula, the closing formula
// under an addressee, a heading only one kind has; a cover notice names the document it issues.
TEST(TemplateDetection, TheFirstLinesNameAKind) {
    const std::string twoParts = "一、履职情况\n全年召开支委会12次。\n二、下一步打算\n继续抓好学习。\n";
    EXPECT_EQ(detected(twoParts), "none");  // two of three sections are not enough
    EXPECT_EQ(detected("按照要求，现将本人一年来抓党建工作的情况报告如下：\n" + twoParts), "party-branch-secretary-report");
    // A 述职 is the secretary's own: a unit's account of its Party work is no 述职.
    EXPECT_EQ(detected("现将我镇今年抓党建工作的情况汇报如下：\n" + twoParts), "none");
    // The opening names one kind, the headings fit another one only: neither.
    EXPECT_EQ(detected("现将本年度工作总结如下：\n一、履职情况\n二、存在问题\n三、下步打算\n"), "none");

    const std::string ask = "今年汛期将至，防汛物资储备不足，需购置编织袋等物资，约需经费8万元。\n妥否，请批示。\n县水利局\n2024年4月2日\n";
    EXPECT_EQ(detected(ask), "none");  // a closing formula with nobody addressed is no 请示
    EXPECT_EQ(detected("县财政局：\n" + ask), "request-for-instructions");
    EXPECT_EQ(detected("县人民政府：\n为改善办公条件，现申请解决车辆购置经费20万元。\n县统计局\n2024年5月6日\n"),
              "request-for-instructions");

    EXPECT_EQ(detected("今年以来，全镇各项工作稳步推进。\n一、上半年工作完成情况\n完成招商项目3个。\n"), "annual-work-summary");
    EXPECT_EQ(detected("一、“四风”方面存在的问题\n1.调查研究不深入。\n2.文山会海仍然存在。\n"),
              "democratic-life-meeting-review");
    EXPECT_EQ(detected("会议时间：2024年3月8日上午\n会议地点：镇政府三楼会议室\n主持人：李某某\n"
                       "会议议定了如下事项：\n一、同意实施镇区道路改造工程。\n"),
              "meeting-minutes");
    EXPECT_EQ(detected("根据县委统一部署，现将巡察反馈问题整改进展情况报告如下：\n截至目前，已完成整改20项。\n"),
              "rectification-report");
}

TEST(TemplateDetection, UnderACoverNoticeTheIssuedDocumentIsTheReport) {
    const std::string notice =
        "各乡镇人民政府，县直各单位：\n现将《某某县农村人居环境整治提升工作方案》印发给你们，请遵照执行。\n"
        "某某县人民政府办公室\n2024年2月20日\n（此件公开发布）\n某某县农村人居环境整治提升工作方案\n"
        "为持续改善农村人居环境，结合我县实际，制定本方案。\n一、总体要求\n到2025年底，村庄保洁实现全覆盖。\n"
        "二、重点任务\n（一）推进农村厕所改造。\n";
    const Document document = documentFromText(notice, "notice.txt");
    const Outline outline = findOutline(document, analyseNumbering(document, detectScheme(document)));
    EXPECT_TRUE(outline.addressed);
    EXPECT_EQ(outline.issuedTitle, foldText("某某县农村人居环境整治提升工作方案"));
    const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
    ASSERT_NE(choice.chosen, nullptr);
    EXPECT_EQ(choice.chosen->id, "work-plan");
    // A document cited, not issued, is no title: 贯彻落实《…》精神.
    const Document citing =
        documentFromText("为贯彻落实《关于印发某某规划的通知》精神，现将有关情况报告如下：\n一、基本情况\n", "c.txt");
    EXPECT_TRUE(findOutline(citing, analyseNumbering(citing, detectScheme(citing))).issuedTitle.empty());
}

TEST(TemplateDetection, OfTwoKindsATitleNamesAlikeTheCloserWordsThenTheBetterFit) {
    // 情况…报告 and 调研报告 match as many characters; 调研报告 are together, the kind's name.
    EXPECT_EQ(detected("某镇农村电商发展情况调研报告\n一、基本情况\n二、存在的问题\n"), "research-report");
    // 行动方案 names a work plan and an implementation plan: its 实施步骤 make it the latter.
    const std::string plan = "某某县全民健身三年行动方案\n一、主要目标\n二、重点任务\n";
    EXPECT_EQ(detected(plan + "三、保障措施\n"), "work-plan");
    EXPECT_EQ(detected(plan + "三、实施步骤\n四、保障措施\n"), "implementation-plan");
}

TEST(TemplateDetection, ARecordedTemplateHoldsWhileAnyOfItsSectionsIsThere) {
    Document document = documentFromText("一、项目概况\n二、资金安排\n三、进度计划\n", "other.txt");
    document.recordedTemplateId = "party-branch-secretary-report";
    // The skeleton was undone and another report typed: the record no longer describes it.
    EXPECT_EQ(chooseTemplate(test::builtInTemplates(), document, "").chosen, nullptr);
    EXPECT_EQ(checkDocument(document, chooseTemplate(test::builtInTemplates(), document, "").chosen, TemplateSource::none)
                  .findings.size(),
              0u);
    // One of its sections, written: the recorded kind holds, and the others are missing.
    document.paragraphs[1].text = "二、存在问题";
    const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
    ASSERT_NE(choice.chosen, nullptr);
    EXPECT_EQ(choice.chosen->id, "party-branch-secretary-report");
    EXPECT_EQ(choice.source, TemplateSource::recorded);
}

TEST(Topics, GroupsExclusionsMinimumMentionsAndQuantity) {
    std::vector<TemplateProblem> problems;
    Template kind;
    ASSERT_TRUE(parseTemplate(R"(<template format="1" id="t" version="1">
      <sections><section id="work" level="1"><heading>主要工作</heading></section></sections>
      <topics>
        <topic id="study" in="work" min-mentions="2"><name lang="zh-CN">学习</name><any>集体学习 专题党课</any><exclude>学习强国</exclude></topic>
        <topic id="count" in="work" evidence="quantity"><name lang="zh-CN">次数</name><any>集体学习</any><any>组织 开展</any></topic>
        <topic id="anywhere" required="false"><name lang="zh-CN">任意</name><any>意见</any></topic>
      </topics></template>)",
                              "t.xml", kind, problems))
        << (problems.empty() ? "" : problems[0].messageKey);
    const Document document = documentFromText(
        "一、主要工作\n组织集体学习12次。\n在学习强国上开展集体学习。\n讲授专题党课。\n二、其他\n征求意见。\n", "t.txt");
    const auto report = checkDocument(document, &kind, TemplateSource::option);
    ASSERT_EQ(report.topics.size(), 3u);
    EXPECT_EQ(report.topics[0].paragraphs, (std::vector<int>{1, 3}));  // 学习强国 excludes paragraph 2
    EXPECT_TRUE(report.topics[0].covered);
    EXPECT_EQ(report.topics[1].paragraphs, (std::vector<int>{1}));  // both groups, and a quantity
    EXPECT_EQ(report.topics[2].paragraphs, (std::vector<int>{5}));  // no section: anywhere
    EXPECT_EQ(report.topicsRequired(), 2);

    Template bad;
    EXPECT_FALSE(parseTemplate(R"(<template format="1" id="b" version="1"><topics><topic id="x" in="nowhere"><any>词</any></topic></topics></template>)",
                               "b.xml", bad, problems));
    EXPECT_EQ(problems.back().messageKey, "template.error.topic");
}

}  // namespace
}  // namespace reportkit

namespace reportkit {
namespace {

const SectionMatch& sectionOf(const StructureAnalysis& structure, const std::string& id) {
    for (const SectionMatch& section : structure.sections)
        if (section.spec->id == id) return section;
    throw std::runtime_error("no section " + id);
}

StructureAnalysis structureOf(const Document& document, const std::string& kind) {
    return analyseStructure(document, analyseNumbering(document, detectScheme(document)), *test::builtInTemplates().find(kind));
}

TEST(Outline, ATwoLineTitleIsOneTitle) {
    const Document document = test::fixtureDocument("corpus/research-report/two-line-title.txt");
    const Outline outline = findOutline(document, analyseNumbering(document, detectScheme(document)));
    EXPECT_EQ(outline.title, (std::vector<int>{0, 1}));
    const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
    ASSERT_NE(choice.chosen, nullptr);
    EXPECT_EQ(choice.chosen->id, "research-report");
    EXPECT_EQ(choice.evidence.title, "关于我市中小企业数字化转型情况的调查报告");
    EXPECT_EQ(choice.evidence.headings,
              (std::vector<std::string>{"一、调研概况", "二、经验做法", "三、面临的困难和挑战", "四、几点建议"}));
}

TEST(Outline, OpeningsInTheBodyAndBareHeadingsHeadSections) {
    // 会议议定了如下事项： then numbered items, up to 会议要求：.
    const StructureAnalysis minutes =
        structureOf(test::fixtureDocument("corpus/meeting-minutes/opening-decisions.txt"), "meeting-minutes");
    const SectionMatch& decisions = sectionOf(minutes, "decisions");
    EXPECT_EQ(decisions.paragraph, 3);
    EXPECT_EQ(decisions.level, 0);
    EXPECT_EQ(decisions.end, 7);
    EXPECT_EQ(decisions.items, 3);
    EXPECT_EQ(sectionOf(minutes, "requirements").paragraph, 7);
    // 前言 on a line of its own.
    const StructureAnalysis research =
        structureOf(test::fixtureDocument("corpus/research-report/preface.txt"), "research-report");
    EXPECT_EQ(sectionOf(research, "preface").paragraph, 1);
    EXPECT_EQ(sectionOf(research, "preface").end, 3);
    // The formula that closes the preamble opens no section: 履职情况 is its own heading.
    const StructureAnalysis party = structureOf(
        test::fixtureDocument("corpus/party-branch-secretary-report/run-in-duties.txt"), "party-branch-secretary-report");
    EXPECT_EQ(sectionOf(party, "duties").paragraph, 3);
}

TEST(Outline, KeyWordsInTheirOrder) {
    const KeyWords plans{{{U"下一步", U"下步", U"今后"}, {U"打算", U"措施"}}};
    EXPECT_EQ(keyWordsMatch(plans, foldText("三、今后的努力方向和措施")).characters, 4u);
    EXPECT_EQ(keyWordsMatch(plans, foldText("下步工作打算")).characters, 4u);
    EXPECT_EQ(keyWordsMatch(plans, foldText("打算下一步")).characters, 0u);  // out of order
}

TEST(Topics, TheTitleAloneCoversNoTopic) {
    std::vector<TemplateProblem> problems;
    Template kind;
    ASSERT_TRUE(parseTemplate(R"(<template format="1" id="t" version="1">
      <sections><section id="work" level="1"><heading>基本情况</heading></section></sections>
      <topics><topic id="method"><name lang="zh-CN">调研方式</name><any>调研 走访</any></topic></topics></template>)",
                              "t.xml", kind, problems));
    const auto covered = [&](const char* text) {
        return checkDocument(documentFromText(text, "t.txt"), &kind, TemplateSource::option).topics[0].covered;
    };
    EXPECT_FALSE(covered("关于农村养老的调研报告\n一、基本情况\n全县有养老院12所。\n"));
    EXPECT_TRUE(covered("关于农村养老的调研报告\n一、基本情况\n调研组走访了12所养老院。\n"));
}

TEST(TemplateDetection, ATitleAgainstHeadingsOfAnotherKindChoosesNone) {
    const Document document = documentFromText(
        "党支部书记抓党建工作述职报告\n一、指导思想\n二、主要任务\n三、实施步骤\n四、保障措施\n", "k.txt");
    const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
    EXPECT_EQ(choice.chosen, nullptr);
    EXPECT_EQ(choice.evidence.likely, (std::vector<std::string>{"party-branch-secretary-report", "implementation-plan"}));
}

TEST(TemplateDetection, TheEvidenceAndTheLikelyKindsAreInTheJson) {
    const Document document = test::fixtureDocument("corpus/rectification-report/audit.txt");
    const DocumentReport report = checkDocument(document, chooseTemplate(test::builtInTemplates(), document, ""));
    const std::string json = documentJson(report);
    EXPECT_NE(json.find(R"("how":"detected","evidence":{"title":"县教育局关于审计查出问题整改情况的报告","headings":["一、)"),
              std::string::npos)
        << json;
    const DocumentReport back = parseDocumentJson(json);
    EXPECT_EQ(back.kindEvidence.title, report.kindEvidence.title);
    EXPECT_EQ(back.kindEvidence.headings.size(), 3u);

    const Document weak = documentFromText("一、基本情况\n二、存在问题\n三、意见建议\n", "weak.txt");
    const std::string none = documentJson(checkDocument(weak, chooseTemplate(test::builtInTemplates(), weak, "")));
    EXPECT_NE(none.find(R"("how":"none","likely":["self-inspection-report","situation-report","research-report"])"),
              std::string::npos)
        << none;
    EXPECT_EQ(parseDocumentJson(none).kindEvidence.likely.size(), 3u);
    // The text report says so too, in the user's language.
    const std::string text = resultText({checkDocument(weak, chooseTemplate(test::builtInTemplates(), weak, ""))},
                                        MessageCatalog::load(test::sourcePath("extension/messages"), "en"));
    EXPECT_NE(text.find("template: none (numbering only); it may be self-inspection-report, situation-report, "
                        "research-report: give one with --template ID"),
              std::string::npos)
        << text;
}

}  // namespace
}  // namespace reportkit
