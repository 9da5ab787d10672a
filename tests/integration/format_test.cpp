// GB/T 9704 format checks and one-click formatting in a real LibreOffice, on .odt and .docx: a
// skeleton has no format finding, LibreOffice's default format has them for the page, the body and
// the headings, and `reportkit fix` removes them without changing a character of the text.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "document_reader.hpp"
#include "fix_applier.hpp"
#include "office_environment.hpp"
#include "property_values.hpp"
#include "report.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using nlohmann::json;

const std::string kReport = "samples/party-branch-report-2023.txt";

CommandResult reportkit(const std::string& arguments) {
    return runCommand("LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + scratchDir() + "/format-office " +
                      buildPath("reportkit") + " " + arguments);
}

std::string formatDir() {
    const std::string dir = scratchDir() + "/format";
    std::filesystem::create_directories(dir);
    return dir;
}

// The format rules a document's JSON report has findings of.
std::set<std::string> formatRules(const json& document) {
    std::set<std::string> rules;
    for (const json& finding : document["findings"]) {
        const std::string rule = finding["rule"];
        if (rule.rfind("format.", 0) == 0) rules.insert(rule);
    }
    return rules;
}

json checked(const std::string& path) {
    const CommandResult run = reportkit("check --format json " + path);
    EXPECT_NE(run.status, 2) << run.err;
    return json::parse(run.out)["documents"][0];
}

std::vector<std::string> paragraphTexts(const std::string& path) {
    const auto model = loadModel(path);
    std::vector<std::string> texts;
    for (const auto& paragraph : writer::readDocument(model).paragraphs) texts.push_back(paragraph.text);
    writer::OfficeSession::close(model);
    return texts;
}

class FormatOfFiles : public ::testing::TestWithParam<const char*> {};

TEST_P(FormatOfFiles, ASkeletonHasNoFormatFinding) {
    const std::string path = formatDir() + "/new" + GetParam();
    const CommandResult made =
        reportkit("new --template party-branch-secretary-report --var unit=第一党支部 --var name=张三 " + path);
    ASSERT_EQ(made.status, 0) << made.err;
    const json document = checked(path);
    EXPECT_EQ(document["status"], "ok");
    EXPECT_EQ(formatRules(document), std::set<std::string>()) << document.dump(1);
}

TEST_P(FormatOfFiles, LibreOfficesDefaultFormatIsFoundAndFixWithoutChangingTheText) {
    const std::string input = formatDir() + "/default" + GetParam();
    convert(sourcePath(kReport), input);
    const json before = checked(input);
    const std::set<std::string> rules = formatRules(before);
    for (const char* rule : {"format.page-size", "format.margins", "format.line-grid", "format.title", "format.body-font",
                             "format.heading-font", "format.first-line-indent", "format.page-number"})
        EXPECT_EQ(rules.count(rule), rule == std::string("format.page-size") ? 0u : 1u) << rule;  // A4 already

    const std::string output = formatDir() + "/fixed" + GetParam();
    const CommandResult fixed = reportkit("fix " + input + " -o " + output);
    ASSERT_EQ(fixed.status, 0) << fixed.err;
    const json after = checked(output);
    EXPECT_EQ(formatRules(after), std::set<std::string>()) << after.dump(1);
    EXPECT_EQ(paragraphTexts(output), paragraphTexts(input));
}

INSTANTIATE_TEST_SUITE_P(OdtAndDocx, FormatOfFiles, ::testing::Values(".odt", ".docx"),
                         [](const auto& info) { return std::string(info.param + 1); });

// A new document whose default paragraph style is set in `font`, with a title, a heading and a
// body paragraph typed into it.
Reference<frame::XModel> documentInStyle(const char* font) {
    Reference<frame::XModel> model(office().load("private:factory/swriter", writer::OfficeSession::LoadMode::editable),
                                   UNO_QUERY_THROW);
    const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> paragraphs(families->getByName("ParagraphStyles"), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> standard(paragraphs->getByName("Standard"), UNO_QUERY_THROW);
    standard->setPropertyValue("CharFontNameAsian", uno::Any(writer::fromUtf8(font)));
    standard->setPropertyValue("CharHeightAsian", uno::Any(16.f));
    const Reference<text::XText> text = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    const Reference<text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    const Reference<text::XTextRange> end(cursor, UNO_QUERY_THROW);
    text->insertString(end, writer::fromUtf8("关于2025年度抓基层党建工作的述职报告"), false);
    text->insertControlCharacter(end, text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertString(end, writer::fromUtf8("一年来，本人认真履行第一责任人职责，现报告如下。"), false);
    return model;
}

json checkModel(const Reference<frame::XModel>& model) {
    const auto checker = org::reportkit::Checker::create(office().context());
    return json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")));
}

std::vector<json> findingsOf(const json& report, const std::string& rule) {
    std::vector<json> found;
    for (const json& finding : report["findings"])
        if (finding["rule"] == rule) found.push_back(finding);
    return found;
}

TEST(FormatInWriter, AFontInheritedFromTheParagraphStyleIsTheFontUnderAnyOfItsNames) {
    for (const char* font : {"仿宋_GB2312", "仿宋", "FangSong"}) {
        SCOPED_TRACE(font);
        const auto model = documentInStyle(font);
        EXPECT_TRUE(findingsOf(checkModel(model), "format.body-font").empty());
        writer::OfficeSession::close(model);
    }
    const auto model = documentInStyle("宋体");
    const auto findings = findingsOf(checkModel(model), "format.body-font");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0]["paragraph"], 1);
    EXPECT_EQ(findings[0]["found"], "宋体 16 pt");
    writer::OfficeSession::close(model);
}

