// Fixing in a real Writer: every fix as one undo step, only marker characters changed, list
// numbering changed for automatic labels, and nothing done to a read-only document.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "../core/random_reports.hpp"
#include "document_reader.hpp"
#include "fix_applier.hpp"
#include "fixes.hpp"
#include "report.hpp"
#include "office_environment.hpp"
#include "property_values.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// Each body paragraph as "label|text".
std::vector<std::string> paragraphsOf(const Reference<frame::XModel>& model) {
    std::vector<std::string> result;
    for (const auto& range : writer::bodyParagraphs(model)) {
        OUString label;
        Reference<beans::XPropertySet>(range, UNO_QUERY_THROW)->getPropertyValue("ListLabelString") >>= label;
        result.push_back(writer::toUtf8(label) + "|" + writer::toUtf8(range->getString()));
    }
    return result;
}

Reference<frame::XModel> loadEditable(const std::string& path) {
    Reference<frame::XModel> model(office().load(path, writer::OfficeSession::LoadMode::editable), UNO_QUERY);
    EXPECT_TRUE(model.is()) << path;
    return model;
}

std::string fileContent(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(FixInWriter, FixAllChangesOnlyMarkersAndOneUndoRestoresEverything) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadEditable(scratchCopy("tests/fixtures/documents/mixed-numbering.fodt"));
    const std::vector<std::string> before = paragraphsOf(model);
    ASSERT_EQ(before.size(), 9u);
    EXPECT_EQ(before[5], "|二.存在问题");
    EXPECT_EQ(before[7], "三.|下步打算");

    const auto checker = org::reportkit::Checker::create(office().context());
    EXPECT_EQ(checker->fixAll(model, "", "en"), 2);

    std::vector<std::string> expected = before;
    expected[5] = "|二、存在问题";   // the typed marker
    expected[7] = "三、|下步打算";   // Writer's label, through the list's format
    EXPECT_EQ(paragraphsOf(model), expected);
    const auto after = nlohmann::json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")));
    EXPECT_TRUE(after["findings"].empty()) << after["findings"].dump(2);

    const auto undo = Reference<document::XUndoManagerSupplier>(model, uno::UNO_QUERY_THROW)->getUndoManager();
    EXPECT_EQ(writer::toUtf8(undo->getCurrentUndoActionTitle()), "ReportKit: fix problems");
    undo->undo();
    EXPECT_EQ(paragraphsOf(model), before);
    writer::OfficeSession::close(model);
}

TEST(FixInWriter, AListThatRunsOnAcrossChaptersRestartsUnderTheNewOne) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadEditable(scratchCopy("tests/fixtures/documents/list-runs-on.fodt"));
    EXPECT_EQ(paragraphsOf(model), (std::vector<std::string>{"|一、主要工作", "（一）|抓好理论学习。全年组织学习12次。",
                                                             "（二）|规范组织生活。按月开展主题党日。", "|二、存在问题",
                                                             "（三）|学习不够深入。", "（四）|制度落实不够有力。"}));
    const auto checker = org::reportkit::Checker::create(office().context());
    const auto before = nlohmann::json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")));
    ASSERT_EQ(before["findings"].size(), 1u) << before.dump(2);
    EXPECT_EQ(before["findings"][0]["rule"], "numbering.sequence");
    EXPECT_EQ(before["findings"][0]["paragraph"], 4);
    EXPECT_EQ(before["findings"][0]["expected"], "（一）");

    EXPECT_EQ(checker->fixAll(model, "", "en"), 1);
    const auto after = paragraphsOf(model);
    EXPECT_EQ(after[4], "（一）|学习不够深入。");
    EXPECT_EQ(after[5], "（二）|制度落实不够有力。");
    EXPECT_EQ(after[1], "（一）|抓好理论学习。全年组织学习12次。");
    writer::OfficeSession::close(model);
}

