// Real report openings by other people (../shared/corpus/real-openings, read in place): each must be
// taken for its kind, with every section visible in it found, and every finding on it must be one a
// reviewer read as the writer would and judged right (tests/expectations/real-openings/, one file a
// family of rules). The openings are cut at about 700 characters, so a section or topic past the cut
// is not judged: missing-section findings only must not name a visible section, and topics are not
// held at all.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "fixtures.hpp"
#include "report.hpp"
#include "shared_corpus.hpp"

namespace reportkit {
namespace {

namespace fs = std::filesystem;

bool judgedOneByOne(const std::string& rule) { return rule != "structure.missing-section" && rule != "topic.missing"; }

TEST(RealOpenings, EachIsItsKindWithEveryVisibleSectionFoundAndOnlyJudgedFindings) {
    REPORTKIT_NEED_SHARED_CORPUS();
    const fs::path folder = test::sharedCorpus() / "real-openings";
    const nlohmann::json expect = test::readJson(folder / "expect.json").at("documents");
    const auto judged = test::judgedFindings("real-openings");
    ASSERT_GE(expect.size(), 31u);

    int kindsRight = 0, kindsNone = 0, kindsWrong = 0, visibleFound = 0, visible = 0;
    std::map<std::string, int> findingsByRule;
    for (const auto& [name, expected] : expect.items()) {
        SCOPED_TRACE(name);
        const Document document = documentFromText(test::readFile((folder / name).string()), name);
        const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
        const std::string kind = choice.chosen ? choice.chosen->id : "none";
        std::vector<std::string> right = expected.at("also_right").get<std::vector<std::string>>();
        right.push_back(expected.at("kind").get<std::string>());
        const bool kindRight = std::find(right.begin(), right.end(), kind) != right.end();
        EXPECT_TRUE(kindRight) << "taken for " << kind;
        kindsRight += kindRight;
        kindsNone += !choice.chosen;
        kindsWrong += choice.chosen && !kindRight;

        // The sections are those of the right kind, whatever was chosen.
        const Template* rightTemplate = test::builtInTemplates().find(expected.at("kind").get<std::string>());
        ASSERT_NE(rightTemplate, nullptr);
        const DocumentReport report = kindRight && choice.chosen
                                          ? checkDocument(document, choice)
                                          : checkDocument(document, rightTemplate, TemplateSource::option);
        // An also-right kind has sections of its own: the visible ones are looked for as the right kind's.
        const DocumentReport rightKindReport =
            choice.chosen == rightTemplate ? report : checkDocument(document, rightTemplate, TemplateSource::option);
        const auto visibleIds = expected.at("sections_visible").get<std::vector<std::string>>();
        for (const std::string& id : visibleIds) {
            ++visible;
            const auto section = std::find_if(rightKindReport.sections.begin(), rightKindReport.sections.end(),
                                              [&](const SectionResult& result) { return result.id == id; });
            ASSERT_NE(section, rightKindReport.sections.end()) << id;
            EXPECT_TRUE(section->present) << "section " << id << " not found";
            visibleFound += section->present;
        }

        const auto judgedHere = judged.count(name) ? judged.at(name) : std::set<test::JudgedFinding>{};
        std::set<test::JudgedFinding> made;
        for (const Finding& finding : report.findings) {
            ++findingsByRule[finding.rule];
            if (finding.rule == "structure.missing-section") {
                const auto section = std::find_if(report.sections.begin(), report.sections.end(),
                                                  [&](const SectionResult& s) { return s.heading == finding.expected; });
                if (section != report.sections.end()) {
                    EXPECT_EQ(std::count(visibleIds.begin(), visibleIds.end(), section->id), 0)
                        << "a visible section called missing: " << section->id;
                }
            }
            if (!judgedOneByOne(finding.rule)) continue;
            made.emplace(finding.rule, finding.paragraph);
            EXPECT_TRUE(judgedHere.count({finding.rule, finding.paragraph}))
                << "a finding nobody judged right: " << finding.rule << " at paragraph " << finding.paragraph
                << " (" << finding.found << " -> " << finding.expected << ")";
        }
        for (const auto& [rule, paragraph] : judgedHere)
            EXPECT_TRUE(made.count({rule, paragraph})) << "a judged finding no longer made: " << rule << " at "
                                                       << paragraph;
    }
    // The figures a closing note gives.
    std::cout << "real openings: " << expect.size() << ", kind right " << kindsRight << ", none " << kindsNone
              << ", wrong " << kindsWrong << ", visible sections found " << visibleFound << "/" << visible << "\n";
    for (const auto& [rule, count] : findingsByRule) std::cout << "  " << rule << ": " << count << "\n";
}

}  // namespace
}  // namespace reportkit
