// The four output formats of the same reports, byte for byte as committed in
// tests/expectations/reports/: written before the renderers were moved out of report.cpp, so that
// the move (and any later change to a renderer) shows as a difference here. A renderer that is
// meant to change writes the files anew: REPORTKIT_WRITE_EXPECTATIONS=1 build/tests/core_tests
// --gtest_filter='ReportOutput.*', then the difference is reviewed as any other.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "fixtures.hpp"
#include "messages.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text samples and fixtures, checked as the command line checks them, with their paths as
// given here (no folder of this machine), and one document that could not be read.
std::vector<DocumentReport> reports(const MessageCatalog& messages) {
    std::vector<DocumentReport> result;
    for (const std::string relative : {"samples/party-branch-report-2023.txt", "samples/party-branch-report-2023-slips.txt",
                                       "tests/fixtures/documents/no-title-line.txt"}) {
        const Document document = documentFromText(read(test::sourcePath(relative)), relative);
        DocumentReport report = checkDocument(document, chooseTemplate(test::builtInTemplates(), document, ""));
        localise(report, messages);
        result.push_back(std::move(report));
    }
    // Markup, quotes and a comma in a name and in the text, for the HTML's and the CSV's escaping.
    const Document odd = documentFromText("一、<b>工作</b> & \"总结\"\n二.问题'一'\n", "odd, \"name\" <&>'.txt");
    DocumentReport oddReport = checkDocument(odd, chooseTemplate(test::builtInTemplates(), odd, ""));
    localise(oddReport, messages);
    result.push_back(std::move(oddReport));
    result.push_back(unreadableReport("unreadable.docx", messages.format("document.error.password")));
    return result;
}

// Compares with the committed file, or writes it when asked to.
void expectSameAs(const std::string& name, const std::string& output) {
    const std::string path = test::sourcePath("tests/expectations/reports/" + name);
    if (std::getenv("REPORTKIT_WRITE_EXPECTATIONS")) std::ofstream(path, std::ios::binary) << output;
    EXPECT_EQ(output, read(path)) << name;
}

TEST(ReportOutput, EveryFormatInEveryLanguageIsByteForByteTheCommittedOne) {
    for (const std::string locale : {"en_US", "zh-CN"}) {
        SCOPED_TRACE(locale);
        const MessageCatalog messages = MessageCatalog::load(test::sourcePath("extension/messages"), locale);
        const std::vector<DocumentReport> checked = reports(messages);
        expectSameAs(locale + ".json", resultJson(checked, "0.0.0-test"));
        expectSameAs(locale + ".csv", resultCsv(checked, messages));
        expectSameAs(locale + ".html", resultHtml(checked, messages));
        expectSameAs(locale + ".txt", resultText(checked, messages));
    }
}

TEST(ReportOutput, ADocumentsJsonReadBackWritesTheSameJson) {
    const MessageCatalog messages = MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN");
    for (const DocumentReport& report : reports(messages)) {
        const std::string json = documentJson(report);
        EXPECT_EQ(documentJson(parseDocumentJson(json)), json) << report.path;
    }
}

}  // namespace
}  // namespace reportkit
