// Writer with a window (under Xvfb): the Tools menu has the ReportKit entry, the deck opens with
// its three panels, the Check panel's button lists the findings and choosing one selects its
// paragraph; a screenshot is saved under build/screenshots.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <stdexcept>
#include <thread>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleEditableText.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "document_reader.hpp"
#include "engine.hpp"
#include "strings.hpp"
#include "office_environment.hpp"
#include "rule.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using nlohmann::json;

// Polls until `condition` holds or `seconds` pass; Writer paints and lays out asynchronously.
bool eventually(const std::function<bool()>& condition, int seconds = 20) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return condition();
}

// The names of the Tools menu's items, found in Writer's accessibility tree as a screen reader
// finds them.
std::vector<std::string> toolsMenuItems(const Reference<frame::XFrame>& frame) {
    std::vector<std::string> items;
    const std::function<void(const Reference<accessibility::XAccessibleContext>&, int)> visit =
        [&](const Reference<accessibility::XAccessibleContext>& context, int depth) {
            if (!context.is() || depth > 6) return;
            const bool toolsMenu = context->getAccessibleRole() == accessibility::AccessibleRole::MENU &&
                                   writer::toUtf8(context->getAccessibleName()) == "Tools";
            for (sal_Int64 child = 0; child < context->getAccessibleChildCount(); ++child) {
                const Reference<accessibility::XAccessible> accessible = context->getAccessibleChild(child);
                if (!accessible.is()) continue;
                if (toolsMenu)
                    items.push_back(writer::toUtf8(accessible->getAccessibleContext()->getAccessibleName()));
                else
                    visit(accessible->getAccessibleContext(), depth + 1);
            }
        };
    const Reference<accessibility::XAccessible> window(frame->getContainerWindow(), UNO_QUERY);
    if (window.is()) visit(window->getAccessibleContext(), 0);
    return items;
}

void screenshot(const std::string& name) {
    std::this_thread::sleep_for(std::chrono::seconds(2));  // let Writer finish repainting
    const std::string dir = buildPath("screenshots");
    std::filesystem::create_directories(dir);
    const CommandResult shot = runCommand("import -window root " + dir + "/" + name);
    EXPECT_EQ(shot.status, 0) << "screenshot failed: " << shot.err;
}

// Writer with the deck open on a document, and what a test needs to work the Check panel.
struct CheckPanelView {
    Reference<frame::XModel> model;
    Reference<frame::XController2> controller;
    Reference<ui::XDeck> deck;
    Reference<awt::XControlContainer> controls;
    Reference<awt::XListBox> findings;

    // Press buttons as a person (or a screen reader) would: through their accessible action.
    void press(const char* name) const {
        const Reference<awt::XControl> pressed = controls->getControl(OUString::createFromAscii(name));
        const Reference<accessibility::XAccessible> accessible(pressed->getPeer(), UNO_QUERY_THROW);
        Reference<accessibility::XAccessibleAction>(accessible->getAccessibleContext(), UNO_QUERY_THROW)
            ->doAccessibleAction(0);
    }
    std::vector<std::string> rows() const {
        std::vector<std::string> items;
        for (sal_Int16 i = 0; i < findings->getItemCount(); ++i) items.push_back(writer::toUtf8(findings->getItem(i)));
        return items;
    }
    // The first row containing `text`, or -1.
    int rowWith(const std::string& text) const {
        const auto items = rows();
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].find(text) != std::string::npos) return static_cast<int>(i);
        return -1;
    }
    std::string label(const char* name) const {
        const Reference<awt::XFixedText> text(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
        return writer::toUtf8(text->getText());
    }
    std::string selectedText() const {
        const Reference<view::XSelectionSupplier> selection(controller, UNO_QUERY_THROW);
        const Reference<container::XIndexAccess> ranges(selection->getSelection(), UNO_QUERY);
        if (!ranges.is() || ranges->getCount() == 0) return std::string();
        const Reference<text::XTextRange> range(ranges->getByIndex(0), UNO_QUERY);
        return range.is() ? writer::toUtf8(range->getString()) : std::string();
    }
    std::vector<std::string> paragraphs() const {
        std::vector<std::string> texts;
        for (const auto& paragraph : writer::bodyParagraphs(model)) texts.push_back(writer::toUtf8(paragraph->getString()));
        return texts;
    }
};

// Opens the deck in the document's window and expands its Check panel.
CheckPanelView openCheckPanel(writer::OfficeSession& session, const Reference<frame::XModel>& model) {
    CheckPanelView view;
    view.model = model;
    view.controller.set(model->getCurrentController(), UNO_QUERY_THROW);
    const Reference<frame::XDispatchProvider> frame(view.controller->getFrame(), UNO_QUERY_THROW);
    // A dispatch made before the new window is ready is lost (the sidebar stays hidden): ask again.
    const Reference<ui::XSidebarProvider> sidebar = view.controller->getSidebar();
    if (!eventually([&] {
            frame::DispatchHelper::create(session.context())->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});
            return sidebar->getDecks()->hasByName("ReportKitDeck");
        }))
        throw std::runtime_error("no ReportKit deck");
    view.deck.set(sidebar->getDecks()->getByName("ReportKitDeck"), UNO_QUERY_THROW);
    if (!eventually([&] { return view.deck->isActive(); })) throw std::runtime_error("the deck did not open");
    const Reference<ui::XPanel> panel(view.deck->getPanels()->getByName("ReportKitCheckPanel"), UNO_QUERY_THROW);
    panel->expand(false);
    view.controls.set(panel->getDialog(), UNO_QUERY_THROW);
    view.findings.set(view.controls->getControl("Findings"), UNO_QUERY_THROW);
    return view;
}

// Types at the view cursor, moved first by `place`, a character at a time as a writer does; with
// `breakBefore` / `breakAfter` a new paragraph starts before / after the text.
void typeAt(const CheckPanelView& view, const std::function<void(const Reference<text::XTextViewCursor>&)>& place,
            const std::string& text, bool breakBefore, bool breakAfter) {
    const Reference<text::XTextViewCursor> cursor =
        Reference<text::XTextViewCursorSupplier>(view.controller, UNO_QUERY_THROW)->getViewCursor();
    place(cursor);
    const Reference<text::XTextRange> at(cursor, UNO_QUERY_THROW);
    const Reference<text::XText> body = Reference<text::XTextDocument>(view.model, UNO_QUERY_THROW)->getText();
    if (breakBefore) body->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
    const OUString characters = writer::fromUtf8(text);
    for (sal_Int32 i = 0; i < characters.getLength(); ++i) body->insertString(at, characters.copy(i, 1), false);
    if (breakAfter) body->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
}

void expectAllControlsInside(const Reference<awt::XControlContainer>& controls, const std::string& panel);