TEST(FixInWriter, KeepsTheFormattingOfTheRestOfTheParagraph) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadEditable(scratchCopy("tests/fixtures/documents/formatted-slip.fodt"));
    const auto checker = org::reportkit::Checker::create(office().context());
    EXPECT_EQ(checker->fixAll(model, "", "en"), 1);
    const auto paragraph = writer::bodyParagraph(model, 1);
    EXPECT_EQ(writer::toUtf8(paragraph->getString()), "二、存在问题和不足");
    // "存在问题" is bold in the fixture and stays bold; "和不足" stays normal.
    const Reference<text::XTextCursor> cursor = paragraph->getText()->createTextCursorByRange(paragraph->getStart());
    cursor->goRight(2, false);
    cursor->goRight(4, true);
    float weight = 0;
    Reference<beans::XPropertySet>(cursor, UNO_QUERY_THROW)->getPropertyValue("CharWeight") >>= weight;
    EXPECT_GT(weight, 100.0f);
    cursor->collapseToEnd();
    cursor->goRight(3, true);
    Reference<beans::XPropertySet>(cursor, UNO_QUERY_THROW)->getPropertyValue("CharWeight") >>= weight;
    EXPECT_LT(weight, 110.0f);
    writer::OfficeSession::close(model);
}

TEST(FixInWriter, AReadOnlyDocumentIsLeftAlone) {
    const auto model = loadModel(sourcePath("tests/fixtures/documents/mixed-numbering.fodt"));  // read-only
    const std::vector<std::string> before = paragraphsOf(model);
    const auto checker = org::reportkit::Checker::create(office().context());
    try {
        checker->fixAll(model, "", "en");
        ADD_FAILURE() << "expected IllegalArgumentException";
    } catch (const lang::IllegalArgumentException& error) {
        EXPECT_EQ(writer::toUtf8(error.Message), "The document is read-only: nothing was changed.");
    }
    EXPECT_EQ(paragraphsOf(model), before);
    writer::OfficeSession::close(model);
}