TEST(FormatInWriter, DirectFormattingOverTheStyleIsFoundAtItsCharactersAndItsFixIsOneUndoStep) {
    const auto model = documentInStyle("仿宋_GB2312");
    const auto body = writer::bodyParagraphs(model)[1];
    const Reference<text::XTextCursor> words = body->getText()->createTextCursorByRange(body->getStart());
    words->goRight(3, false);
    words->goRight(4, true);  // 本人认真
    Reference<beans::XPropertySet>(words, UNO_QUERY_THROW)->setPropertyValue("CharFontNameAsian", uno::Any(OUString("SimSun")));

    const json report = checkModel(model);
    const auto findings = findingsOf(report, "format.body-font");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0]["place"], json::parse(R"({"start":3,"length":4})"));
    EXPECT_EQ(findings[0]["found"], "SimSun 16 pt");

    // The fix as the panel makes it: this finding's, which sets no page and can be undone.
    const auto messages = MessageCatalog::load(sourcePath("extension/messages"), "en");
    DocumentReport fresh = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none);
    const auto wrong = std::find_if(fresh.findings.begin(), fresh.findings.end(),
                                    [](const Finding& f) { return f.rule == "format.body-font"; });
    ASSERT_NE(wrong, fresh.findings.end());
    ASSERT_FALSE(writer::changesPages(*wrong->fix));
    EXPECT_EQ(writer::applyFix(model, *wrong->fix, messages, office().context()), 1);
    EXPECT_TRUE(findingsOf(checkModel(model), "format.body-font").empty());
    const auto undo = Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    undo->undo();
    EXPECT_EQ(findingsOf(checkModel(model), "format.body-font").size(), 1u);
    writer::OfficeSession::close(model);
}

// A report whose first page has a style of its own (margins right) and whose other pages follow in
// the default one (margins LibreOffice's): both styles are checked, in Writer and in a file the
// command line opens without a layout, and the wrong one is reported where its pages begin.
TEST(FormatInWriter, APageStyleAndTheStyleItsPagesFollowInAreBothChecked) {
    const auto model = documentInStyle("仿宋_GB2312");
    const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> pages(families->getByName("PageStyles"), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> first(pages->getByName("First Page"), UNO_QUERY_THROW);
    ASSERT_EQ(first->getPropertyValue("FollowStyle").get<OUString>(), "Standard");
    for (const auto& [name, value] : {std::pair{"Width", 21000}, {"Height", 29700}, {"TopMargin", 3700},
                                      {"BottomMargin", 3500}, {"LeftMargin", 2800}, {"RightMargin", 2600}})
        first->setPropertyValue(OUString::createFromAscii(name), uno::Any(sal_Int32(value)));
    Reference<beans::XPropertySet>(writer::bodyParagraphs(model)[0], UNO_QUERY_THROW)
        ->setPropertyValue("PageDescName", uno::Any(OUString("First Page")));
    const std::string path = formatDir() + "/first-page.odt";
    Reference<frame::XStorable>(model, UNO_QUERY_THROW)
        ->storeToURL(writer::fileUrl(path), writer::propertyValues({{"FilterName", uno::Any(OUString("writer8"))}}));

    for (const json& report : {checkModel(model), checked(path)}) {
        const auto margins = findingsOf(report, "format.margins");
        ASSERT_EQ(margins.size(), 1u) << report.dump(1);
        EXPECT_EQ(margins[0]["paragraph"], 1);
        EXPECT_EQ(margins[0]["found"], "20 / 20 / 20 / 20 mm");
    }
    writer::OfficeSession::close(model);
}

}  // namespace
}  // namespace reportkit::test