TEST(WriterWithTheDeck, TheCheckPanelFollowsTheTextAndFixesOnlyWhatItChecked) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    writer::OfficeOptions options = officeOptions(scratchDir() + "/ui-office");
    options.headless = false;
    writer::OfficeSession session(options);
    const FormatAndItemRulesOff numberingOnly(session.context());  // the document has LibreOffice's default format
    const Reference<frame::XModel> model(session.load(scratchCopy("tests/fixtures/documents/mixed-numbering.fodt"),
                                                      writer::OfficeSession::LoadMode::visible),
                                         UNO_QUERY);
    ASSERT_TRUE(model.is());
    const auto tools = toolsMenuItems(model->getCurrentController()->getFrame());
    EXPECT_NE(std::find(tools.begin(), tools.end(), "ReportKit Sidebar"), tools.end())
        << "Tools menu: " << ::testing::PrintToString(tools);
    const CheckPanelView view = openCheckPanel(session, model);
    const Reference<ui::XPanels> panels = view.deck->getPanels();
    for (const char* id : {"ReportKitTemplatesPanel", "ReportKitCheckPanel", "ReportKitTopicsPanel"})
        EXPECT_TRUE(panels->hasByName(OUString::createFromAscii(id))) << id;

    // Checked without pressing anything: a group row, then its findings with place and message.
    ASSERT_TRUE(eventually([&] { return view.findings->getItemCount() == 3; })) << ::testing::PrintToString(view.rows());
    EXPECT_EQ(view.rows()[0], "Numbering (2)");
    EXPECT_EQ(view.rows()[1].rfind("error · paragraph 6 “二.存在问题” · ", 0), 0u) << view.rows()[1];
    EXPECT_NE(view.rows()[1].find(" · fixable"), std::string::npos) << view.rows()[1];
    const Reference<ui::XPanel> checkPanel(panels->getByName("ReportKitCheckPanel"), UNO_QUERY_THROW);
    EXPECT_TRUE(eventually([&] { return writer::toUtf8(checkPanel->getTitle()) == "Check (2)"; }))
        << writer::toUtf8(checkPanel->getTitle());

    // Choosing a finding selects just its marker and shows the whole message below the list.
    view.findings->selectItemPos(1, true);
    EXPECT_TRUE(eventually([&] { return view.selectedText() == "二."; })) << view.selectedText();
    EXPECT_EQ(view.label("Details").rfind("marker form · paragraph 6 “二.存在问题”\n", 0), 0u) << view.label("Details");
    EXPECT_NE(view.label("Details").find("Found “二.”; expected “二、”."), std::string::npos) << view.label("Details");
    view.findings->selectItemPos(2, true);
    EXPECT_TRUE(eventually([&] { return view.selectedText() == "下步打算"; })) << view.selectedText();  // an automatic label
    view.press("NextButton");  // round the end, past the group's row, back to the first
    EXPECT_TRUE(eventually([&] { return view.selectedText() == "二."; })) << view.selectedText();
    EXPECT_EQ(view.findings->getSelectedItemPos(), 1);
    screenshot("writer-reportkit-deck.png");

    // A slip typed at the end appears by itself, in the list and in liveFindings, within a second.
    const auto checker = org::reportkit::Checker::create(session.context());
    const std::vector<std::string> before = view.paragraphs();
    typeAt(view, [](const auto& cursor) { cursor->gotoEnd(false); }, "（二）、加强队伍建设", true, false);
    const auto typed = std::chrono::steady_clock::now();
    ASSERT_TRUE(eventually([&] { return view.rowWith("“（二）、加强队伍建设”") >= 0; }, 1)) << ::testing::PrintToString(view.rows());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - typed).count();
    EXPECT_LT(seconds, 1.0);
    std::printf("the typed slip was listed %.2f s after the last keystroke\n", seconds);
    const json live = json::parse(writer::toUtf8(checker->liveFindings(model)));
    ASSERT_EQ(live["findings"].size(), 3u) << live.dump();
    EXPECT_EQ(live["findings"][2]["paragraph"], 9);
    EXPECT_EQ(live["findings"][2]["found"], "（二）、");

    // Live checking off, so that the list is sure to be stale: two paragraphs typed at the top
    // move every finding down by two.
    view.press("LiveChecking");
    const int slip = view.rowWith("“二.存在问题”");
    ASSERT_GE(slip, 0);
    view.findings->selectItemPos(static_cast<sal_Int16>(slip), true);
    typeAt(view, [](const auto& cursor) { cursor->gotoStart(false); }, "补充说明", false, true);
    typeAt(view, [](const auto& cursor) { cursor->gotoStart(false); }, "（一）新写的一段", false, true);
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    EXPECT_NE(view.rows()[slip].find("paragraph 6 "), std::string::npos) << "the list was expected stale: " << view.rows()[slip];
    // Fix on the stale row: the list is brought up to date first, and only "二." changes.
    const std::vector<std::string> edited = view.paragraphs();
    ASSERT_EQ(edited.size(), before.size() + 3)  // the slip typed at the end, two at the top
        << ::testing::PrintToString(edited);
    view.press("FixButton");
    ASSERT_TRUE(eventually([&] { return view.paragraphs()[7] == "二、存在问题"; })) << ::testing::PrintToString(view.paragraphs());
    // The details say what was fixed, not that the problem went missing.
    EXPECT_TRUE(eventually([&] { return view.label("Details").rfind("Fixed: Section number “二.” is not in the standard form", 0) == 0; })) << view.label("Details");
    std::vector<std::string> expected = edited;
    expected[7] = "二、存在问题";
    EXPECT_EQ(view.paragraphs(), expected);
    EXPECT_EQ(view.rowWith("“二.存在问题”"), -1) << ::testing::PrintToString(view.rows());
    // A finding whose paragraph was changed after the list was made is not fixed, only re-listed.
    const int label = view.rowWith("“下步打算”");
    ASSERT_GE(label, 0);
    view.findings->selectItemPos(static_cast<sal_Int16>(label), true);
    writer::bodyParagraph(model, 9)->setString(writer::fromUtf8("下一步打算"));
    const std::vector<std::string> changed = view.paragraphs();
    view.press("FixButton");
    EXPECT_TRUE(eventually([&] { return view.label("Details").find("no longer in the text") != std::string::npos; }))
        << view.label("Details");
    EXPECT_EQ(view.paragraphs(), changed);
    // One Undo takes the fix back: the text is as typed before it, exactly.
    const Reference<document::XUndoManager> undo =
        Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    undo->undo();  // the paragraph set through the API
    undo->undo();  // the fix
    EXPECT_EQ(view.paragraphs(), edited);
    view.press("LiveChecking");
    ASSERT_TRUE(eventually([&] { return view.rowWith("“二.存在问题”") >= 0; })) << ::testing::PrintToString(view.rows());

    // Ignore the first: it leaves the list and the counts, and comes back with "Show ignored".
    view.findings->selectItemPos(static_cast<sal_Int16>(view.rowWith("“二.存在问题”")), true);
    view.press("IgnoreButton");
    ASSERT_TRUE(eventually([&] { return view.rowWith("“二.存在问题”") < 0; })) << ::testing::PrintToString(view.rows());
    EXPECT_NE(view.label("Summary").find(" · 1 ignored"), std::string::npos) << view.label("Summary");
    view.press("ShowIgnored");
    ASSERT_TRUE(eventually([&] { return view.rowWith("(ignored) error · paragraph 8 “二.存在问题”") >= 0; }))
        << ::testing::PrintToString(view.rows());

    // Fix all: Writer's label takes the standard form; the ignored occurrence stays as written.
    view.press("FixAllButton");
    ASSERT_TRUE(eventually([&] { return view.rowWith("“下步打算”") < 0; })) << ::testing::PrintToString(view.rows());
    EXPECT_TRUE(eventually([&] { return view.label("Details").rfind("Fixed: Fix all made ", 0) == 0; })) << view.label("Details");
    EXPECT_EQ(view.paragraphs()[7], "二.存在问题");
    OUString automatic;
    Reference<beans::XPropertySet>(writer::bodyParagraph(model, 9), UNO_QUERY_THROW)->getPropertyValue("ListLabelString") >>= automatic;
    EXPECT_EQ(writer::toUtf8(automatic), "三、");
    // Undo brings the problems back into the list by itself.
    undo->undo();
    EXPECT_TRUE(eventually([&] { return view.rowWith("“下步打算”") >= 0; }, 2)) << ::testing::PrintToString(view.rows());
    // The note of the fix goes with the next change.
    EXPECT_TRUE(eventually([&] { return view.label("Details").find("Fixed: ") == std::string::npos; }, 2)) << view.label("Details");
    undo->redo();
    EXPECT_TRUE(eventually([&] { return view.rowWith("“下步打算”") < 0; }, 2)) << ::testing::PrintToString(view.rows());

    // The Topics panel: every required topic of the recorded template, with its mentions, found by
    // itself (nothing pressed).
    const Reference<ui::XPanel> topicsPanel(panels->getByName("ReportKitTopicsPanel"), UNO_QUERY_THROW);
    topicsPanel->expand(false);
    const Reference<awt::XControlContainer> topicControls(topicsPanel->getDialog(), UNO_QUERY_THROW);
    const Reference<awt::XListBox> topics(topicControls->getControl("Topics"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return topics->getItemCount() == 4; })) << topics->getItemCount();
    EXPECT_EQ(writer::toUtf8(topics->getItem(0)), "✓ Theoretical study · 1 mention(s)");
    EXPECT_EQ(writer::toUtf8(topics->getItem(3)), "✓ Integrity and discipline · 1 mention(s)");
    topics->selectItemPos(3, true);
    EXPECT_TRUE(eventually([&] { return view.selectedText().rfind("（一）抓好理论武装", 0) == 0; })) << view.selectedText();
    expectAllControlsInside(view.controls, "CheckPanel");
    expectAllControlsInside(topicControls, "TopicsPanel");
    screenshot("writer-reportkit-fixed.png");
}