TEST(FixInWriter, AFixComputedBeforeAnEditChangesNothing) {
    const FormatAndItemRulesOff numberingOnly;
    const Reference<frame::XModel> model(
        office().load(scratchCopy("tests/fixtures/documents/mixed-numbering.fodt"), writer::OfficeSession::LoadMode::editable),
        UNO_QUERY_THROW);
    const MessageCatalog messages = MessageCatalog::load(sourcePath("extension/messages"), "en");
    std::vector<std::string> formatRules;
    for (const auto& rule : allRules())
        if (rule->id().substr(0, 7) == "format.") formatRules.emplace_back(rule->id());
    const DocumentReport report = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none, formatRules);
    ASSERT_FALSE(report.findings.empty());
    ASSERT_TRUE(report.findings[0].fix.has_value());
    const Fix typedSlip = *report.findings[0].fix;  // 二. → 二、 in paragraph 5
    ASSERT_EQ(typedSlip.text.at(0).paragraph, 5);

    // Paragraphs typed above move "二.存在问题" down; paragraph 5 is now "（一）抓好理论武装…".
    const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    body->insertString(body->getStart(), writer::fromUtf8("（一）新的一段"), false);
    body->insertControlCharacter(body->getStart(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    body->insertControlCharacter(body->getStart(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    const std::vector<std::string> edited = paragraphsOf(model);
    EXPECT_THROW(writer::applyFix(model, typedSlip, messages), writer::StaleFix);
    EXPECT_EQ(paragraphsOf(model), edited);

    // The same paragraph, its text changed: refused as well.
    Fix moved = typedSlip;
    moved.text[0].paragraph = 7;
    writer::bodyParagraph(model, 7)->setString(writer::fromUtf8("二.存在的问题"));
    const std::vector<std::string> changed = paragraphsOf(model);
    EXPECT_THROW(writer::applyFix(model, moved, messages), writer::StaleFix);
    EXPECT_EQ(paragraphsOf(model), changed);

    // Checked again, the fix applies to exactly its characters.
    const DocumentReport fresh = checkDocument(writer::readDocument(model), nullptr, TemplateSource::none, formatRules);
    const auto slip = std::find_if(fresh.findings.begin(), fresh.findings.end(),
                                   [](const Finding& f) { return f.found == "二." && f.fix; });
    ASSERT_NE(slip, fresh.findings.end());
    EXPECT_EQ(writer::applyFix(model, *slip->fix, messages), 1);
    const std::vector<std::string> fixed = paragraphsOf(model);
    ASSERT_EQ(fixed.size(), changed.size());
    EXPECT_EQ(fixed[7], "|二、存在的问题");  // no automatic label, then the text
    for (std::size_t i = 0; i < fixed.size(); ++i)
        if (i != 7) {
            EXPECT_EQ(fixed[i], changed[i]) << i;
        }
    writer::OfficeSession::close(model);
}

TEST(FixCommand, WritesAFixedCopyInTheSameFormatAndNeverTheInput) {
    const std::string dir = scratchDir() + "/fix";
    std::filesystem::create_directories(dir);
    const std::string input = dir + "/slips.docx";
    convert(sourcePath("samples/party-branch-report-2023-slips.txt"), input);
    const std::string original = fileContent(input);
    const std::string output = dir + "/slips-fixed.docx";
    const CommandResult run = runCommand("LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + scratchDir() + "/fix-office " +
                                         buildPath("reportkit") + " fix " + input + " -o " + output);
    EXPECT_EQ(run.status, 0) << run.err;
    // The two markers, and the format of LibreOffice's default made GB/T 9704's.
    EXPECT_NE(run.out.find(" edit(s) made; 0 finding(s) left to fix by hand\n"), std::string::npos) << run.out;
    EXPECT_EQ(fileContent(input), original);

    const auto model = loadModel(output);
    const auto paragraphs = paragraphsOf(model);
    ASSERT_EQ(paragraphs.size(), 15u);
    EXPECT_EQ(paragraphs[7], "|二、存在问题");
    EXPECT_EQ(paragraphs[11], "|三、下步打算");
    writer::OfficeSession::close(model);

    const CommandResult same = runCommand(buildPath("reportkit") + " fix " + input + " -o " + input);
    EXPECT_EQ(same.status, 2);
    const CommandResult otherFormat = runCommand(buildPath("reportkit") + " fix " + input + " -o " + dir + "/x.odt");
    EXPECT_EQ(otherFormat.status, 2);
    EXPECT_EQ(fileContent(input), original);
}


// What a fix must never change by a guessed role: the first paragraph's size, alignment and indent.
struct Shape {
    float points = 0;
    sal_Int16 adjust = 0;
    sal_Int32 indent = 0;
    bool operator==(const Shape& other) const {
        return points == other.points && adjust == other.adjust && indent == other.indent;
    }
};

Shape firstParagraphShape(const Reference<frame::XModel>& model) {
    const Reference<beans::XPropertySet> first(writer::bodyParagraph(model, 0), UNO_QUERY_THROW);
    Shape shape;
    // The characters' size, from the first of them (a .docx keeps the paragraph mark's apart).
    const Reference<container::XEnumeration> portions =
        Reference<container::XEnumerationAccess>(first, UNO_QUERY_THROW)->createEnumeration();
    Reference<beans::XPropertySet>(portions->nextElement(), UNO_QUERY_THROW)->getPropertyValue("CharHeightAsian") >>=
        shape.points;
    first->getPropertyValue("ParaAdjust") >>= shape.adjust;
    first->getPropertyValue("ParaFirstLineIndent") >>= shape.indent;
    return shape;
}

// A report pasted without its title line opens with its preamble: Fix all, and `reportkit fix`,
// keep it a body paragraph (its font may become the body's; never 2号, centred, unindented).
TEST(FixInWriter, AReportWithoutATitleLineKeepsItsFirstParagraphABodyParagraph) {
    const std::string dir = scratchDir() + "/no-title";
    std::filesystem::create_directories(dir);
    for (const char* extension : {".odt", ".docx"}) {
        SCOPED_TRACE(extension);
        const std::string input = dir + "/report" + extension;
        convert(sourcePath("tests/fixtures/documents/no-title-line.txt"), input);

        const auto model = loadEditable(input);
        const std::string preamble = writer::toUtf8(writer::bodyParagraph(model, 0)->getString());
        const auto checker = org::reportkit::Checker::create(office().context());
        for (const auto& finding : nlohmann::json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")))["findings"])
            EXPECT_NE(finding["rule"], "format.title") << finding.dump();
        EXPECT_GT(checker->fixAll(model, "", "en"), 0);
        const Shape inWriter = firstParagraphShape(model);
        EXPECT_EQ(inWriter.points, 16.0f);  // the body's 3号
        EXPECT_NE(inWriter.adjust, static_cast<sal_Int16>(style::ParagraphAdjust_CENTER));
        EXPECT_GT(inWriter.indent, 1000);   // two characters in, as body text is
        EXPECT_EQ(writer::toUtf8(writer::bodyParagraph(model, 0)->getString()), preamble);
        writer::OfficeSession::close(model);

        const std::string output = dir + "/fixed" + extension;
        const CommandResult run = runCommand("LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + scratchDir() + "/fix-office " +
                                             buildPath("reportkit") + " fix " + input + " -o " + output);
        ASSERT_NE(run.status, 2) << run.err;
        const auto fixed = loadModel(output);
        EXPECT_EQ(firstParagraphShape(fixed), inWriter);
        EXPECT_EQ(writer::toUtf8(writer::bodyParagraph(fixed, 0)->getString()), preamble);
        writer::OfficeSession::close(fixed);
    }
}

nlohmann::json checkJson(const Reference<frame::XModel>& model) {
    const auto checker = org::reportkit::Checker::create(office().context());
    return nlohmann::json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")));
}

TEST(IgnoreInWriter, AnIgnoredOccurrenceSurvivesSaveAndReopenInOdtAndDocx) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadEditable(scratchCopy("tests/fixtures/documents/mixed-numbering.fodt"));
    const auto checker = org::reportkit::Checker::create(office().context());
    checker->ignoreFinding(model, 5, "numbering.style", writer::fromUtf8("二."));
    const auto ignored = checkJson(model);
    EXPECT_EQ(ignored["findings"][0]["ignored"], true);
    EXPECT_EQ(ignored["summary"]["errors"], 1);

    for (const char* extension : {".odt", ".docx"}) {
        SCOPED_TRACE(extension);
        const std::string saved = scratchDir() + "/ignored" + extension;
        const OUString filter = std::string(extension) == ".docx" ? OUString("MS Word 2007 XML") : OUString("writer8");
        Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeToURL(writer::fileUrl(saved), writer::propertyValues({{"FilterName", uno::Any(filter)}}));
        const auto reopened = loadModel(saved);
        const auto json = checkJson(reopened);
        ASSERT_EQ(json["findings"].size(), 2u);
        EXPECT_EQ(json["findings"][0]["ignored"], true);
        EXPECT_FALSE(json["findings"][1].contains("ignored"));
        EXPECT_EQ(json["summary"]["errors"], 1);
        writer::OfficeSession::close(reopened);
    }
    writer::OfficeSession::close(model);
}

TEST(IgnoreInWriter, ARuleTurnedOffIsASettingNotPartOfTheDocument) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadModel(sourcePath("tests/fixtures/documents/mixed-numbering.fodt"));
    const auto checker = org::reportkit::Checker::create(office().context());
    checker->setRuleEnabled("numbering.style", false);
    EXPECT_TRUE(checkJson(model)["findings"].empty());
    checker->setRuleEnabled("numbering.style", true);
    EXPECT_EQ(checkJson(model)["findings"].size(), 2u);
    writer::OfficeSession::close(model);
}

// Random reports typed into Writer: Fix all gives the text the core's fix gives, and one Undo
// gives back the text as typed.
TEST(FixInWriter, OnRandomReportsFixAllMatchesTheCoreAndOneUndoRestoresTheText) {
    const FormatAndItemRulesOff numberingOnly;
    const auto checker = org::reportkit::Checker::create(office().context());
    for (unsigned seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const std::vector<std::string> lines = randomReport(seed);
        const Reference<frame::XModel> model(office().load("private:factory/swriter", writer::OfficeSession::LoadMode::editable),
                                             UNO_QUERY_THROW);
        const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i > 0) body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
            body->insertString(body->getEnd(), writer::fromUtf8(lines[i]), false);
        }
        const auto texts = [&] {
            std::vector<std::string> result;
            for (const auto& range : writer::bodyParagraphs(model)) result.push_back(writer::toUtf8(range->getString()));
            return result;
        };
        ASSERT_EQ(texts(), lines);
        const std::string original = joinLines(lines);
        const Document document = documentFromText(original, "random");
        const std::string expected = fixText(original, mergeFixes(checkDocument(document, nullptr, TemplateSource::none).findings).text);

        try {
            checker->fixAll(model, "", "en");
        } catch (const uno::Exception& error) {
            FAIL() << writer::toUtf8(error.Message) << "\n" << original;
        }
        EXPECT_EQ(joinLines(texts()), expected);
        const auto undo = Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
        if (joinLines(texts()) != original) undo->undo();
        EXPECT_EQ(texts(), lines);
        writer::OfficeSession::close(model);
    }
}

}  // namespace
}  // namespace reportkit::test
