// The corpus: reports of every built-in kind written as offices write them, with the heading
// variants found in real ones (tests/fixtures/corpus/<kind id>/, and none/ for kinds not built in).
// Each must be taken for its kind (or for none), with every section found; and each kind's first
// report, with one section taken out, must miss exactly that section.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

namespace fs = std::filesystem;

// Every corpus report: the kind its folder names, and the file.
std::vector<std::pair<std::string, fs::path>> corpus() {
    std::vector<std::pair<std::string, fs::path>> reports;
    for (const auto& folder : fs::directory_iterator(test::fixturePath("corpus")))
        for (const auto& file : fs::directory_iterator(folder.path()))
            reports.emplace_back(folder.path().filename().string(), file.path());
    std::sort(reports.begin(), reports.end());
    return reports;
}

std::vector<std::string> findingsOf(const DocumentReport& report, const std::string& rule) {
    std::vector<std::string> expected;
    for (const Finding& finding : report.findings)
        if (finding.rule == rule) expected.push_back(finding.expected);
    return expected;
}

TEST(Corpus, EveryReportIsItsKindWithEverySectionFound) {
    int right = 0, falseKinds = 0, sectionsFound = 0, sectionsWritten = 0, topicsCovered = 0, topicsRequired = 0;
    const auto reports = corpus();
    ASSERT_GE(reports.size(), 40u);
    for (const auto& [kind, file] : reports) {
        SCOPED_TRACE(file.string());
        const Document document = documentFromText(test::readFile(file.string()), file.string());
        const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
        const std::string found = choice.chosen ? choice.chosen->id : "none";
        EXPECT_EQ(found, kind);
        right += found == kind;
        falseKinds += found != kind && found != "none";
        if (!choice.chosen) continue;
        EXPECT_EQ(choice.source, TemplateSource::detected);
        EXPECT_FALSE(choice.evidence.headings.empty());
        const DocumentReport report = checkDocument(document, choice);
        EXPECT_EQ(findingsOf(report, "structure.missing-section"), std::vector<std::string>{});
        EXPECT_EQ(findingsOf(report, "structure.order"), std::vector<std::string>{});
        EXPECT_EQ(findingsOf(report, "structure.level"), std::vector<std::string>{});
        sectionsWritten += report.sectionsRequired();
        sectionsFound += report.sectionsPresent();
        topicsRequired += report.topicsRequired();
        topicsCovered += report.topicsCovered();
        for (const std::string& topic : findingsOf(report, "topic.missing")) std::cout << file.filename() << ": topic " << topic << "\n";
    }
    // The figures the closing note gives.
    std::cout << "corpus: " << reports.size() << " reports, kind right " << right << ", false kinds " << falseKinds
              << ", required sections found " << sectionsFound << "/" << sectionsWritten << ", required topics covered "
              << topicsCovered << "/" << topicsRequired << "\n";
}

// Without its title a report has only its headings to go by: it may be taken for no kind (the
// likely ones named), never for another built-in kind.
TEST(Corpus, WithoutItsTitleAReportIsItsKindOrNone) {
    int right = 0, none = 0;
    for (const auto& [kind, file] : corpus()) {
        if (kind == "none") continue;
        SCOPED_TRACE(file.string());
        Document document = documentFromText(test::readFile(file.string()), file.string());
        const Outline outline = findOutline(document, analyseNumbering(document, detectScheme(document)));
        for (auto line = outline.title.rbegin(); line != outline.title.rend(); ++line)
            document.paragraphs.erase(document.paragraphs.begin() + *line);
        const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), document, "");
        if (!choice.chosen) {
            ++none;
            continue;
        }
        EXPECT_EQ(choice.chosen->id, kind);
        right += choice.chosen->id == kind;
    }
    std::cout << "corpus without titles: kind right " << right << ", none " << none << "\n";
}

TEST(Corpus, EachKindWithOneSectionTakenOutMissesExactlyThatOne) {
    std::map<std::string, fs::path> firstOfKind;
    for (const auto& [kind, file] : corpus())
        if (kind != "none") firstOfKind.emplace(kind, file);
    EXPECT_EQ(firstOfKind.size(), test::builtInTemplates().templates.size());
    for (const auto& [kind, file] : firstOfKind) {
        const Document whole = documentFromText(test::readFile(file.string()), file.string());
        const Template& reportTemplate = *test::builtInTemplates().find(kind);
        const DocumentReport full = checkDocument(whole, &reportTemplate, TemplateSource::option);
        const StructureAnalysis structure =
            analyseStructure(whole, analyseNumbering(whole, detectScheme(whole)), reportTemplate);
        for (const SectionMatch& section : structure.sections) {
            if (!section.spec->required) continue;
            SCOPED_TRACE(file.filename().string() + " without " + section.spec->id);
            ASSERT_TRUE(section.present);
            Document cut = whole;
            cut.paragraphs.erase(cut.paragraphs.begin() + section.paragraph, cut.paragraphs.begin() + section.end);
            const TemplateChoice choice = chooseTemplate(test::builtInTemplates(), cut, "");
            ASSERT_NE(choice.chosen, nullptr);
            EXPECT_EQ(choice.chosen->id, kind);
            const DocumentReport report = checkDocument(cut, choice);
            EXPECT_EQ(findingsOf(report, "structure.missing-section"), std::vector<std::string>{section.spec->heading});
            EXPECT_EQ(findingsOf(report, "structure.level"), std::vector<std::string>{});
        }
        EXPECT_EQ(full.sectionsPresent(), full.sectionsRequired());
    }
}

}  // namespace
}  // namespace reportkit