// What keeps the controls of a panel from lying inside the panel's window with room to be read.
std::vector<std::string> controlsNotInside(const Reference<awt::XControlContainer>& controls, const std::string& panel) {
    std::vector<std::string> problems;
    const awt::Rectangle area = Reference<awt::XWindow>(controls, UNO_QUERY_THROW)->getPosSize();
    const auto expect = [&](bool holds, const std::string& name, const std::string& problem) {
        if (!holds) problems.push_back(panel + "." + name + problem);
    };
    for (const Reference<awt::XControl>& control : controls->getControls()) {
        const Reference<awt::XWindow2> window(control, UNO_QUERY_THROW);
        if (!window->isVisible()) continue;  // an empty label takes no room
        const awt::Rectangle box = window->getPosSize();
        const std::string name =
            writer::toUtf8(Reference<beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW)->getPropertyValue("Name").get<OUString>());
        expect(box.Width > 0 && box.Height > 0, name, " has no size");
        expect(box.X + box.Width <= area.Width, name, " is cut off on the right");
        expect(box.Y + box.Height <= area.Height, name, " is cut off at the bottom");
        // A button's or check box's label must fit. VCL's preferred width keeps a margin of about
        // 30 px around the label (a label seen whole at 103 px has a preferred width of 134): past
        // that the label is cut.
        constexpr sal_Int32 kLabelMargin = 32;
        const Reference<lang::XServiceInfo> model(control->getModel(), UNO_QUERY_THROW);
        const Reference<awt::XLayoutConstrains> constraints(control, UNO_QUERY);
        if (constraints.is() && (model->supportsService("com.sun.star.awt.UnoControlButtonModel") ||
                                 model->supportsService("com.sun.star.awt.UnoControlCheckBoxModel")))
            expect(constraints->getPreferredSize().Width - kLabelMargin <= box.Width, name, "'s label is cut off");
        // A label's text, wrapped to its width, must fit its height.
        if (constraints.is() && model->supportsService("com.sun.star.awt.UnoControlFixedTextModel"))
            expect(constraints->calcAdjustedSize(awt::Size(box.Width, 0)).Height <= box.Height, name,
                   "'s text is cut off at the bottom");
    }
    return problems;
}

// Every control of a panel lies inside the panel's window, with room to be read, once the sidebar
// has laid the panel out.
void expectAllControlsInside(const Reference<awt::XControlContainer>& controls, const std::string& panel) {
    const Reference<awt::XWindow> panelWindow(controls, UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return panelWindow->getPosSize().Height > 0; })) << panel << " was never laid out";
    std::vector<std::string> problems;
    EXPECT_TRUE(eventually([&] { return (problems = controlsNotInside(controls, panel)).empty(); }, 10))
        << ::testing::PrintToString(problems);
}

// A visible office of its own with a copy of the sample report with slips open. With `locale`, its
// interface is in that language: LibreOffice takes it from the environment (the zh-CN language
// pack is installed by the project's scripts). A profile of its own, so that nothing else changes.
struct OfficeWithSlips {
    OfficeWithSlips(const std::string& profile, const char* locale)
        : session(visibleOptions(profile, locale)),
          model(session.load(scratchCopy("samples/party-branch-report-2023-slips.fodt"),
                             writer::OfficeSession::LoadMode::visible),
                UNO_QUERY) {
        unsetenv("LC_ALL");
    }
    static writer::OfficeOptions visibleOptions(const std::string& profile, const char* locale) {
        if (locale) setenv("LC_ALL", locale, 1);
        writer::OfficeOptions options = officeOptions(scratchDir() + "/" + profile);
        options.headless = false;
        return options;
    }
    writer::OfficeSession session;
    Reference<frame::XModel> model;
};

TEST(WriterWithTheDeck, TheChineseDeckFitsAt1280x900AndShowsAWholeMessage) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office("ui-office-zh", "zh_CN.UTF-8");
    const FormatAndItemRulesOff numberingOnly(office.session.context());  // the sample has LibreOffice's default format
    writer::OfficeSession& session = office.session;
    const Reference<frame::XModel>& model = office.model;
    ASSERT_TRUE(model.is());
    const CheckPanelView view = openCheckPanel(session, model);
    ASSERT_TRUE(eventually([&] { return view.rowWith("层次序号（") == 0; })) << ::testing::PrintToString(view.rows());
    const Reference<awt::XWindow> list(view.findings, UNO_QUERY_THROW);
    EXPECT_GE(list->getPosSize().Height, 100) << "the findings list is too low to read";
    expectAllControlsInside(view.controls, "CheckPanel");
    // In a document with text the templates give the deck's height to the findings.
    const Reference<ui::XPanel> templates(view.deck->getPanels()->getByName("ReportKitTemplatesPanel"), UNO_QUERY_THROW);
    EXPECT_TRUE(eventually([&] { return !templates->isExpanded(); })) << "the Templates panel stayed open";

    // The longest message, chosen: whole in the details below the list, in Chinese.
    const json live = json::parse(writer::toUtf8(org::reportkit::Checker::create(session.context())->liveFindings(model)));
    std::string longest;
    for (const json& finding : live["findings"])
        if (finding["message"].get<std::string>().size() > longest.size()) longest = finding["message"].get<std::string>();
    const int row = view.rowWith(longest);
    ASSERT_GE(row, 0) << longest;
    view.findings->selectItemPos(static_cast<sal_Int16>(row), true);
    view.press("NextButton");  // to it and back, as the keyboard would choose it
    view.press("PreviousButton");
    EXPECT_TRUE(eventually([&] { return view.label("Details").find(longest) != std::string::npos; }))
        << view.label("Details") << "\n" << longest;
    screenshot("writer-reportkit-deck-zh.png");
}

