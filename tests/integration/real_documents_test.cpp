// Real .docx files made by other GB/T 9704 tools (../shared/corpus/docx, read in place; skipped
// where it is absent). Checked as a user's office would: every problem the corpus verified in a
// file is found, nothing outside its problems and tolerated ones, and every finding is one a
// reviewer judged right (tests/expectations/docx/). `reportkit fix` on each keeps its text, its
// paragraph breaks and every paragraph's role, but for the characters its text fixes name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "document_reader.hpp"
#include "fixes.hpp"
#include "format_roles.hpp"
#include "numbering.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path corpus() {
    const fs::path folder = fs::path(REPORTKIT_SOURCE_DIR) / ".." / "shared" / "corpus" / "docx";
    return fs::is_directory(folder) ? folder : fs::path();
}

#define NEED_CORPUS()                                                                                   \
    if (corpus().empty()) GTEST_SKIP() << "../shared/corpus is absent: the real .docx files are not checked here"

json readJson(const fs::path& file) {
    std::ifstream in(file);
    return json::parse(in);
}

CommandResult reportkit(const std::string& arguments) {
    return runCommand("LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + scratchDir() + "/real-office " +
                      buildPath("reportkit") + " " + arguments);
}

// The corpus's words for what a rule checks (its expect.json "vocabulary").
std::string problemOf(const std::string& rule) {
    static const std::map<std::string, std::string> problems = {
        {"format.page-size", "page-size"},   {"format.margins", "margins"},
        {"format.line-grid", "line-grid"},   {"format.title", "title"},
        {"format.body-font", "body-font"},   {"format.heading-font", "heading-font"},
        {"format.first-line-indent", "first-line-indent"}, {"format.text-color", "text-color"},
        {"format.page-number", "page-number"}, {"format.date", "date"},
        {"format.attachment-note", "attachment-note"}, {"format.spacing", "spacing"}};
    if (const auto known = problems.find(rule); known != problems.end()) return known->second;
    if (rule.rfind("numbering.", 0) == 0 || rule == "heading.punctuation") return "numbering";
    if (rule.rfind("structure.", 0) == 0) return "structure";
    if (rule.rfind("topic.", 0) == 0) return "topic";
    return rule;
}

std::map<std::string, json> checkedCorpus() {
    static const std::map<std::string, json> reports = [] {
        std::map<std::string, json> byFile;
        const CommandResult run = reportkit("check --format json " + corpus().string());
        EXPECT_NE(run.status, 2) << run.err;
        const json result = json::parse(run.out);
        for (const json& document : result["documents"])
            byFile[fs::path(document["path"].get<std::string>()).filename().string()] = document;
        return byFile;
    }();
    return reports;
}

TEST(RealDocx, EveryVerifiedProblemIsFoundAndNothingOutsideTheToleratedAndEachFindingJudged) {
    NEED_CORPUS();
    const json expect = readJson(corpus() / "expect.json");
    std::map<std::string, std::set<std::pair<std::string, int>>> judged;
    for (const auto& entry : fs::directory_iterator(sourcePath("tests/expectations/docx"))) {
        const json family = readJson(entry.path());  // items() refers into it
        for (const auto& [file, findings] : family.items())
            for (const json& finding : findings) judged[file].emplace(finding[0], finding[1]);
    }
    const auto reports = checkedCorpus();
    std::map<std::string, int> byRule;
    for (const json& document : expect["documents"]) {
        const std::string file = document["file"];
        SCOPED_TRACE(file);
        ASSERT_TRUE(reports.count(file));
        const json& report = reports.at(file);
        ASSERT_EQ(report["status"], "ok") << report.dump();
        const auto problems = document["problems"].get<std::set<std::string>>();
        const auto tolerated = document["tolerated"].get<std::set<std::string>>();
        std::set<std::string> found;
        std::set<std::pair<std::string, int>> made;
        for (const json& finding : report["findings"]) {
            const std::string rule = finding["rule"];
            const int paragraph = finding["paragraph"];
            ++byRule[rule];
            found.insert(problemOf(rule));
            made.emplace(rule, paragraph);
            EXPECT_TRUE(problems.count(problemOf(rule)) || tolerated.count(problemOf(rule)))
                << "a finding outside the file's problems: " << finding.dump();
            EXPECT_TRUE(judged[file].count({rule, paragraph})) << "a finding nobody judged right: " << finding.dump();
        }
        for (const std::string& problem : problems) EXPECT_TRUE(found.count(problem)) << "not found: " << problem;
        for (const auto& [rule, paragraph] : judged[file])
            EXPECT_TRUE(made.count({rule, paragraph})) << "a judged finding no longer made: " << rule << " at " << paragraph;
    }
    for (const auto& [rule, count] : byRule) std::cout << "  " << rule << ": " << count << "\n";
}

struct Read {
    std::vector<std::string> texts;
    std::vector<ParagraphRole> roles;
};

Read read(const std::string& path) {
    const auto model = loadModel(path);
    const Document document = writer::readDocument(model);
    writer::OfficeSession::close(model);
    static const FormatProfile profile = *baseProfile("gbt9704");
    const FormatAnalysis format =
        analyseFormat(document, analyseNumbering(document, detectScheme(document)), profile);
    Read result;
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        result.texts.push_back(document.paragraphs[index].text);
        result.roles.push_back(format.paragraphs[index].role);
    }
    return result;
}

TEST(RealDocx, FixKeepsTheTextItsBreaksAndEveryRoleButTheMarkersItNames) {
    NEED_CORPUS();
    const std::string out = scratchDir() + "/real-fixed";
    fs::create_directories(out);
    const auto reports = checkedCorpus();
    for (const auto& [file, report] : reports) {
        SCOPED_TRACE(file);
        const std::string input = (corpus() / file).string();
        const std::string output = out + "/" + file;
        const CommandResult fixed = reportkit("fix " + input + " -o " + output);
        ASSERT_NE(fixed.status, 2) << fixed.err;
        Read before = read(input);
        const Read after = read(output);
        // The text fixes the check named, applied to the text as it was read.
        Document expected;
        for (const std::string& text : before.texts) {
        Paragraph paragraph;
        paragraph.text = text;
        expected.paragraphs.push_back(paragraph);
    }
        std::vector<TextEdit> edits;
        for (const json& finding : report["findings"])
            if (finding.contains("fix"))
                for (const json& edit : finding["fix"]["text"])
                    edits.push_back({edit["paragraph"], edit["start"], edit["length"], edit["replacement"], {}, 0});
        applyTextEdits(expected, edits);
        for (std::size_t index = 0; index < expected.paragraphs.size(); ++index)
            before.texts[index] = expected.paragraphs[index].text;
        ASSERT_EQ(after.texts.size(), before.texts.size()) << "paragraph breaks changed";
        EXPECT_EQ(after.texts, before.texts);
        EXPECT_EQ(after.roles, before.roles);
    }
}

}  // namespace
}  // namespace reportkit::test
