// Inserting skeletons in a real Writer: every built-in kind into an empty and into a non-empty
// document, checked, then undone in one step.
#include <gtest/gtest.h>

#include <filesystem>

#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "document_reader.hpp"
#include "engine.hpp"
#include "office_environment.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using nlohmann::json;

const TemplateSet& builtIn() {
    static const TemplateSet set = loadTemplates({sourcePath("extension/templates")});
    return set;
}

Reference<frame::XModel> newDocument() {
    Reference<frame::XModel> model(office().load("private:factory/swriter", writer::OfficeSession::LoadMode::editable),
                                   UNO_QUERY);
    EXPECT_TRUE(model.is());
    return model;
}

std::vector<std::string> paragraphTexts(const Reference<frame::XModel>& model) {
    std::vector<std::string> texts;
    for (const auto& range : writer::bodyParagraphs(model)) texts.push_back(writer::toUtf8(range->getString()));
    return texts;
}

int placeholderFields(const Reference<frame::XModel>& model) {
    const auto fields = Reference<text::XTextFieldsSupplier>(model, UNO_QUERY_THROW)->getTextFields()->createEnumeration();
    int count = 0;
    while (fields->hasMoreElements()) {
        const Reference<lang::XServiceInfo> field(fields->nextElement(), UNO_QUERY);
        if (field.is() && field->supportsService("com.sun.star.text.TextField.JumpEdit")) ++count;
    }
    return count;
}

// Every variable of the template, filled.
uno::Sequence<beans::StringPair> valuesFor(const Template& t) {
    std::vector<beans::StringPair> pairs;
    for (const VariableSpec& variable : t.variables) pairs.push_back({writer::fromUtf8(variable.id), writer::fromUtf8("测试")});
    return uno::Sequence<beans::StringPair>(pairs.data(), static_cast<sal_Int32>(pairs.size()));
}

std::vector<SkeletonParagraph> expectedSkeleton(const Template& t) {
    std::map<std::string, std::string> given;
    for (const VariableSpec& variable : t.variables) given[variable.id] = "测试";
    return buildSkeleton(t, resolveVariables(t, given, {2026, 1, 1}).values, reportLanguage(t));  // prompts in the report's language, whatever the interface's
}

// The check of the inserted skeleton: its template recorded, every section found, no numbering,
// heading or format finding, and each prompt reported as a placeholder.
void expectCleanSkeleton(const Reference<frame::XModel>& model, const Template& t, std::size_t prompts) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const json report = json::parse(writer::toUtf8(checker->checkDocument(model, "", "zh-CN")));
    EXPECT_EQ(report["template"]["id"], t.id);
    EXPECT_EQ(report["template"]["how"], "recorded");
    std::size_t placeholders = 0;
    for (const json& finding : report["findings"]) {
        const std::string rule = finding["rule"];
        if (rule == "structure.placeholder") ++placeholders;
        else EXPECT_EQ(rule, "topic.missing") << finding.dump();
    }
    EXPECT_EQ(placeholders, prompts);
    for (const json& section : report["sections"]) EXPECT_TRUE(section["present"].get<bool>()) << section.dump();
}

TEST(SkeletonInWriter, EveryKindIntoAnEmptyDocumentThenOneUndo) {
    const auto checker = org::reportkit::Checker::create(office().context());
    for (const Template& t : builtIn().templates) try {
        SCOPED_TRACE(t.id);
        const auto model = newDocument();
        const json inserted =
            json::parse(writer::toUtf8(checker->insertSkeleton(model, writer::fromUtf8(t.id), valuesFor(t), "zh-CN")));
        const auto expected = expectedSkeleton(t);
        EXPECT_EQ(inserted["paragraphs"], expected.size());
        EXPECT_TRUE(inserted["page_style"].get<bool>());

        const auto ranges = writer::bodyParagraphs(model);
        ASSERT_EQ(ranges.size(), expected.size());
        std::size_t prompts = 0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            // A prompt shows as "<prompt>" after the fixed text.
            const std::string shown = expected[i].text + (expected[i].prompt.empty() ? "" : "<" + expected[i].prompt + ">");
            EXPECT_EQ(writer::toUtf8(ranges[i]->getString()), shown);
            const Reference<beans::XPropertySet> paragraph(ranges[i], UNO_QUERY_THROW);
            EXPECT_EQ(paragraph->getPropertyValue("OutlineLevel").get<sal_Int16>(), expected[i].outlineLevel) << shown;
            prompts += !expected[i].prompt.empty();
        }
        EXPECT_EQ(placeholderFields(model), static_cast<int>(prompts));
        const Reference<beans::XPropertySet> first(ranges[0], UNO_QUERY_THROW);
        // Styles named in the interface's language.
        EXPECT_EQ(writer::toUtf8(first->getPropertyValue("PageDescName").get<OUString>()),
                  t.format.base == "plain" ? "报告页面" : "公文页面（GB/T 9704）");
        EXPECT_EQ(writer::toUtf8(first->getPropertyValue("ParaStyleName").get<OUString>()), "报告标题");
        expectCleanSkeleton(model, t, prompts);

        const auto undo = Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
        EXPECT_EQ(writer::toUtf8(undo->getCurrentUndoActionTitle()), "报告规范助手：插入报告框架");
        const auto titles = undo->getAllUndoActionTitles();
        ASSERT_EQ(titles.getLength(), 1) << writer::toUtf8(titles[titles.getLength() - 1]);
        undo->undo();
        EXPECT_EQ(paragraphTexts(model), std::vector<std::string>{""});
        writer::OfficeSession::close(model);
    } catch (const uno::Exception& error) {
        ADD_FAILURE() << t.id << ": " << writer::toUtf8(error.Message);
    }
}

