#include <algorithm>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "format_fixtures.hpp"
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

TEST(Report, EveryEditSaysWhatTextItWasComputedFrom) {
    const Document doc = documentFromText(test::readFile(test::sourcePath("samples/party-branch-report-2023-slips.txt")), "");
    const DocumentReport report = checkDocument(doc, nullptr, TemplateSource::none);
    ASSERT_TRUE(report.findings.at(0).fix.has_value());
    const TextEdit& edit = report.findings[0].fix->text.at(0);
    EXPECT_EQ(edit.original, "二.");
    EXPECT_EQ(edit.paragraphHash, textHash(doc.paragraphs[edit.paragraph].text));
    EXPECT_NE(edit.paragraphHash, textHash(doc.paragraphs[edit.paragraph].text + " "));
    // In the JSON too, so that a fix read back is checked as well.
    EXPECT_EQ(parseDocumentJson(documentJson(report)).findings[0].fix->text[0].original, "二.");
}

TEST(Report, AFindingIsFoundAgainAfterParagraphsMoveAndLostWhenItsTextChanges) {
    const std::string text = "一、履职情况\n（一）抓学习\n二.存在问题\n（一）不够深入\n";
    const Document before = documentFromText(text, "");
    const DocumentReport first = checkDocument(before, nullptr, TemplateSource::none);
    ASSERT_EQ(first.findings.size(), 1u);
    const std::string key = ignoreKey(first.findings[0], before);

    // Two paragraphs typed above: the same occurrence, two paragraphs further down.
    const Document moved = documentFromText("补充说明\n另一段\n" + text, "");
    const DocumentReport second = checkDocument(moved, nullptr, TemplateSource::none);
    const int again = findSameFinding(second.findings, moved, key, first.findings[0].paragraph);
    ASSERT_GE(again, 0);
    EXPECT_EQ(second.findings[again].paragraph, 4);
    EXPECT_EQ(second.findings[again].fix->text.at(0).paragraph, 4);

    // Of two equal occurrences, the one nearest the old place.
    const Document twice = documentFromText(text + "二.存在问题\n", "");
    const DocumentReport third = checkDocument(twice, nullptr, TemplateSource::none);
    const int nearest = findSameFinding(third.findings, twice, key, 2);
    ASSERT_GE(nearest, 0);
    EXPECT_EQ(third.findings[nearest].paragraph, 2);

    // Its paragraph rewritten: gone, even though the marker is still wrong.
    const Document changed = documentFromText("一、履职情况\n（一）抓学习\n二.存在的问题\n（一）不够深入\n", "");
    EXPECT_EQ(findSameFinding(checkDocument(changed, nullptr, TemplateSource::none).findings, changed, key, 2), -1);
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

TEST(Report, AFormatProblemOfManyParagraphsIsOneFindingAndAnIgnoredOccurrenceStandsApart) {
    Document doc = test::formattedReport();
    for (Paragraph& paragraph : doc.paragraphs) paragraph.format.firstLineIndentMm = 0;
    doc.paragraphs[5].text += "  ";  // stray spaces at two paragraphs' ends: a place each
    doc.paragraphs[6].text += "  ";
    const auto only = [](const DocumentReport& report, const std::string& rule) {
        std::vector<Finding> found;
        for (const Finding& finding : report.findings)
            if (finding.rule == rule) found.push_back(finding);
        return found;
    };
    DocumentReport first = checkDocument(doc, nullptr, TemplateSource::none);
    const std::vector<Finding> indents = only(first, "format.first-line-indent");
    ASSERT_EQ(indents.size(), 1u);
    EXPECT_EQ(indents[0].paragraph, 3);
    EXPECT_EQ(indents[0].repeats, (std::vector<int>{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    EXPECT_EQ(only(first, "format.spacing").size(), 2u);
    localise(first, englishCatalog());
    const Finding folded = only(first, "format.first-line-indent").at(0);
    const std::string repeats = " The same in 11 more paragraph(s).";
    EXPECT_EQ(folded.message.substr(folded.message.size() - repeats.size()), repeats);
    const DocumentReport copy = parseDocumentJson(documentJson(first));
    EXPECT_EQ(only(copy, "format.first-line-indent")[0].repeats, indents[0].repeats);

    // Ignoring the folded finding ignores every paragraph of it; ignoring one paragraph's occurrence
    // takes that one out of the fold.
    const std::vector<std::string> keys = ignoreKeys(indents[0], doc);
    ASSERT_EQ(keys.size(), 12u);
    doc.ignored = {keys[2]};
    const DocumentReport second = checkDocument(doc, nullptr, TemplateSource::none);
    const std::vector<Finding> after = only(second, "format.first-line-indent");
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0].repeats, (std::vector<int>{4, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    EXPECT_EQ(after[1].paragraph, 5);
    EXPECT_TRUE(after[1].ignored);
    doc.ignored = keys;
    const std::vector<Finding> allIgnored = only(checkDocument(doc, nullptr, TemplateSource::none), "format.first-line-indent");
    EXPECT_EQ(allIgnored.size(), 12u);
    EXPECT_TRUE(std::all_of(allIgnored.begin(), allIgnored.end(), [](const Finding& f) { return f.ignored; }));
}

TEST(Report, ADisabledRuleDoesNotRun) {
    const Document doc = documentFromText("一、主要工作\n二.存在问题\n四、下步打算\n", "off.txt");
    EXPECT_EQ(checkDocument(doc, nullptr, TemplateSource::none).findings.size(), 2u);
    const auto findings = checkDocument(doc, nullptr, TemplateSource::none, {"numbering.style"}).findings;
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "numbering.sequence");
}

// A new document: one empty paragraph on Writer's default page (A4, 2 cm margins, no grid).
Document newEmptyDocument() {
    Document document;
    document.hasFormat = true;
    PageFormat page;
    page.style = "Standard";
    page.widthMm = 210;
    page.heightMm = 297;
    page.topMm = page.bottomMm = page.leftMm = page.rightMm = 20;
    document.pages.push_back(page);
    document.paragraphs.emplace_back();
    document.paragraphs.back().format.page = 0;
    return document;
}

TEST(CheckDocument, ADocumentWithoutTextHasNoFormatFindingUntilTextIsTyped) {
    Document document = newEmptyDocument();
    EXPECT_TRUE(checkDocument(document, nullptr, TemplateSource::none).findings.empty());

    document.paragraphs.back().text = "关于某某工作的报告";
    std::vector<std::string> rules;
    for (const Finding& finding : checkDocument(document, nullptr, TemplateSource::none).findings) rules.push_back(finding.rule);
    for (const char* rule : {"format.margins", "format.page-number", "format.title"})
        EXPECT_NE(std::find(rules.begin(), rules.end(), rule), rules.end()) << rule;
}

TEST(CheckParagraphText, FindsWhatTheParagraphShowsAloneWithItsFixInItsOwnText) {
    // A wrong marker and a heading ending in a colon: both need nothing but this paragraph.
    const DocumentReport report = checkParagraphText("（一）、主要做法：");
    ASSERT_EQ(report.findings.size(), 2u);
    const Finding& marker = report.findings[0].rule == "numbering.style" ? report.findings[0] : report.findings[1];
    const Finding& colon = &marker == &report.findings[0] ? report.findings[1] : report.findings[0];
    EXPECT_EQ(marker.rule, "numbering.style");
    EXPECT_EQ(marker.place.start, 0);
    EXPECT_EQ(marker.place.length, 4);
    ASSERT_TRUE(marker.fix.has_value());
    EXPECT_EQ(marker.fix->text.at(0).replacement, "（一）");
    EXPECT_EQ(marker.fix->text.at(0).original, "（一）、");
    EXPECT_EQ(colon.rule, "heading.punctuation");
    EXPECT_EQ(colon.place.start, 8);
    EXPECT_EQ(colon.place.length, 1);
    // The numbering of the whole document is not this paragraph's to judge: a third chapter
    // alone is no skip, and a right marker gives nothing.
    EXPECT_TRUE(checkParagraphText("三、存在问题").findings.empty());
    EXPECT_TRUE(checkParagraphText("（一）强化理论武装，全年开展集中学习12次。").findings.empty());
    EXPECT_TRUE(checkParagraphText("二.存在问题", {"numbering.style"}).findings.empty());
}

TEST(AdjacentFinding, GoesToTheNextOrPreviousPlaceInTheTextAndComesRound) {
    const Document doc = documentFromText("一、主要工作\n二.存在问题\n三，下步打算\n四、其他。\n", "nav.txt");
    DocumentReport report = checkDocument(doc, nullptr, TemplateSource::none);
    std::vector<std::pair<int, int>> places;
    for (const Finding& f : report.findings) places.emplace_back(f.paragraph, f.place.start);
    ASSERT_EQ(places, (std::vector<std::pair<int, int>>{{1, 0}, {2, 0}, {3, 4}}));
    const auto go = [&](int paragraph, int offset, bool forward) {
        const int i = adjacentFinding(report.findings, paragraph, offset, forward);
        return i < 0 ? std::make_pair(-1, -1) : std::make_pair(report.findings[i].paragraph, report.findings[i].place.start);
    };
    EXPECT_EQ(go(0, 0, true), std::make_pair(1, 0));
    EXPECT_EQ(go(1, 0, true), std::make_pair(2, 0));   // from the chosen one to the one after
    EXPECT_EQ(go(3, 4, true), std::make_pair(1, 0));   // round from the end
    EXPECT_EQ(go(2, 0, false), std::make_pair(1, 0));
    EXPECT_EQ(go(0, 3, false), std::make_pair(3, 4));  // round from the start
    EXPECT_EQ(go(3, 1, false), std::make_pair(2, 0));
    report.findings[1].ignored = true;
    EXPECT_EQ(go(1, 0, true), std::make_pair(3, 4));   // an ignored one is passed over
    EXPECT_EQ(adjacentFinding({}, 0, 0, true), -1);
}

TEST(Report, CsvHasOneRowPerDocumentWithQuotingAndAByteOrderMark) {
    DocumentReport checked = slipsReport();
    checked.path = "reports/a, b.txt";
    const DocumentReport broken = unreadableReport("reports/\"c\".docx", "LibreOffice could not open it");
    EXPECT_EQ(resultCsv({checked, broken}, englishCatalog()),
              "\xEF\xBB\xBF"
              "Document,Template,Status,Errors,Warnings,Format problems,Required sections,Required topics,Could not be read because\r\n"
              "\"reports/a, b.txt\",,ok,2,0,0,,,\r\n"
              "\"reports/\"\"c\"\".docx\",,error,,,,,,LibreOffice could not open it\r\n");
}


TEST(Report, TheTemplateIsShownByItsNameInTheReportsLanguage) {
    const TemplateSet templates = loadTemplates({test::sourcePath("extension/templates")});
    const Template* party = templates.find("party-branch-secretary-report");
    ASSERT_NE(party, nullptr);
    DocumentReport report = checkDocument(documentFromText("一、履职情况\n", "a.txt"), party, TemplateSource::option);
    localise(report, MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN"));
    EXPECT_EQ(report.templateLabel(), "党支部书记抓党建工作述职报告");
    const nlohmann::json json = nlohmann::json::parse(documentJson(report));
    EXPECT_EQ(json["template"]["id"], "party-branch-secretary-report");
    EXPECT_EQ(json["template"]["name"], "党支部书记抓党建工作述职报告");
    EXPECT_EQ(parseDocumentJson(documentJson(report)).templateLabel(), "党支部书记抓党建工作述职报告");
    const std::string page = resultHtml({report}, MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN"));
    EXPECT_NE(page.find("<td title=\"party-branch-secretary-report\">党支部书记抓党建工作述职报告</td>"), std::string::npos);
    EXPECT_EQ(resultText({report}, englishCatalog()).find("party-branch-secretary-report"), std::string::npos);
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
    // A heatmap column by the rule's name, its id for programs in the title.
    EXPECT_TRUE(has("<th title=\"numbering.style\">marker form</th>"));
    EXPECT_TRUE(has("<td class=\"n c2\">2</td>"));                              // two findings of it
    // The unreadable document's cells say it was not checked, not that it had no problems.
    const std::string unreadableRow = page.substr(page.find("<tr><td>reports/b.docx</td>"));
    EXPECT_EQ(unreadableRow.substr(0, unreadableRow.find("</tr>")).find(">0<"), std::string::npos);
    EXPECT_NE(unreadableRow.find("<td class=\"na\">—</td>"), std::string::npos);
    EXPECT_TRUE(has("<li class=\"error\">paragraph 8 “二.存在问题” — Section number “二.” is not in the standard form"));
    EXPECT_TRUE(has("<p class=\"unreadable\">LibreOffice could not open it</p>"));
    EXPECT_FALSE(has("(numbering.style)"));                                     // findings name their rule
    EXPECT_TRUE(has("<script>"));                                               // sorting, inline
    EXPECT_FALSE(has("http"));                                                  // nothing from the network
}

// A rule that throws, beside one that works.
class ThrowingRule final : public Rule {
public:
    std::string_view id() const override { return "test.throws"; }
    void check(const CheckInput& /*input*/, std::vector<Finding>& findings) const override {
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