// The sample as offices' documents come, not in the GB/T 9704 format: its format problems are a few
// rows, each problem once with the number of further paragraphs that have it.
TEST(WriterWithTheDeck, AReportInTheDefaultFormatListsEachFormatProblemOnce) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office("ui-office-format", "zh_CN.UTF-8");
    ASSERT_TRUE(office.model.is());
    const CheckPanelView view = openCheckPanel(office.session, office.model);
    ASSERT_TRUE(eventually([&] { return view.rowWith("格式（") >= 0; })) << ::testing::PrintToString(view.rows());
    const json live =
        json::parse(writer::toUtf8(org::reportkit::Checker::create(office.session.context())->liveFindings(office.model)));
    int formatFindings = 0;
    std::vector<int> indentRepeats;
    for (const json& finding : live["findings"]) {
        if (finding["rule"].get<std::string>().rfind("format.", 0) != 0) continue;
        ++formatFindings;
        if (finding["rule"] == "format.first-line-indent" && finding["found"] == "9.9 mm") indentRepeats = finding["repeats"].get<std::vector<int>>();
    }
    // Its preamble and the body paragraphs under the headings are indented 9.9 mm, not two
    // characters (11.1 mm): one finding at the first, 1 (a preamble ending in "：" is no 主送机关
    // line), and the others its repeats. Nine problems in all, not forty.
    EXPECT_EQ(indentRepeats, (std::vector<int>{3, 4, 5, 6, 8, 9, 10, 12, 13, 14})) << live.dump(2);
    EXPECT_LE(formatFindings, 10) << live.dump(2);
    EXPECT_GE(view.rowWith("格式（" + std::to_string(formatFindings) + "）"), 0) << ::testing::PrintToString(view.rows());
    const int row = view.rowWith("此处为 9.9 mm");
    ASSERT_GE(row, 0) << ::testing::PrintToString(view.rows());
    view.findings->selectItemPos(static_cast<sal_Int16>(row), true);
    view.press("NextButton");  // to it and back, as the keyboard would choose it
    view.press("PreviousButton");
    EXPECT_TRUE(eventually([&] { return view.label("Details").find("另有 10 段同样如此。") != std::string::npos; }))
        << view.label("Details");
    screenshot("writer-reportkit-format-zh.png");
}

// The accessible objects under a window's accessible context, depth first.
void collect(const Reference<accessibility::XAccessibleContext>& context, sal_Int16 role,
             std::vector<Reference<accessibility::XAccessibleContext>>& found, int depth = 0) {
    if (!context.is() || depth > 12) return;
    try {
        if (context->getAccessibleRole() == role) found.push_back(context);
        for (sal_Int64 child = 0; child < context->getAccessibleChildCount(); ++child) {
            const Reference<accessibility::XAccessible> accessible = context->getAccessibleChild(child);
            if (accessible.is()) collect(accessible->getAccessibleContext(), role, found, depth + 1);
        }
    } catch (const lang::DisposedException&) {
        // Gone while we looked.
    }
}

// XExtendedToolkit's list of top windows is deprecated in the SDK, yet it is how a test finds the
// dialog or menu a panel opened; the warning is silenced for these two functions only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
// The top window whose title is `title` (or begins with it), e.g. a modal dialog the panel opened.
Reference<accessibility::XAccessibleContext> topWindowTitled(const Reference<uno::XComponentContext>& context,
                                                             const std::string& title, bool prefix = false) {
    const Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(context), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) try {
        const Reference<accessibility::XAccessible> window(toolkit->getTopWindow(i), UNO_QUERY);
        if (!window.is()) continue;
        const std::string name = writer::toUtf8(window->getAccessibleContext()->getAccessibleName());
        if (prefix ? name.rfind(title, 0) == 0 : name == title)
            return window->getAccessibleContext();
    } catch (const lang::DisposedException&) {
        // A window on its way out (a tooltip, a closed popup).
    }
    return {};
}

// The screen position of the middle of the first character of the visible paragraph or heading that begins
// with `opening`, found in Writer's accessibility tree; nothing when no such paragraph is shown.
std::optional<awt::Point> firstCharacterOnScreen(const Reference<frame::XFrame>& frame, const std::string& opening) {
    std::vector<Reference<accessibility::XAccessibleContext>> paragraphs;
    const Reference<accessibility::XAccessible> window(frame->getContainerWindow(), UNO_QUERY_THROW);
    // Headings have a role of their own.
    collect(window->getAccessibleContext(), accessibility::AccessibleRole::PARAGRAPH, paragraphs);
    collect(window->getAccessibleContext(), accessibility::AccessibleRole::HEADING, paragraphs);
    for (const auto& paragraph : paragraphs) {
        const Reference<accessibility::XAccessibleText> text(paragraph, UNO_QUERY);
        if (!text.is() || writer::toUtf8(text->getText()).rfind(opening, 0) != 0) continue;
        const awt::Rectangle bounds = text->getCharacterBounds(0);
        const awt::Point origin = Reference<accessibility::XAccessibleComponent>(paragraph, UNO_QUERY_THROW)->getLocationOnScreen();
        return awt::Point{origin.X + bounds.X + bounds.Width / 2, origin.Y + bounds.Y + bounds.Height / 2};
    }
    return std::nullopt;
}

// The menu items of every top window (the menu bar's and an open context menu's) by name.
std::vector<Reference<accessibility::XAccessibleContext>> menuItems(const Reference<uno::XComponentContext>& context) {
    std::vector<Reference<accessibility::XAccessibleContext>> items;
    const Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(context), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) try {
        const Reference<accessibility::XAccessible> top(toolkit->getTopWindow(i), UNO_QUERY);
        if (top.is()) collect(top->getAccessibleContext(), accessibility::AccessibleRole::MENU_ITEM, items);
    } catch (const lang::DisposedException&) {
        // A window on its way out.
    }
    return items;
}
#pragma GCC diagnostic pop

Reference<accessibility::XAccessibleContext> menuItemNamed(const Reference<uno::XComponentContext>& context,
                                                           const std::string& name) {
    for (const auto& item : menuItems(context))
        if (writer::toUtf8(item->getAccessibleName()) == name) return item;
    return {};
}