// A title too long for a line is broken between words by a line break, one paragraph still, and
// the check still takes it for the report it is.
TEST(SkeletonInWriter, ALongTitleBreaksBetweenWordsInsideItsParagraph) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const auto model = newDocument();
    const beans::StringPair values[] = {{"unit", writer::fromUtf8("中共某某市某某区财政局机关党支部")}, {"name", "X"}};
    checker->insertSkeleton(model, "party-branch-secretary-report", uno::Sequence<beans::StringPair>(values, 2), "zh-CN");
    const auto texts = paragraphTexts(model);
    ASSERT_FALSE(texts.empty());
    const std::string year = std::to_string(writer::today().year);
    EXPECT_EQ(texts[0], "中共某某市某某区财政局机关党支部书记\n" + year + "年度抓党建工作述职报告");
    const json report = json::parse(writer::toUtf8(checker->checkDocument(model, "", "zh-CN")));
    EXPECT_EQ(report["template"]["id"], "party-branch-secretary-report");
    for (const json& finding : report["findings"])  // only the prompts still to be replaced
        EXPECT_EQ(finding["rule"], "structure.placeholder") << finding.dump();
    writer::OfficeSession::close(model);
}

TEST(SkeletonInWriter, EveryKindIntoTheMiddleOfAParagraphKeepsTheWritersTextAndTheUndoList) {
    const auto checker = org::reportkit::Checker::create(office().context());
    for (const Template& t : builtIn().templates) try {
        SCOPED_TRACE(t.id);
        const auto model = newDocument();
        const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
        body->setString(writer::fromUtf8("前文第一段"));
        const Reference<text::XTextRange> end = body->getEnd();
        body->insertControlCharacter(end, text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), writer::fromUtf8("后文第二段"), false);
        const std::vector<std::string> before = paragraphTexts(model);
        ASSERT_EQ(before, (std::vector<std::string>{"前文第一段", "后文第二段"}));
        // The view cursor between 前文 and 第一段.
        const auto view = Reference<text::XTextViewCursorSupplier>(model->getCurrentController(), UNO_QUERY_THROW)->getViewCursor();
        view->gotoStart(false);
        view->goRight(2, false);
        const auto undo = Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
        const bool couldUndoBefore = undo->isUndoPossible();

        const json inserted =
            json::parse(writer::toUtf8(checker->insertSkeleton(model, writer::fromUtf8(t.id), valuesFor(t), "zh-CN")));
        EXPECT_FALSE(inserted["page_style"].get<bool>());
        const auto expected = expectedSkeleton(t);
        const std::vector<std::string> after = paragraphTexts(model);
        ASSERT_EQ(after.size(), expected.size() + 3);
        EXPECT_EQ(after.front(), "前文");
        EXPECT_EQ(after[1], expected[0].text);
        EXPECT_EQ(after[after.size() - 2], "第一段");
        EXPECT_EQ(after.back(), "后文第二段");
        const auto ranges = writer::bodyParagraphs(model);
        for (const std::size_t user : {std::size_t{0}, after.size() - 2, after.size() - 1})
            EXPECT_EQ(writer::toUtf8(Reference<beans::XPropertySet>(ranges[user], UNO_QUERY_THROW)
                                         ->getPropertyValue("ParaStyleName")
                                         .get<OUString>()),
                      "Standard");

        undo->undo();
        EXPECT_EQ(paragraphTexts(model), before);
        EXPECT_EQ(undo->isUndoPossible(), couldUndoBefore);  // the writer's own steps are still there
        writer::OfficeSession::close(model);
    } catch (const uno::Exception& error) {
        ADD_FAILURE() << t.id << ": " << writer::toUtf8(error.Message);
    }
}

