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
    EXPECT_EQ(party->version, "1");
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
    EXPECT_NE(set.problems[1].detail.find("line 1"), std::string::npos);
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

}  // namespace
}  // namespace reportkit