// In the Chinese interface a wrong marker is underlined as the writer sees it, and its context menu
// offers the right form, which replaces just the marker.
TEST(WriterWithTheDeck, AWrongMarkerIsMarkedInTheTextAndItsContextMenuOffersTheRightForm) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office("ui-office-marks", "zh_CN.UTF-8");
    writer::OfficeSession& session = office.session;
    const Reference<frame::XModel>& model = office.model;
    ASSERT_TRUE(model.is());
    const CheckPanelView view = openCheckPanel(session, model);
    const Reference<awt::XCheckBox> marks(view.controls->getControl("MarkInText"), UNO_QUERY_THROW);
    EXPECT_EQ(marks->getState(), 1) << "a fresh profile marks Chinese text with ReportKit";
    const Reference<frame::XFrame> frame = view.controller->getFrame();
    // The cursor to the paragraph, so that Writer scrolls it into view.
    Reference<text::XTextViewCursorSupplier>(view.controller, UNO_QUERY_THROW)
        ->getViewCursor()
        ->gotoRange(writer::bodyParagraphs(model).at(7)->getStart(), false);
    std::optional<awt::Point> marker;
    ASSERT_TRUE(eventually([&] { return (marker = firstCharacterOnScreen(frame, "二.存在问题")).has_value(); }))
        << "the paragraph is not on the screen";
    Reference<accessibility::XAccessibleContext> suggestion;
    // Writer proofreads in the background after loading: right-click until the menu has the form.
    ASSERT_TRUE(eventually([&] {
        runCommand("xdotool key Escape mousemove " + std::to_string(marker->X) + " " + std::to_string(marker->Y) +
                   " click 3");
        std::this_thread::sleep_for(std::chrono::milliseconds(800));
        return (suggestion = menuItemNamed(session.context(), "二、")).is();
    }, 40)) << "no suggestion in the context menu";
    // The message says what is wrong, in the interface's language.
    EXPECT_TRUE(menuItemNamed(session.context(), "序号“二.”写法不规范，应为“二、”。").is());
    screenshot("writer-reportkit-mark-in-text.png");
    // Choosing the suggestion replaces the marker and nothing else.
    Reference<accessibility::XAccessibleAction>(suggestion, UNO_QUERY_THROW)->doAccessibleAction(0);
    EXPECT_TRUE(eventually([&] { return view.paragraphs().at(7) == "二、存在问题"; })) << view.paragraphs().at(7);
    EXPECT_EQ(view.paragraphs().at(6).rfind("（四）严明纪律规矩", 0), 0u);
    EXPECT_EQ(view.paragraphs().size(), 15u);
    // The Check panel follows: the finding is gone from its list.
    EXPECT_TRUE(eventually([&] { return view.rowWith("二.存在问题") < 0 && view.rowWith("三，下步打算") >= 0; }))
        << ::testing::PrintToString(view.rows());
}

// From the text, with the sidebar closed, the keyboard goes from problem to problem as the Check
// panel's Next and Previous do.
TEST(WriterWithTheDeck, TheKeyboardGoesToTheNextAndPreviousProblemFromTheText) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office("ui-office-keys", nullptr);
    const FormatAndItemRulesOff numberingOnly(office.session.context());  // the sample has LibreOffice's default format
    const Reference<frame::XModel>& model = office.model;
    ASSERT_TRUE(model.is());
    CheckPanelView view;
    view.model = model;
    view.controller.set(model->getCurrentController(), UNO_QUERY_THROW);
    const Reference<frame::XFrame> frame = view.controller->getFrame();
    std::optional<awt::Point> title;
    ASSERT_TRUE(eventually([&] { return (title = firstCharacterOnScreen(frame, "关于2023年度")).has_value(); }));
    // A click in the text gives it the keyboard.
    runCommand("xdotool mousemove " + std::to_string(title->X) + " " + std::to_string(title->Y) + " click 1");
    const auto press = [&](const std::string& keys, const std::string& expected) {
        runCommand("xdotool key " + keys);
        EXPECT_TRUE(eventually([&] { return view.selectedText() == expected; }, 10))
            << keys << ": selected “" << view.selectedText() << "”, expected “" << expected << "”";
    };
    press("ctrl+alt+shift+n", "二.");
    press("ctrl+alt+shift+n", "三，");
    press("ctrl+alt+shift+n", "二.");  // round from the last
    press("ctrl+alt+shift+p", "三，");
    press("ctrl+alt+shift+p", "二.");
    // The Tools menu offers the same, where a writer finds them and their keys.
    const auto items = toolsMenuItems(frame);
    EXPECT_NE(std::find(items.begin(), items.end(), "Next Report Problem"), items.end()) << ::testing::PrintToString(items);
}

// The Check panel's title; "" while the sidebar is making its panels again.
std::string checkPanelTitle(const CheckPanelView& view) {
    try {
        return writer::toUtf8(
            Reference<ui::XPanel>(view.deck->getPanels()->getByName("ReportKitCheckPanel"), UNO_QUERY_THROW)->getTitle());
    } catch (const uno::Exception&) {
        return std::string();
    }
}

// Writes the Check panel's title into the profile as LibreOffice keeps it there.
void setSavedCheckPanelTitle(const Reference<uno::XComponentContext>& context, const std::string& title) {
    const Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    beans::PropertyValue path;
    path.Name = "nodepath";
    path.Value <<= OUString("/org.openoffice.Office.UI.Sidebar/Content/PanelList/ReportKitCheckPanel");
    const uno::Any argument(path);
    const Reference<container::XNameReplace> panel(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                              uno::Sequence<uno::Any>(&argument, 1)),
        UNO_QUERY_THROW);
    panel->replaceByName("Title", uno::Any(writer::fromUtf8(title)));
    Reference<util::XChangesBatch>(panel, UNO_QUERY_THROW)->commitChanges();
}

// The Check panel's title is its name and one count, whatever was shown before: with documents
// opened in turn, with the deck closed and shown again, and in the next session, which starts
// from the title LibreOffice saved in the profile (where earlier versions piled counts up).
void expectOneCountInTheTitle();

TEST(WriterWithTheDeck, TheCheckPanelsTitleHasExactlyOneCount) {
    try {
        expectOneCountInTheTitle();
    } catch (const uno::Exception& error) {
        FAIL() << writer::toUtf8(error.Message);
    }
}

void expectOneCountInTheTitle() {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    const std::regex english(R"(Check \(\d+\))");
    writer::OfficeOptions options = officeOptions(scratchDir() + "/ui-office-title");
    options.headless = false;
    const auto expectOneCount = [&](const CheckPanelView& view, const std::string& when, const std::regex& oneCount) {
        EXPECT_TRUE(eventually([&] { return std::regex_match(checkPanelTitle(view), oneCount); }))
            << when << ": " << checkPanelTitle(view);
        std::this_thread::sleep_for(std::chrono::seconds(2));  // and it stays so after later refreshes
        EXPECT_TRUE(std::regex_match(checkPanelTitle(view), oneCount)) << when << ", later: " << checkPanelTitle(view);
    };
    {
        writer::OfficeSession session(options);
        std::vector<Reference<frame::XModel>> models;
        for (const char* document : {"samples/party-branch-report-2023-slips.fodt",
                                     "tests/fixtures/documents/mixed-numbering.fodt",
                                     "tests/fixtures/documents/list-runs-on.fodt"}) {
            models.emplace_back(session.load(scratchCopy(document), writer::OfficeSession::LoadMode::visible), UNO_QUERY);
            ASSERT_TRUE(models.back().is()) << document;
            expectOneCount(openCheckPanel(session, models.back()), document, english);
        }
        // The deck closed (another one shown) and shown again, in the last window.
        const CheckPanelView last = openCheckPanel(session, models.back());
        const Reference<frame::XDispatchProvider> frame(last.controller->getFrame(), UNO_QUERY_THROW);
        frame::DispatchHelper::create(session.context())->executeDispatch(frame, ".uno:SidebarDeck.PropertyDeck", "", 0, {});
        ASSERT_TRUE(eventually([&] { return !last.deck->isActive(); })) << "the deck stayed open";
        expectOneCount(openCheckPanel(session, models.back()), "the deck shown again", english);
        for (const auto& model : models) writer::OfficeSession::close(model);
        // What earlier versions left in users' profiles.
        setSavedCheckPanelTitle(session.context(), "Check (11) (11)");
    }
    {
        writer::OfficeSession session(options);  // the same profile, LibreOffice started again
        const Reference<frame::XModel> model(session.load(scratchCopy("samples/party-branch-report-2023-slips.fodt"),
                                                          writer::OfficeSession::LoadMode::visible),
                                             UNO_QUERY);
        ASSERT_TRUE(model.is());
        expectOneCount(openCheckPanel(session, model), "the next session", english);
    }
    // And with the interface in Chinese, on the same profile: the panel's name in Chinese.
    OfficeWithSlips chinese("ui-office-title", "zh_CN.UTF-8");
    ASSERT_TRUE(chinese.model.is());
    expectOneCount(openCheckPanel(chinese.session, chinese.model), "in Chinese", std::regex("检查（[0-9]+）"));
}

