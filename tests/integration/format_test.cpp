// GB/T 9704 format checks and one-click formatting in a real LibreOffice, on .odt and .docx: a
// skeleton has no format finding, LibreOffice's default format has them for the page, the body and
// the headings, and `reportkit fix` removes them without changing a character of the text.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <tuple>

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

    // The fix as the panel makes it: this finding's, which one Undo takes back.
    const auto messages = MessageCatalog::load(sourcePath("extension/messages"), "en");
    DocumentReport fresh = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none);
    const auto wrong = std::find_if(fresh.findings.begin(), fresh.findings.end(),
                                    [](const Finding& f) { return f.rule == "format.body-font"; });
    ASSERT_NE(wrong, fresh.findings.end());
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

// The page style a document's first paragraph is on, and that style's margins and grid as the
// format rules read them.
struct FirstPage {
    std::string style;
    std::string pageDescName;
    sal_Int32 top = 0, left = 0;
    sal_Int16 gridMode = 0;
    bool operator==(const FirstPage& other) const {
        return std::tie(style, pageDescName, top, left, gridMode) ==
               std::tie(other.style, other.pageDescName, other.top, other.left, other.gridMode);
    }
};

FirstPage firstPage(const Reference<frame::XModel>& model) {
    const Reference<beans::XPropertySet> paragraph(writer::bodyParagraphs(model)[0], UNO_QUERY_THROW);
    FirstPage page;
    OUString style, descName;
    paragraph->getPropertyValue("PageStyleName") >>= style;
    paragraph->getPropertyValue("PageDescName") >>= descName;
    page.style = writer::toUtf8(style);
    page.pageDescName = writer::toUtf8(descName);
    const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> pages(families->getByName("PageStyles"), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> used(pages->getByName(style), UNO_QUERY_THROW);
    used->getPropertyValue("TopMargin") >>= page.top;
    used->getPropertyValue("LeftMargin") >>= page.left;
    used->getPropertyValue("GridMode") >>= page.gridMode;
    return page;
}

std::vector<std::string> textsOf(const Reference<frame::XModel>& model) {
    std::vector<std::string> texts;
    for (const auto& paragraph : writer::bodyParagraphs(model)) texts.push_back(writer::toUtf8(paragraph->getString()));
    return texts;
}

// Fix all on a document in LibreOffice's default page (2 cm margins, no grid), with a wrong
// marker and fonts: the page, the text and the fonts are fixed in one step named after what it
// changed, which one Undo takes back whole, the undo history before it kept; Redo makes it again.
TEST(FormatInWriter, FixAllSetsThePageInOneStepThatOneUndoTakesBack) {
    const auto model = documentInStyle("SimSun");
    const Reference<text::XText> text = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertString(text->getEnd(), writer::fromUtf8("一.主要工作"), false);
    const auto undo = Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    const auto history = undo->getAllUndoActionTitles();
    ASSERT_GT(history.getLength(), 0);
    const std::vector<std::string> texts = textsOf(model);
    const FirstPage before = firstPage(model);
    EXPECT_EQ(before.style, "Standard");
    EXPECT_EQ(before.top, 2000);
    EXPECT_EQ(before.gridMode, 0);
    const json wrong = checkModel(model);
    for (const char* rule : {"format.margins", "format.line-grid", "format.body-font", "format.page-number"})
        EXPECT_EQ(findingsOf(wrong, rule).size(), 1u) << rule << wrong.dump(1);

    DocumentReport report = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none);
    for (const Finding& finding : report.findings) {
        if (!finding.fix) continue;
        EXPECT_TRUE(writer::pagesUndoable(model, *finding.fix)) << finding.rule;
    }
    const auto checker = org::reportkit::Checker::create(office().context());
    EXPECT_GT(checker->fixAll(model, "", "en"), 0);
    const json fixed = checkModel(model);
    for (const char* rule : {"format.margins", "format.line-grid", "format.body-font", "format.page-number", "numbering.style"})
        EXPECT_TRUE(findingsOf(fixed, rule).empty()) << rule << fixed.dump(1);
    EXPECT_EQ(textsOf(model).back(), "一、主要工作");
    const FirstPage after = firstPage(model);
    EXPECT_EQ(after.style, "Default Page Style (GB/T 9704)");
    EXPECT_NEAR(after.top, 3700, 2);  // Writer keeps lengths in twips
    EXPECT_NEAR(after.left, 2800, 2);
    EXPECT_NE(after.gridMode, 0);
    const std::string title = writer::toUtf8(undo->getCurrentUndoActionTitle());
    EXPECT_EQ(title.rfind("ReportKit: fix problems and set the page's ", 0), 0u) << title;
    for (const char* part : {"margins", "lines a page", "page numbers"}) EXPECT_NE(title.find(part), std::string::npos) << title;
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), history.getLength() + 1);

    undo->undo();
    EXPECT_EQ(textsOf(model), texts);
    EXPECT_EQ(firstPage(model), before);
    EXPECT_EQ(undo->getAllUndoActionTitles(), history);
    const json undone = checkModel(model);
    ASSERT_EQ(findingsOf(undone, "format.margins").size(), 1u);
    EXPECT_EQ(findingsOf(undone, "format.margins")[0]["found"], "20 / 20 / 20 / 20 mm");
    EXPECT_EQ(findingsOf(undone, "format.line-grid").size(), 1u);

    undo->redo();
    EXPECT_EQ(firstPage(model), after);
    EXPECT_EQ(textsOf(model).back(), "一、主要工作");
    writer::OfficeSession::close(model);
}

// A first page style and the style its pages follow in (Word's section with a different first
// page) are changed in place, which cannot be undone: copies of them would become two sections of
// a saved .docx. The fix says so beforehand.
TEST(FormatInWriter, AFirstPageStyleAndItsFollowAreFixedInPlaceAndSaidToBeIrreversible) {
    const auto model = documentInStyle("仿宋_GB2312");
    const Reference<beans::XPropertySet> opening(writer::bodyParagraphs(model)[0], UNO_QUERY_THROW);
    opening->setPropertyValue("PageDescName", uno::Any(OUString("First Page")));
    DocumentReport report = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none);
    const auto margins = std::find_if(report.findings.begin(), report.findings.end(),
                                      [](const Finding& f) { return f.rule == "format.margins"; });
    ASSERT_NE(margins, report.findings.end());
    EXPECT_FALSE(writer::pagesUndoable(model, *margins->fix));

    const auto checker = org::reportkit::Checker::create(office().context());
    EXPECT_GT(checker->fixAll(model, "", "en"), 0);
    EXPECT_EQ(firstPage(model).style, "First Page");
    const json fixed = checkModel(model);
    for (const char* rule : {"format.margins", "format.line-grid", "format.page-size"})
        EXPECT_TRUE(findingsOf(fixed, rule).empty()) << rule << fixed.dump(1);
    writer::OfficeSession::close(model);
}

}  // namespace
}  // namespace reportkit::test
