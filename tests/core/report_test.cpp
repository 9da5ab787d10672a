#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "report.hpp"
#include "rules/rules.hpp"

namespace reportkit {
namespace {

MessageCatalog englishCatalog() { return MessageCatalog::load(test::sourcePath("extension/messages"), "en"); }

DocumentReport slipsReport() {
    const Document doc = documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023-slips.txt")),
                                          "samples/party-branch-report-2023-slips.txt");
    DocumentReport report = checkDocument(doc, nullptr, TemplateSource::none);
    localise(report, englishCatalog());
    return report;
}

TEST(Report, JsonFollowsTheContract) {
    const auto json = nlohmann::json::parse(resultJson({slipsReport()}, "0.1.0"));
    EXPECT_EQ(json["tool"]["name"], "reportkit");
    EXPECT_EQ(json["tool"]["version"], "0.1.0");
    const auto& document = json["documents"].at(0);
    EXPECT_EQ(document["path"], "samples/party-branch-report-2023-slips.txt");
    EXPECT_EQ(document["status"], "ok");
    EXPECT_TRUE(document["error"].is_null());
    EXPECT_EQ(document["template"]["how"], "none");
    EXPECT_EQ(document["paragraphs"], 15);
    ASSERT_EQ(document["findings"].size(), 2u);
    const auto& first = document["findings"][0];
    EXPECT_EQ(first["rule"], "numbering.style");
    EXPECT_EQ(first["severity"], "error");
    EXPECT_EQ(first["paragraph"], 7);
    EXPECT_EQ(first["found"], "二.");
    EXPECT_EQ(first["expected"], "二、");
    EXPECT_EQ(first["fixable"], true);
    EXPECT_EQ(first["message"], "Section number “二.” is not in the standard form: write “二、”.");
    EXPECT_EQ(document["findings"][1]["paragraph"], 11);
    EXPECT_EQ(document["summary"]["errors"], 2);
    EXPECT_EQ(document["summary"]["warnings"], 0);
    EXPECT_TRUE(document["sections"].is_array());
    EXPECT_TRUE(document["topics"].is_array());
}

TEST(Report, JsonRoundTrips) {
    DocumentReport original = slipsReport();
    original.templateId = "party-branch-secretary-report";
    original.templateVersion = "1";
    original.templateSource = TemplateSource::recorded;
    const DocumentReport copy = parseDocumentJson(documentJson(original));
    EXPECT_EQ(documentJson(copy), documentJson(original));
    EXPECT_THROW(parseDocumentJson("{\"path\": 3}"), std::runtime_error);
    EXPECT_THROW(parseDocumentJson("not json"), std::runtime_error);
}

TEST(Report, UnreadableDocumentHasStatusError) {
    const auto json = nlohmann::json::parse(documentJson(unreadableReport("x.docx", "LibreOffice could not open it")));
    EXPECT_EQ(json["status"], "error");
    EXPECT_EQ(json["error"], "LibreOffice could not open it");
    EXPECT_TRUE(json["findings"].empty());
}

TEST(Report, TextNamesEachFindingWithItsParagraph) {
    const std::string text = resultText({slipsReport()}, englishCatalog());
    EXPECT_EQ(text,
              "samples/party-branch-report-2023-slips.txt: 2 error(s), 0 warning(s); template: none (numbering only)\n"
              "  paragraph 8 · error · numbering.style: Section number “二.” is not in the standard form: write “二、”.\n"
              "  paragraph 12 · error · numbering.style: Section number “三，” is not in the standard form: write “三、”.\n");
}


TEST(Report, AnIgnoredOccurrenceIsKeptButNotCountedUntilItsParagraphChanges) {
    Document doc = documentFromText("一、主要工作\n二.存在问题\n三，下步打算\n", "ignore.txt");
    const DocumentReport first = checkDocument(doc, nullptr, TemplateSource::none);
    ASSERT_EQ(first.count(Severity::error), 2);
    doc.ignored.push_back(ignoreKey(first.findings[0], doc));
    EXPECT_EQ(ignoreKey(first.findings[0], doc).rfind("numbering.style|二.|", 0), 0u);

    const DocumentReport second = checkDocument(doc, nullptr, TemplateSource::none);
    ASSERT_EQ(second.findings.size(), 2u);
    EXPECT_TRUE(second.findings[0].ignored);
    EXPECT_FALSE(second.findings[1].ignored);
    EXPECT_EQ(second.count(Severity::error), 1);
    const auto json = nlohmann::json::parse(documentJson(second));
    EXPECT_EQ(json["findings"][0]["ignored"], true);
    EXPECT_EQ(json["summary"]["errors"], 1);
    EXPECT_EQ(parseDocumentJson(documentJson(second)).findings[0].ignored, true);

    doc.paragraphs[1].text = "二.存在的问题";  // edited: the ignore no longer applies
    EXPECT_EQ(checkDocument(doc, nullptr, TemplateSource::none).count(Severity::error), 2);
}

TEST(Report, ADisabledRuleDoesNotRun) {
    const Document doc = documentFromText("一、主要工作\n二.存在问题\n四、下步打算\n", "off.txt");
    EXPECT_EQ(checkDocument(doc, nullptr, TemplateSource::none).findings.size(), 2u);
    const auto findings = checkDocument(doc, nullptr, TemplateSource::none, {"numbering.style"}).findings;
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "numbering.sequence");
}