void insertFromTheTemplatesPanel();

TEST(WriterWithTheDeck, InsertsASkeletonFromTheTemplatesPanelAfterAskingForItsDetails) {
    try {
        insertFromTheTemplatesPanel();
    } catch (const uno::Exception& error) {
        FAIL() << writer::toUtf8(error.Message);
    }
}

void insertFromTheTemplatesPanel() {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    // A profile of its own: in the first test's profile, a second Writer starts without our deck.
    writer::OfficeOptions options = officeOptions(scratchDir() + "/ui-office");
    options.headless = false;
    writer::OfficeSession session(options);
    const Reference<frame::XModel> model(session.load("private:factory/swriter", writer::OfficeSession::LoadMode::visible),
                                         UNO_QUERY);
    ASSERT_TRUE(model.is());
    const Reference<frame::XController2> controller(model->getCurrentController(), UNO_QUERY_THROW);
    const Reference<frame::XDispatchProvider> frame(controller->getFrame(), UNO_QUERY_THROW);
    // A dispatch made before the new window is ready is lost (the sidebar stays hidden): ask again.
    const Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
    // In a fresh profile the deck can be listed before the dispatch that shows it takes: asked
    // until it is shown.
    ASSERT_TRUE(eventually([&] {
        if (sidebar->getDecks()->hasByName("ReportKitDeck") &&
            Reference<ui::XDeck>(sidebar->getDecks()->getByName("ReportKitDeck"), UNO_QUERY_THROW)->isActive())
            return true;
        frame::DispatchHelper::create(session.context())->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});
        return false;
    })) << "the deck did not open";
    const Reference<ui::XDeck> deck(sidebar->getDecks()->getByName("ReportKitDeck"), UNO_QUERY_THROW);
    const Reference<ui::XPanel> panel(deck->getPanels()->getByName("ReportKitTemplatesPanel"), UNO_QUERY_THROW);
    panel->expand(true);
    const Reference<awt::XControlContainer> controls(panel->getDialog(), UNO_QUERY);
    ASSERT_TRUE(controls.is()) << "the Templates panel has no window";
    EXPECT_TRUE(panel->isExpanded()) << "an empty document starts from the templates";
    expectAllControlsInside(controls, "TemplatesPanel");

    // Each kind with where it comes from; choosing one describes it.
    const Reference<awt::XListBox> kinds(controls->getControl("Kinds"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return kinds->getItemCount() >= 9; })) << kinds->getItemCount();
    sal_Int16 party = -1;
    for (sal_Int16 i = 0; i < kinds->getItemCount(); ++i)
        // A name too long for the list is cut at its end ("…"), its source kept.
        if (writer::toUtf8(kinds->getItem(i)).rfind("Party branch secretary", 0) == 0) party = i;
    ASSERT_GE(party, 0) << writer::toUtf8(kinds->getItem(0));
    kinds->selectItemPos(party, true);
    const Reference<awt::XFixedText> about(controls->getControl("About"), UNO_QUERY_THROW);
    EXPECT_TRUE(eventually([&] { return writer::toUtf8(about->getText()).find("Source: built-in · version 2") != std::string::npos; }))
        << writer::toUtf8(about->getText());

    // Insert… opens the details dialog, modal: pressed from a thread of its own, answered from here.
    // The press is tried again when no dialog came (the button's accessible object can be replaced
    // while the sidebar lays the panel out, and a press on the old one does nothing).
    std::thread presser;
    std::atomic<bool> pressDone{true};
    std::string pressFailure;
    Reference<accessibility::XAccessibleContext> dialog;
    bool opened = false;
    std::string failure;
    int presses = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!opened && std::chrono::steady_clock::now() < deadline) {
        // A press still running has its dialog open, or soon: only a finished one is tried again.
        if (pressDone && presses < 3) {
            if (presser.joinable()) presser.join();
            pressDone = false;
            ++presses;
            const Reference<accessibility::XAccessible> insert(controls->getControl("InsertButton")->getPeer(), UNO_QUERY_THROW);
            presser = std::thread([&, insert] {
                try {
                    Reference<accessibility::XAccessibleAction>(insert->getAccessibleContext(), UNO_QUERY_THROW)
                        ->doAccessibleAction(0);
                } catch (const uno::Exception& error) {
                    pressFailure = writer::toUtf8(error.Message);
                }
                pressDone = true;
            });
        }
        try {
            opened = eventually([&] { return (dialog = topWindowTitled(session.context(), "Report details")).is(); }, 5);
        } catch (const uno::Exception& error) {
            failure = writer::toUtf8(error.Message);
            break;
        }
    }
    if (opened) try {
        std::vector<Reference<accessibility::XAccessibleContext>> fields, buttons;
        collect(dialog, accessibility::AccessibleRole::TEXT, fields);
        collect(dialog, accessibility::AccessibleRole::PUSH_BUTTON, buttons);
        if (fields.size() >= 4) {
            // Party branch (unit), year, name, date: the year and the date come filled in.
            Reference<accessibility::XAccessibleEditableText>(fields[0], UNO_QUERY_THROW)->setText(writer::fromUtf8("机关第一党支部"));
            Reference<accessibility::XAccessibleEditableText>(fields[2], UNO_QUERY_THROW)->setText(writer::fromUtf8("李明"));
        } else {
            failure = "the dialog has " + std::to_string(fields.size()) + " text fields";
        }
        // Insert when the fields are filled, else Cancel: the modal dialog must close either way.
        const std::string answer = failure.empty() ? "Insert" : "Cancel";
        for (const auto& button : buttons)
            if (writer::toUtf8(button->getAccessibleName()) == answer) {
                // The dialog closes, and its accessible objects with it.
                Reference<accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);
                break;
            }
    } catch (const uno::Exception& error) {
        failure = "answering the dialog: " + writer::toUtf8(error.Message);
    }
    presser.join();
    ASSERT_TRUE(failure.empty()) << failure;
    ASSERT_TRUE(opened) << "no details dialog; the last press: " << (pressFailure.empty() ? "no error" : pressFailure);

    // The button's action may return before the panel's handler has run.
    ASSERT_TRUE(eventually([&] { return writer::bodyParagraphs(model).size() >= 10; }))
        << writer::bodyParagraphs(model).size();
    const auto paragraphs = writer::bodyParagraphs(model);
    EXPECT_EQ(writer::toUtf8(paragraphs[0]->getString()).rfind("机关第一党支部书记20", 0), 0u)
        << writer::toUtf8(paragraphs[0]->getString());
    EXPECT_EQ(writer::toUtf8(paragraphs[1]->getString()), "李明");
    const Reference<awt::XFixedText> status(controls->getControl("About"), UNO_QUERY_THROW);  // says what was done
    EXPECT_EQ(writer::toUtf8(status->getText()).rfind("Inserted: 10 paragraph(s).", 0), 0u) << writer::toUtf8(status->getText());
    screenshot("writer-reportkit-skeleton.png");
}

