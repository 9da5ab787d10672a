#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "report_template.hpp"

namespace reportkit {
namespace {

TEST(ReportTemplate, BuiltInPartyBranchTemplateLoads) {
    const TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    EXPECT_TRUE(set.problems.empty());
    const Template* party = set.find("party-branch-secretary-report");
    ASSERT_NE(party, nullptr);
    EXPECT_EQ(party->version, "2");
    EXPECT_EQ(party->name.in("zh-CN"), "党支部书记抓党建工作述职报告");
    EXPECT_EQ(party->name.in("en"), "Party branch secretary's report on Party building work");
    ASSERT_EQ(party->sections.size(), 3u);
    EXPECT_EQ(party->sections[0].heading, "履职情况");
    EXPECT_EQ(party->sections[1].id, "problems");
    EXPECT_EQ(party->sections[2].aliases.at(0), "下一步打算");
}

TEST(ReportTemplate, ABadFileIsReportedAndTheGoodOnesStillLoad) {
    const auto dir = std::filesystem::temp_directory_path() / ("reportkit-templates-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(test::sourcePath("extension/templates/party-branch-secretary-report.xml"),
                               dir / "good.xml", std::filesystem::copy_options::overwrite_existing);
    std::ofstream(dir / "broken.xml") << "<template format=\"1\" id=\"x\" version=\"1\"><name>unclosed";
    std::ofstream(dir / "future.xml") << "<template format=\"9\" id=\"y\" version=\"1\"/>";
    std::ofstream(dir / "anonymous.xml") << "<template format=\"1\"/>";

    const TemplateSet set = loadTemplates({dir.string(), (dir / "missing").string()});
    std::filesystem::remove_all(dir);

    ASSERT_EQ(set.templates.size(), 1u);
    EXPECT_EQ(set.templates[0].id, "party-branch-secretary-report");
    std::vector<std::string> keys;
    for (const auto& problem : set.problems) keys.push_back(problem.messageKey);
    EXPECT_EQ(keys, (std::vector<std::string>{"template.error.identity", "template.error.xml",
                                              "template.error.format", "template.error.folder"}));
    EXPECT_EQ(set.problems[1].line, 1);
}

TEST(ReportTemplate, ALaterFolderOverridesTheSameId) {
    std::vector<TemplateProblem> problems;
    Template first;
    ASSERT_TRUE(parseTemplate(R"(<template format="1" id="a" version="1"><name lang="en">A</name></template>)",
                              "a.xml", first, problems));
    EXPECT_EQ(first.name.in("zh-CN"), "A");  // falls back to whatever name there is
    EXPECT_TRUE(problems.empty());
}


TEST(ResolveTemplate, ByIdThenByFileElseAClearProblem) {
    TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    std::vector<TemplateProblem> problems;
    EXPECT_EQ(resolveTemplate(set, "party-branch-secretary-report", problems), set.find("party-branch-secretary-report"));

    const std::string file = test::sourcePath("extension/templates/party-branch-secretary-report.xml");
    TemplateSet empty;
    const Template* fromFile = resolveTemplate(empty, file, problems);
    ASSERT_NE(fromFile, nullptr);
    EXPECT_EQ(fromFile->id, "party-branch-secretary-report");
    EXPECT_EQ(empty.templates.size(), 1u);
    EXPECT_TRUE(problems.empty());

    EXPECT_EQ(resolveTemplate(set, "no-such-kind", problems), nullptr);
    ASSERT_EQ(problems.size(), 1u);
    const auto messages = MessageCatalog::load(test::sourcePath("extension/messages"), "en");
    EXPECT_EQ(describe(problems[0], messages),
              "no-such-kind: no template has this id, and there is no such file (see reportkit templates)");
}

std::vector<std::string> describeAll(const std::vector<TemplateProblem>& problems) {
    const auto messages = MessageCatalog::load(test::sourcePath("extension/messages"), "en");
    std::vector<std::string> lines;
    for (const TemplateProblem& problem : problems) lines.push_back(describe(problem, messages));
    return lines;
}

std::vector<TemplateProblem> problemsOf(const std::string& fixture, bool& usable) {
    std::vector<TemplateProblem> problems;
    Template loaded;
    usable = loadTemplateFile(test::fixturePath("templates/" + fixture), loaded, problems);
    for (TemplateProblem& problem : problems) problem.file = fixture;
    return problems;
}

TEST(TemplateLoader, ReportsEveryProblemOfAFileWithItsLine) {
    bool usable = true;
    const auto lines = describeAll(problemsOf("many-problems.xml", usable));
    EXPECT_FALSE(usable);
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "many-problems.xml:6: unknown variable type “colour” (use text, year or date)",
                         "many-problems.xml:8: “{year}” is not a declared <variable>",
                         "many-problems.xml:10: required=\"maybe\": use true or false",
                         "many-problems.xml:13: a <section> needs a unique id and a <heading> (section “work”)",
                         "many-problems.xml:18: warning: this version does not know <color> in <section>; it is ignored",
                         "many-problems.xml:16: max-items is smaller than min-items (section “plans”)",
                         "many-problems.xml:22: a <topic> needs an id, at least one <any> group and known sections in “in” (topic “study”)",
                     }));
}