// The GB/T 9704 page: A4, margins 37/35/28/26 mm, 22 lines, page numbers "— 1 —" at the outer edge.
TEST(SkeletonInWriter, TheOfficialPageAndItsLines) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const Template& party = *builtIn().find("party-branch-secretary-report");
    const auto model = newDocument();
    checker->insertSkeleton(model, "party-branch-secretary-report", valuesFor(party), "zh-CN");
    const auto styles = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> pages(styles->getByName("PageStyles"), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> page(pages->getByName(writer::fromUtf8("公文页面（GB/T 9704）")), UNO_QUERY_THROW);
    const auto hundredths = [&](const char* name) { return page->getPropertyValue(OUString::createFromAscii(name)).get<sal_Int32>(); };
    // Writer keeps lengths in twips: a hundredth of a millimetre either way.
    EXPECT_NEAR(hundredths("Width"), 21000, 1);
    EXPECT_NEAR(hundredths("Height"), 29700, 1);
    EXPECT_NEAR(hundredths("TopMargin"), 3700, 1);
    // The text area ends 35 mm up: Writer's bottom margin lies below the footer, 7 mm under the text.
    EXPECT_NEAR(hundredths("BottomMargin") + hundredths("FooterHeight"), 3500, 2);
    EXPECT_NEAR(hundredths("FooterBodyDistance"), 700, 1);
    EXPECT_NEAR(hundredths("LeftMargin"), 2800, 1);
    EXPECT_NEAR(hundredths("RightMargin"), 2600, 1);
    EXPECT_EQ(page->getPropertyValue("GridLines").get<sal_Int16>(), 22);
    EXPECT_FALSE(page->getPropertyValue("FooterIsShared").get<bool>());
    const auto footer = [&](const char* name) {
        return Reference<text::XText>(page->getPropertyValue(OUString::createFromAscii(name)), UNO_QUERY_THROW);
    };
    const auto adjust = [](const Reference<text::XText>& text) {
        return Reference<beans::XPropertySet>(text->createTextCursor(), UNO_QUERY_THROW)->getPropertyValue("ParaAdjust").get<sal_Int16>();
    };
    EXPECT_EQ(writer::toUtf8(footer("FooterTextRight")->getString()), "— 1 —");
    EXPECT_EQ(adjust(footer("FooterTextRight")), static_cast<sal_Int16>(style::ParagraphAdjust_RIGHT));
    EXPECT_EQ(adjust(footer("FooterTextLeft")), static_cast<sal_Int16>(style::ParagraphAdjust_LEFT));

    // A body paragraph of 100 characters: how many a line holds.
    const auto ranges = writer::bodyParagraphs(model);
    const Reference<text::XTextRange> body = ranges[3];  // the prompt under 一、履职情况
    std::string hundred;
    for (int i = 0; i < 100; ++i) hundred += "党";
    body->setString(writer::fromUtf8(hundred));
    const auto view = Reference<text::XTextViewCursorSupplier>(model->getCurrentController(), UNO_QUERY_THROW)->getViewCursor();
    view->gotoRange(body->getStart(), false);
    // Characters whose start has the same vertical position are on one line.
    std::vector<int> perLine;
    sal_Int32 lineY = -1;
    for (int c = 0; c < 100; ++c) {
        const sal_Int32 y = view->getPosition().Y;
        if (y != lineY) {
            lineY = y;
            perLine.push_back(0);
        }
        ++perLine.back();
        view->goRight(1, false);
    }
    perLine.resize(3);
    // The first line is indented two characters.
    EXPECT_EQ(perLine, (std::vector<int>{26, 28, 28}));
    writer::OfficeSession::close(model);
}

TEST(SkeletonInWriter, RefusesAReadOnlyDocumentAndBadVariablesWithAClearMessage) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const auto readOnly = loadModel(sourcePath("tests/fixtures/documents/mixed-numbering.fodt"));
    const std::vector<std::string> before = paragraphTexts(readOnly);
    try {
        checker->insertSkeleton(readOnly, "party-branch-secretary-report", {}, "en");
        ADD_FAILURE() << "inserted into a read-only document";
    } catch (const lang::IllegalArgumentException& error) {
        EXPECT_EQ(writer::toUtf8(error.Message), "The document is read-only: the skeleton was not inserted.");
    }
    EXPECT_EQ(paragraphTexts(readOnly), before);
    writer::OfficeSession::close(readOnly);

    const auto model = newDocument();
    try {
        const beans::StringPair colour("colour", "red");
        checker->insertSkeleton(model, "party-branch-secretary-report", uno::Sequence<beans::StringPair>(&colour, 1), "en");
        ADD_FAILURE() << "inserted with bad variables";
    } catch (const lang::IllegalArgumentException& error) {
        EXPECT_EQ(writer::toUtf8(error.Message),
                  "the template has no variable “colour” (see reportkit templates --template ID)\n"
                  "the template needs a value for “unit” (--var unit=…)\n"
                  "the template needs a value for “name” (--var name=…)");
    }
    EXPECT_EQ(paragraphTexts(model), std::vector<std::string>{""});
    writer::OfficeSession::close(model);
}