TEST(Report, CsvHasOneRowPerDocumentWithQuotingAndAByteOrderMark) {
    DocumentReport checked = slipsReport();
    checked.path = "reports/a, b.txt";
    const DocumentReport broken = unreadableReport("reports/\"c\".docx", "LibreOffice could not open it");
    EXPECT_EQ(resultCsv({checked, broken}, englishCatalog()),
              "\xEF\xBB\xBF"
              "Document,Template,Status,Errors,Warnings,Required sections,Required topics,Could not be read because\r\n"
              "\"reports/a, b.txt\",,ok,2,0,,,\r\n"
              "\"reports/\"\"c\"\".docx\",,error,,,,,LibreOffice could not open it\r\n");
}


TEST(Report, HtmlIsSelfContainedWithSummaryHeatmapAndDetails) {
    DocumentReport checked = slipsReport();
    checked.path = "reports/<a>.txt";
    const std::string page = resultHtml({checked, unreadableReport("reports/b.docx", "LibreOffice could not open it")},
                                        englishCatalog());
    const auto has = [&](const std::string& part) { return page.find(part) != std::string::npos; };
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_TRUE(has("<title>ReportKit: checked reports</title>"));
    EXPECT_TRUE(has("<p>2 document(s); 2 with errors or unreadable.</p>"));
    EXPECT_TRUE(has("<a href=\"#doc0\">reports/&lt;a&gt;.txt</a>"));           // escaped
    EXPECT_TRUE(has("<th>numbering.style</th>"));                               // heatmap column
    EXPECT_TRUE(has("<td class=\"n c2\">2</td>"));                              // two findings of it
    EXPECT_TRUE(has("<li class=\"error\">paragraph 8 “二.存在问题” — Section number “二.” is not in the standard form"));
    EXPECT_TRUE(has("<p class=\"unreadable\">LibreOffice could not open it</p>"));
    EXPECT_TRUE(has("<script>"));                                               // sorting, inline
    EXPECT_FALSE(has("http"));                                                  // nothing from the network
}

// A rule that throws, beside one that works.
class ThrowingRule final : public Rule {
public:
    std::string_view id() const override { return "test.throws"; }
    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        findings.push_back(finding(0, Severity::error, "never.shown", "", ""));  // a partial result, dropped
        throw std::runtime_error("broken on purpose");
    }
};

TEST(CheckDocument, AFailingRuleLeavesANoteAndTheOthersStillRun) {
    std::vector<std::unique_ptr<Rule>> rules;
    rules.push_back(std::make_unique<ThrowingRule>());
    rules.push_back(makeNumberingStyleRule());
    const Document document = documentFromText("一、总体情况\n二.存在问题\n", "x");
    const DocumentReport report = checkDocument(document, nullptr, TemplateSource::none, {}, rules);
    ASSERT_EQ(report.findings.size(), 2u);
    EXPECT_EQ(report.findings[0].rule, "test.throws");
    EXPECT_EQ(report.findings[0].severity, Severity::info);
    EXPECT_EQ(report.findings[0].messageKey, "engine.rule-failed");
    EXPECT_EQ(report.findings[0].found, "broken on purpose");
    EXPECT_EQ(report.findings[1].rule, "numbering.style");
    EXPECT_EQ(report.findings[1].paragraph, 1);
}

}  // namespace
}  // namespace reportkit