TEST(TemplateLoader, UnknownElementsAndAttributesAreWarningsOnly) {
    bool usable = false;
    const auto problems = problemsOf("future-elements.xml", usable);
    EXPECT_TRUE(usable);
    EXPECT_EQ(describeAll(problems),
              (std::vector<std::string>{
                  "future-elements.xml:4: warning: this version does not know <workflow> in <template>; it is ignored",
                  "future-elements.xml:2: warning: this version does not know the attribute signed-by on <template>; it is ignored",
              }));
    TemplateSet set;
    set.problems = problems;
    EXPECT_FALSE(set.hasErrors());
}

TEST(TemplateLoader, RefusesEntitiesForeignEncodingsAndDeepNesting) {
    for (const auto& [fixture, expected] : std::vector<std::pair<std::string, std::string>>{
             {"entity-expansion.xml", "entity-expansion.xml:2: document type declarations and entities are not allowed in a template"},
             {"external-entity.xml", "external-entity.xml:2: document type declarations and entities are not allowed in a template"},
             {"not-utf8.xml", "not-utf8.xml:2: the file is not UTF-8"}}) {
        bool usable = true;
        EXPECT_EQ(describeAll(problemsOf(fixture, usable)), std::vector<std::string>{expected});
        EXPECT_FALSE(usable);
    }
    std::string deep = R"(<template format="1" id="deep" version="1">)";
    for (int i = 0; i < 100000; ++i) deep += "<sections>";
    std::vector<TemplateProblem> problems;
    Template loaded;
    EXPECT_FALSE(parseTemplate(deep, "deep.xml", loaded, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].messageKey, "template.error.depth");
    EXPECT_EQ(problems[0].line, 1);
}

// The first problem a template text has, as "line: message key".
std::string firstProblem(const std::string& xml) {
    std::vector<TemplateProblem> problems;
    Template loaded;
    if (parseTemplate(xml, "t.xml", loaded, problems)) return "accepted";
    return problems.empty() ? "refused without a problem" : std::to_string(problems[0].line) + ": " + problems[0].messageKey;
}

TEST(TemplateLoader, NumberingHouseStyles) {
    const auto numberingOf = [](const std::string& element) {
        std::vector<TemplateProblem> problems;
        Template loaded;
        EXPECT_TRUE(parseTemplate("<template format=\"1\" id=\"t\" version=\"1\">" + element + "</template>", "t.xml",
                                  loaded, problems));
        return loaded.numbering.value_or(NumberingScheme{});
    };
    // Absent: either variant, the same throughout a document.
    EXPECT_EQ(numberingOf("<numbering/>").level3Stop, "");
    EXPECT_EQ(numberingOf("<numbering/>").level2Count, ChapterCount::either);
    EXPECT_EQ(numberingOf(R"(<numbering level3-stop="．"/>)").level3Stop, "．");
    EXPECT_EQ(numberingOf(R"(<numbering level2-count="restart"/>)").level2Count, ChapterCount::restart);
    EXPECT_EQ(numberingOf(R"(<numbering level2-count="continue"/>)").level2Count, ChapterCount::continueOn);
    const std::string head = "<template format=\"1\" id=\"t\" version=\"1\">\n";
    EXPECT_EQ(firstProblem(head + R"(<numbering level2-count="sometimes"/></template>)"), "2: template.error.level2-count");
}

TEST(TemplateLoader, MalformedTemplatesAreRefusedAtTheirLine) {
    const std::string head = "<template format=\"1\" id=\"t\" version=\"1\">\n";
    const std::string section = "<section id=\"a\"><heading>甲</heading></section>";
    EXPECT_EQ(firstProblem(head + "<sections>" + section + "</sections>\n</template>"), "accepted");
    EXPECT_EQ(firstProblem(head + "<sections>" + section + "\n</sectionz>\n</template>"), "3: template.error.xml");
    EXPECT_EQ(firstProblem(head + "<sections>\n<section id=\"&#xD800;\"><heading>甲</heading></section></sections></template>"),
              "3: template.error.character");
    EXPECT_EQ(firstProblem(head + "<name>&#0;</name></template>"), "2: template.error.character");
    EXPECT_EQ(firstProblem(""), "1: template.error.empty-file");
    EXPECT_EQ(firstProblem(" \n\n"), "1: template.error.empty-file");
    EXPECT_EQ(firstProblem("<!-- nothing but a comment -->"), "1: template.error.root");
    EXPECT_EQ(firstProblem(head + "\n<!DOCTYPE template>"), "3: template.error.doctype");
    EXPECT_EQ(firstProblem(head + "<name>\xC4\xE3\xBA\xC3</name>\n</template>"), "2: template.error.encoding");
    std::string deep = head;
    for (int i = 0; i < 40; ++i) deep += "<sections>\n";
    EXPECT_EQ(firstProblem(deep), "33: template.error.depth");  // the 33rd level, on its line
}