TEST(TemplateFromWriter, TheDocumentsHeadingsBecomeAUserTemplateNeverOverwritingOne) {
    const std::string report = scratchDir() + "/安全生产工作总结.odt";
    convert(sourcePath("samples/party-branch-report-2023.txt"), report);
    const auto model = loadModel(report);
    const writer::Engine engine(office().context());
    const std::string first = engine.saveTemplateFromDocument(model);
    const std::string second = engine.saveTemplateFromDocument(model);
    writer::OfficeSession::close(model);
    EXPECT_EQ(std::filesystem::path(first).parent_path().string(), engine.userTemplateFolder());
    EXPECT_NE(first, second);

    std::vector<TemplateProblem> problems;
    Template made;
    ASSERT_TRUE(loadTemplateFile(first, made, problems));
    std::vector<std::string> headings;
    for (const SectionSpec& section : made.sections)
        if (section.level == 1) headings.push_back(section.heading);
    EXPECT_EQ(headings, (std::vector<std::string>{"履职情况", "存在问题", "下步打算"}));

    // It is one of the writer's own templates at once.
    const auto checker = org::reportkit::Checker::create(office().context());
    bool listed = false;
    for (const json& entry : json::parse(writer::toUtf8(checker->listTemplates("en"))))
        listed = listed || (entry["file"] == first && entry["source"] == "user");
    EXPECT_TRUE(listed);
    std::filesystem::remove(first);
    std::filesystem::remove(second);
}

// The styles' names follow the interface's language: English in an English one, as ReportKit named
// them before in every language; a document made then keeps its styles under those names, and a
// skeleton inserted into it in the Chinese interface takes them instead of making new ones.
TEST(SkeletonInWriter, StylesAreNamedInTheInterfacesLanguageAndTheOldNamesStillServe) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const Template& party = *builtIn().find("party-branch-secretary-report");
    const auto styleOf = [](const Reference<frame::XModel>& model, std::size_t paragraph) {
        return writer::toUtf8(Reference<beans::XPropertySet>(writer::bodyParagraphs(model).at(paragraph), UNO_QUERY_THROW)
                                  ->getPropertyValue("ParaStyleName")
                                  .get<OUString>());
    };
    const auto english = newDocument();
    checker->insertSkeleton(english, "party-branch-secretary-report", valuesFor(party), "en");
    EXPECT_EQ(styleOf(english, 0), "ReportKit title");
    const auto families = Reference<style::XStyleFamiliesSupplier>(english, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> paragraphStyles(families->getByName("ParagraphStyles"), UNO_QUERY_THROW);
    EXPECT_TRUE(paragraphStyles->hasByName("ReportKit body"));

    // The same document, now in the Chinese interface: its styles are found under their old names.
    const auto view = Reference<text::XTextViewCursorSupplier>(english->getCurrentController(), UNO_QUERY_THROW)->getViewCursor();
    view->gotoEnd(false);
    checker->insertSkeleton(english, "party-branch-secretary-report", valuesFor(party), "zh-CN");
    for (const char* name : {"报告标题", "报告正文", "报告一级标题"})
        EXPECT_FALSE(paragraphStyles->hasByName(writer::fromUtf8(name))) << name;
    const std::size_t second = writer::bodyParagraphs(english).size() - expectedSkeleton(party).size();
    EXPECT_EQ(styleOf(english, second), "ReportKit title");
    const Reference<container::XNameAccess> characterStyles(families->getByName("CharacterStyles"), UNO_QUERY_THROW);
    EXPECT_FALSE(characterStyles->hasByName(writer::fromUtf8("报告二级标题（段首）")));
    writer::OfficeSession::close(english);

    const auto chinese = newDocument();
    checker->insertSkeleton(chinese, "party-branch-secretary-report", valuesFor(party), "zh-CN");
    EXPECT_EQ(styleOf(chinese, 0), "报告标题");
    const auto chineseFamilies = Reference<style::XStyleFamiliesSupplier>(chinese, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> chineseParagraphs(chineseFamilies->getByName("ParagraphStyles"), UNO_QUERY_THROW);
    EXPECT_TRUE(chineseParagraphs->hasByName(writer::fromUtf8("报告正文")));
    EXPECT_FALSE(chineseParagraphs->hasByName("ReportKit body"));
    writer::OfficeSession::close(chinese);
}

}  // namespace
}  // namespace reportkit::test