awt::Rectangle screenBox(const Reference<accessibility::XAccessibleContext>& context) {
    const Reference<accessibility::XAccessibleComponent> component(context, UNO_QUERY_THROW);
    const awt::Point at = component->getLocationOnScreen();
    const awt::Size size = component->getSize();
    return awt::Rectangle(at.X, at.Y, size.Width, size.Height);
}

std::string describe(const awt::Rectangle& box) {
    return std::to_string(box.Width) + "x" + std::to_string(box.Height) + " at " + std::to_string(box.X) + "," +
           std::to_string(box.Y);
}

// What keeps a control from being seen whole, as a screen reader measures it: every window it lies
// in (the panel, the deck's scrolled part, the deck, the sidebar) must hold all of it, and none
// of them may show a horizontal scroll bar. Empty when it is seen whole.
std::vector<std::string> whyNotSeenWhole(const Reference<accessibility::XAccessibleContext>& control,
                                         const std::string& name) {
    std::vector<std::string> problems;
    const awt::Rectangle box = screenBox(control);
    Reference<accessibility::XAccessibleContext> inside = control;
    bool cut = false;
    for (int depth = 0; depth < 30; ++depth) {
        const Reference<accessibility::XAccessible> parent = inside->getAccessibleParent();
        if (!parent.is()) break;
        inside = parent->getAccessibleContext();
        const awt::Rectangle area = screenBox(inside);
        if (area.Width <= 0 || area.Height <= 0) continue;  // a window that only groups others
        // Said once, of the innermost window it is not all inside.
        if (!cut && (box.X < area.X || box.Y < area.Y || box.X + box.Width > area.X + area.Width ||
                     box.Y + box.Height > area.Y + area.Height) && (cut = true))
            problems.push_back(name + " (" + describe(box) + ") is not all inside " +
                               writer::toUtf8(inside->getAccessibleName()) + " (" + describe(area) + ")");
        for (sal_Int64 i = 0; i < inside->getAccessibleChildCount(); ++i) {
            const Reference<accessibility::XAccessibleContext> child = inside->getAccessibleChild(i)->getAccessibleContext();
            if (child->getAccessibleRole() != accessibility::AccessibleRole::SCROLL_BAR) continue;
            const awt::Rectangle bar = screenBox(child);
            if (bar.Width > bar.Height)
                problems.push_back("a horizontal scroll bar (" + describe(bar) + ") in the window that holds " + name);
        }
    }
    return problems;
}

// Every shown control of every panel of the deck, seen whole; no list lower than three rows; no
// two buttons or check boxes with the same Alt key.
std::vector<std::string> deckProblems(const Reference<ui::XDeck>& deck) {
    std::vector<std::string> problems;
    std::map<char, std::string> altKeys;
    const Reference<ui::XPanels> panels = deck->getPanels();
    for (const OUString& id : panels->getElementNames()) {
        const Reference<ui::XPanel> panel(panels->getByName(id), UNO_QUERY_THROW);
        const Reference<awt::XControlContainer> controls(panel->getDialog(), UNO_QUERY);
        if (!controls.is()) {
            problems.push_back(writer::toUtf8(id) + " has no window");
            continue;
        }
        for (const Reference<awt::XControl>& control : controls->getControls()) {
            const Reference<beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
            const std::string name = writer::toUtf8(id) + "." + writer::toUtf8(model->getPropertyValue("Name").get<OUString>());
            if (!Reference<awt::XWindow2>(control, UNO_QUERY_THROW)->isVisible()) continue;
            const Reference<accessibility::XAccessible> accessible(control->getPeer(), UNO_QUERY_THROW);
            const auto outside = whyNotSeenWhole(accessible->getAccessibleContext(), name);
            problems.insert(problems.end(), outside.begin(), outside.end());
            const Reference<awt::XTextLayoutConstrains> list(control, UNO_QUERY);
            if (list.is() && Reference<awt::XListBox>(control, UNO_QUERY).is() &&
                Reference<awt::XWindow>(control, UNO_QUERY_THROW)->getPosSize().Height < list->getMinimumSize(0, 3).Height)
                problems.push_back(name + " shows fewer than three rows");
            const Reference<beans::XPropertySetInfo> info = model->getPropertySetInfo();
            if (!info->hasPropertyByName("Label")) continue;
            const std::string label = writer::toUtf8(model->getPropertyValue("Label").get<OUString>());
            const std::size_t tilde = label.find('~');
            if (tilde == std::string::npos || tilde + 1 >= label.size()) continue;
            const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(label[tilde + 1])));
            if (!altKeys.emplace(key, name).second)
                problems.push_back(name + " has the Alt key " + std::string(1, key) + " of " + altKeys[key]);
        }
    }
    return problems;
}

// The deck at the sidebar's default width on a 1280x900 screen, its three panels expanded: every
// control is seen whole, no scroll bar runs across, no list shrinks to a row or two.
void expectTheExpandedDeckFits(const char* locale, const std::string& shot) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office(std::string("ui-office-fit-") + (locale ? locale : "en"), locale);
    ASSERT_TRUE(office.model.is());
    const CheckPanelView view = openCheckPanel(office.session, office.model);
    ASSERT_TRUE(eventually([&] { return view.findings->getItemCount() > 0; })) << "nothing was checked";
    const Reference<ui::XPanels> panels = view.deck->getPanels();
    // The Templates panel collapses by itself in a document with text: expanded after that.
    const Reference<ui::XPanel> templates(panels->getByName("ReportKitTemplatesPanel"), UNO_QUERY_THROW);
    EXPECT_TRUE(eventually([&] { return !templates->isExpanded(); }, 5));
    for (const OUString& id : panels->getElementNames())
        Reference<ui::XPanel>(panels->getByName(id), UNO_QUERY_THROW)->expand(false);
    // A finding chosen, so that the details below the list are shown too.
    view.findings->selectItemPos(1, true);
    std::vector<std::string> problems;
    EXPECT_TRUE(eventually([&] {
        try {
            problems = deckProblems(view.deck);
        } catch (const uno::Exception& error) {
            problems = {"while measuring: " + writer::toUtf8(error.Message)};  // a window replaced while the deck is laid out
        }
        return problems.empty();
    })) << ::testing::PrintToString(problems);
    for (const OUString& id : panels->getElementNames()) {
        const Reference<ui::XPanel> panel(panels->getByName(id), UNO_QUERY_THROW);
        EXPECT_TRUE(panel->isExpanded()) << writer::toUtf8(id);
        expectAllControlsInside(Reference<awt::XControlContainer>(panel->getDialog(), UNO_QUERY_THROW), writer::toUtf8(id));
    }
    screenshot(shot);
}

TEST(WriterWithTheDeck, TheChineseDeckWithEveryPanelExpandedFitsTheSidebar) {
    expectTheExpandedDeckFits("zh_CN.UTF-8", "writer-reportkit-deck-expanded-zh.png");
}

TEST(WriterWithTheDeck, TheEnglishDeckWithEveryPanelExpandedFitsTheSidebar) {
    expectTheExpandedDeckFits("en_US.UTF-8", "writer-reportkit-deck-expanded-en.png");
}