TEST(TemplateLoader, ThousandsOfKeywordsLoad) {
    std::string xml = R"(<template format="1" id="big" version="1"><topics>)";
    for (int t = 0; t < 200; ++t) {
        xml += "<topic id=\"t" + std::to_string(t) + "\"><any>";
        for (int k = 0; k < 50; ++k) xml += "词" + std::to_string(t) + "_" + std::to_string(k) + " ";
        xml += "</any></topic>";
    }
    xml += "</topics></template>";
    std::vector<TemplateProblem> problems;
    Template loaded;
    ASSERT_TRUE(parseTemplate(xml, "big.xml", loaded, problems));
    ASSERT_EQ(loaded.topics.size(), 200u);
    EXPECT_EQ(loaded.topics[199].groups[0].size(), 50u);
    EXPECT_EQ(loaded.topics[199].groups[0][49], "词199_49");
}

TEST(TemplateLoader, ReadsTheSkeletonVariablesAndFormat) {
    bool usable = false;
    EXPECT_TRUE(problemsOf("skeleton.xml", usable).empty());
    std::vector<TemplateProblem> problems;
    Template t;
    ASSERT_TRUE(loadTemplateFile(test::fixturePath("templates/skeleton.xml"), t, problems));
    EXPECT_EQ(t.title, "{unit}{year}年度调研报告");
    ASSERT_EQ(t.variables.size(), 4u);
    EXPECT_TRUE(t.variables[0].required);
    EXPECT_EQ(t.variables[0].label.in("en"), "Unit");
    EXPECT_EQ(t.variables[1].type, VariableSpec::Type::year);
    EXPECT_EQ(t.variables[2].type, VariableSpec::Type::date);
    EXPECT_EQ(t.variables[3].defaultValue, "市委办公室");
    ASSERT_EQ(t.opening.size(), 2u);
    EXPECT_EQ(t.opening[0].text, "{recipient}：");
    EXPECT_EQ(t.opening[1].prompt.in("en"), "Say why and how the study was made.");
    ASSERT_EQ(t.closing.size(), 2u);
    EXPECT_EQ(t.closing[1].align, FrameParagraph::Align::right);
    ASSERT_EQ(t.sections.size(), 3u);
    EXPECT_EQ(t.sections[0].minItems, 2);
    EXPECT_EQ(t.sections[0].maxItems, 5);
    EXPECT_TRUE(t.sections[0].runIn);
    EXPECT_EQ(t.sections[2].itemPrompt.in("en"), "State this proposal in one sentence.");
    EXPECT_EQ(t.sections[1].id, "data");
    EXPECT_EQ(t.sections[1].parent, "findings");
    EXPECT_EQ(t.sections[1].level, 2);
    EXPECT_FALSE(t.sections[1].required);
    EXPECT_EQ(t.sections[1].prompt.in("en"), "列出关键数据。");  // Chinese when there is no English
    EXPECT_EQ(t.sections[2].id, "advice");
    // The format starts from GB/T 9704 and overrides what the file names.
    EXPECT_EQ(t.format.base, "gbt9704");
    EXPECT_EQ(t.format.font(TextRole::body).families, (std::vector<std::string>{"仿宋", "FangSong"}));
    EXPECT_EQ(t.format.font(TextRole::body).points, 15);
    EXPECT_EQ(t.format.font(TextRole::heading1).families.front(), "黑体");
    EXPECT_EQ(t.format.page.topMm, 30);
    EXPECT_EQ(t.format.page.leftMm, 28);
    EXPECT_EQ(t.format.page.linesPerPage, 20);
    EXPECT_EQ(t.format.lineSpacingPoints, 30);
}

TEST(TemplateLoader, EveryBuiltInKindHasASkeleton) {
    const TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    EXPECT_EQ(describeAll(set.problems), std::vector<std::string>{});
    ASSERT_GE(set.templates.size(), 9u);
    for (const Template& t : set.templates) {
        SCOPED_TRACE(t.id);
        EXPECT_FALSE(t.title.empty());
        EXPECT_FALSE(t.variables.empty());
        for (const SectionSpec& section : t.sections) {
            EXPECT_FALSE(section.prompt.in("zh-CN").empty()) << section.id;
            EXPECT_FALSE(section.prompt.in("en").empty()) << section.id;
        }
    }
    EXPECT_EQ(set.find("plain-report-en")->format.base, "plain");
    EXPECT_EQ(set.find("party-branch-secretary-report")->format.base, "gbt9704");
}

TEST(FormatProfile, TheFirstInstalledFamilyOfTheChain) {
    const FormatProfile profile = *baseProfile("gbt9704");
    const auto& body = profile.font(TextRole::body).families;
    EXPECT_EQ(firstInstalled(body, {"方正仿宋_GBK", "仿宋"}), "仿宋");
    EXPECT_EQ(firstInstalled(body, {"Noto Serif CJK SC"}), "");
    EXPECT_EQ(profile.page.topMm, 37);
    EXPECT_EQ(profile.page.rightMm, 26);
    EXPECT_EQ(profile.font(TextRole::title).points, 22);
    EXPECT_FALSE(baseProfile("fancy"));
}

}  // namespace
}  // namespace reportkit