// Tools > Options opens modal: a thread of its own dispatches it and returns when it closes.
struct OptionsDialog {
    OptionsDialog(writer::OfficeSession& session, const Reference<frame::XModel>& model) : context(session.context()) {
        const Reference<frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
        opener = std::thread([this, frame] {
            try {
                frame::DispatchHelper::create(context)->executeDispatch(frame, ".uno:OptionsTreeDialog", "", 0, {});
            } catch (const uno::Exception&) {
                // The office went away; the test has failed already.
            }
        });
    }
    ~OptionsDialog() {
        // Closed with Cancel, whatever the test found.
        try {
            std::vector<Reference<accessibility::XAccessibleContext>> buttons;
            if (window.is()) collect(window, accessibility::AccessibleRole::PUSH_BUTTON, buttons);
            for (const auto& button : buttons) {
                const std::string name = writer::toUtf8(button->getAccessibleName());
                if (name.rfind("Cancel", 0) == 0 || name.rfind("取消", 0) == 0)
                    Reference<accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);
            }
        } catch (const uno::Exception&) {
            // Gone already.
        }
        opener.join();
    }
    Reference<uno::XComponentContext> context;
    std::thread opener;
    Reference<accessibility::XAccessibleContext> window;
};

// Tools > Options lists ReportKit under LibreOffice Writer; its page is whole, with a Browse
// button beside each folder field and a checkbox for each rule family. With `punctuation`, that
// family's checkbox is unticked and the page saved with OK: every punctuation.* rule is then off,
// and the numbers family, greyed because one of its rules was off before, is kept as it was.
void expectTheOptionsPageUnderWriter(const char* locale, const std::string& dialogTitle, const std::string& pageName,
                                     const std::string& browse, const std::string& shot,
                                     const std::string& punctuation = "", const std::string& ok = "") {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    OfficeWithSlips office(std::string("ui-office-options-") + locale, locale);
    ASSERT_TRUE(office.model.is());
    // Folders as an office would set them (none of them need exist to be shown).
    const writer::Engine engine(office.session.context());
    ASSERT_TRUE(engine.setTemplateSettings({"/mnt/单位共享/报告模板"}, "/home/lihua/文档/报告模板"));
    engine.setRuleEnabled("numbers.date", false);
    std::optional<OptionsDialog> dialog(std::in_place, office.session, office.model);
    ASSERT_TRUE(eventually([&] { return (dialog->window = topWindowTitled(dialog->context, dialogTitle, true)).is(); }))
        << "Tools > Options did not open";
    std::vector<Reference<accessibility::XAccessibleContext>> entries;
    collect(dialog->window, accessibility::AccessibleRole::TREE_ITEM, entries);
    const auto writerEntry = std::find_if(entries.begin(), entries.end(), [](const auto& entry) {
        return writer::toUtf8(entry->getAccessibleName()) == "LibreOffice Writer";
    });
    ASSERT_NE(writerEntry, entries.end()) << "no LibreOffice Writer in the Options tree";
    const Reference<accessibility::XAccessibleContext> writerNode = *writerEntry;
    Reference<accessibility::XAccessibleAction>(writerNode, UNO_QUERY_THROW)->doAccessibleAction(0);  // expand
    sal_Int64 page = -1;
    std::vector<std::string> leaves;
    ASSERT_TRUE(eventually([&] {
        leaves.clear();
        for (sal_Int64 i = 0; i < writerNode->getAccessibleChildCount(); ++i) {
            leaves.push_back(writer::toUtf8(writerNode->getAccessibleChild(i)->getAccessibleContext()->getAccessibleName()));
            if (leaves.back() == pageName) page = i;
        }
        return page >= 0;
    }, 10)) << "under LibreOffice Writer: " << ::testing::PrintToString(leaves);
    Reference<accessibility::XAccessibleSelection>(writerNode, UNO_QUERY_THROW)->selectAccessibleChild(page);

    // The page: two Browse buttons, and every control of it whole inside the dialog.
    std::vector<std::string> problems;
    int browseButtons = 0;
    ASSERT_TRUE(eventually([&] {
        std::vector<Reference<accessibility::XAccessibleContext>> buttons;
        collect(dialog->window, accessibility::AccessibleRole::PUSH_BUTTON, buttons);
        browseButtons = static_cast<int>(std::count_if(buttons.begin(), buttons.end(), [&](const auto& button) {
            return writer::toUtf8(button->getAccessibleName()).rfind(browse, 0) == 0;
        }));
        return browseButtons == 2;
    })) << browseButtons << " Browse buttons";
    std::vector<Reference<accessibility::XAccessibleContext>> checkboxes;
    collect(dialog->window, accessibility::AccessibleRole::CHECK_BOX, checkboxes);
    EXPECT_EQ(checkboxes.size(), 3u) << "a checkbox for each rule family";
    for (const sal_Int16 role : {accessibility::AccessibleRole::PUSH_BUTTON, accessibility::AccessibleRole::LABEL,
                                 accessibility::AccessibleRole::TEXT, accessibility::AccessibleRole::SCROLL_PANE,
                                 accessibility::AccessibleRole::CHECK_BOX}) {
        std::vector<Reference<accessibility::XAccessibleContext>> found;
        collect(dialog->window, role, found);
        for (const auto& control : found) {
            const auto outside = whyNotSeenWhole(control, writer::toUtf8(control->getAccessibleName()));
            problems.insert(problems.end(), outside.begin(), outside.end());
        }
    }
    EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
    screenshot(shot);
    if (punctuation.empty()) return;

    const auto named = [&](sal_Int16 role, const std::string& start) {
        std::vector<Reference<accessibility::XAccessibleContext>> found;
        collect(dialog->window, role, found);
        for (const auto& control : found)
            if (writer::toUtf8(control->getAccessibleName()).rfind(start, 0) == 0) return control;
        return Reference<accessibility::XAccessibleContext>();
    };
    const Reference<accessibility::XAccessibleContext> family = named(accessibility::AccessibleRole::CHECK_BOX, punctuation);
    const Reference<accessibility::XAccessibleContext> okButton = named(accessibility::AccessibleRole::PUSH_BUTTON, ok);
    ASSERT_TRUE(family.is() && okButton.is()) << punctuation << " / " << ok;
    Reference<accessibility::XAccessibleAction>(family, UNO_QUERY_THROW)->doAccessibleAction(0);  // untick
    Reference<accessibility::XAccessibleAction>(okButton, UNO_QUERY_THROW)->doAccessibleAction(0);
    dialog.reset();  // returns once the dialog has closed
    const std::vector<std::string> off = engine.disabledRules();
    const auto isOff = [&](const std::string& rule) { return std::find(off.begin(), off.end(), rule) != off.end(); };
    for (const auto& rule : allRules()) {
        const std::string id(rule->id());
        EXPECT_EQ(isOff(id), id.rfind("punctuation.", 0) == 0 || id == "numbers.date") << id;
    }
}

TEST(WriterWithTheDeck, ToolsOptionsHasTheReportKitPageUnderWriterInChinese) {
    expectTheOptionsPageUnderWriter("zh_CN.UTF-8", "选项", "报告规范助手", "浏览", "writer-reportkit-options-zh.png");
}

TEST(WriterWithTheDeck, ToolsOptionsHasTheReportKitPageUnderWriterInEnglish) {
    expectTheOptionsPageUnderWriter("en_US.UTF-8", "Options", "ReportKit", "Browse", "writer-reportkit-options-en.png",
                                    "Punctuation", "OK");
}

}  // namespace
}  // namespace reportkit::test
