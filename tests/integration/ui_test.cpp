// Writer with a window (under Xvfb): the Tools menu has the ReportKit entry, the deck opens with
// its three panels, the Check panel's button lists the findings and choosing one selects its
// paragraph; a screenshot is saved under build/screenshots.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <thread>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleEditableText.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
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

#include "document_reader.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

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

TEST(WriterWithTheDeck, ShowsTheDeckAndItsPanelsAndChecksFromTheCheckPanel) {
    ASSERT_NE(std::getenv("DISPLAY"), nullptr) << "run under xvfb-run (ctest does)";
    writer::OfficeOptions options = officeOptions(scratchDir() + "/ui-office");
    options.headless = false;
    writer::OfficeSession session(options);

    const Reference<frame::XModel> model(session.load(scratchCopy("tests/fixtures/documents/mixed-numbering.fodt"),
                                                      writer::OfficeSession::LoadMode::visible),
                                         UNO_QUERY);
    ASSERT_TRUE(model.is());
    const Reference<frame::XController2> controller(model->getCurrentController(), UNO_QUERY_THROW);
    const Reference<frame::XDispatchProvider> frame(controller->getFrame(), UNO_QUERY_THROW);
    frame::DispatchHelper::create(session.context())->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});

    const auto tools = toolsMenuItems(controller->getFrame());
    EXPECT_NE(std::find(tools.begin(), tools.end(), "ReportKit Sidebar"), tools.end())
        << "Tools menu: " << ::testing::PrintToString(tools);

    const Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
    ASSERT_TRUE(sidebar.is());
    const Reference<ui::XDecks> decks = sidebar->getDecks();
    ASSERT_TRUE(decks->hasByName("ReportKitDeck"));
    const Reference<ui::XDeck> deck(decks->getByName("ReportKitDeck"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return deck->isActive(); })) << "the deck did not open";

    const Reference<ui::XPanels> panels = deck->getPanels();
    for (const char* id : {"ReportKitTemplatesPanel", "ReportKitCheckPanel", "ReportKitTopicsPanel"})
        EXPECT_TRUE(panels->hasByName(OUString::createFromAscii(id))) << id;

    // The Check panel's own controls, from its .xdl.
    const Reference<ui::XPanel> checkPanel(panels->getByName("ReportKitCheckPanel"), UNO_QUERY_THROW);
    checkPanel->expand(false);
    const Reference<awt::XControlContainer> controls(checkPanel->getDialog(), UNO_QUERY);
    ASSERT_TRUE(controls.is()) << "the Check panel has no window";
    const Reference<awt::XControl> button = controls->getControl("CheckButton");
    const Reference<awt::XListBox> findings(controls->getControl("Findings"), UNO_QUERY);
    ASSERT_TRUE(button.is() && findings.is());

    // Press buttons as a person (or a screen reader) would: through their accessible action.
    const auto press = [&](const char* name) {
        const Reference<awt::XControl> pressed = controls->getControl(OUString::createFromAscii(name));
        const Reference<accessibility::XAccessible> accessible(pressed->getPeer(), UNO_QUERY_THROW);
        Reference<accessibility::XAccessibleAction>(accessible->getAccessibleContext(), UNO_QUERY_THROW)
            ->doAccessibleAction(0);
    };
    press("CheckButton");
    ASSERT_TRUE(eventually([&] { return findings->getItemCount() == 2; })) << findings->getItemCount();
    EXPECT_EQ(writer::toUtf8(findings->getItem(0)).rfind("error · paragraph 6 · “二.存在问题” · ", 0), 0u)
        << writer::toUtf8(findings->getItem(0));

    // Choosing a finding selects its paragraph in the text.
    findings->selectItemPos(0, true);
    const Reference<view::XSelectionSupplier> selection(controller, UNO_QUERY_THROW);
    const auto selectedText = [&] {
        const Reference<container::XIndexAccess> ranges(selection->getSelection(), UNO_QUERY);
        if (!ranges.is() || ranges->getCount() == 0) return std::string();
        const Reference<text::XTextRange> range(ranges->getByIndex(0), UNO_QUERY);
        return range.is() ? writer::toUtf8(range->getString()) : std::string();
    };
    EXPECT_TRUE(eventually([&] { return selectedText() == "二."; })) << selectedText();  // just the marker
    findings->selectItemPos(1, true);
    EXPECT_TRUE(eventually([&] { return selectedText() == "下步打算"; })) << selectedText();  // an automatic label
    press("NextButton");  // round the end, back to the first
    EXPECT_TRUE(eventually([&] { return selectedText() == "二."; })) << selectedText();
    EXPECT_EQ(findings->getSelectedItemPos(), 0);
    screenshot("writer-reportkit-deck.png");

    // Ignore the first: it leaves the list and the counts, and comes back with "Show ignored".
    const Reference<awt::XFixedText> summary(controls->getControl("Summary"), UNO_QUERY_THROW);
    press("IgnoreButton");
    ASSERT_TRUE(eventually([&] { return findings->getItemCount() == 1; })) << findings->getItemCount();
    EXPECT_EQ(writer::toUtf8(summary->getText()),
              "1 error(s), 0 warning(s) in 9 paragraphs · required sections 3/3, required topics 4/4 · 1 ignored");
    press("ShowIgnored");
    ASSERT_TRUE(eventually([&] { return findings->getItemCount() == 2; })) << findings->getItemCount();
    EXPECT_EQ(writer::toUtf8(findings->getItem(0)).rfind("(ignored) error · paragraph 6", 0), 0u)
        << writer::toUtf8(findings->getItem(0));

    // Fix all: Writer's label takes the standard form; the ignored occurrence stays as written.
    press("FixAllButton");
    ASSERT_TRUE(eventually([&] { return findings->getItemCount() == 1; })) << findings->getItemCount();
    EXPECT_EQ(writer::toUtf8(writer::bodyParagraph(model, 5)->getString()), "二.存在问题");
    OUString label;
    Reference<beans::XPropertySet>(writer::bodyParagraph(model, 7), UNO_QUERY_THROW)->getPropertyValue("ListLabelString") >>= label;
    EXPECT_EQ(writer::toUtf8(label), "三、");

    // The Topics panel: every required topic of the recorded template, with its mentions.
    const Reference<ui::XPanel> topicsPanel(panels->getByName("ReportKitTopicsPanel"), UNO_QUERY_THROW);
    topicsPanel->expand(false);
    const Reference<awt::XControlContainer> topicControls(topicsPanel->getDialog(), UNO_QUERY_THROW);
    const Reference<accessibility::XAccessible> refresh(topicControls->getControl("RefreshButton")->getPeer(), UNO_QUERY_THROW);
    Reference<accessibility::XAccessibleAction>(refresh->getAccessibleContext(), UNO_QUERY_THROW)->doAccessibleAction(0);
    const Reference<awt::XListBox> topics(topicControls->getControl("Topics"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return topics->getItemCount() == 4; })) << topics->getItemCount();
    EXPECT_EQ(writer::toUtf8(topics->getItem(0)), "✓ Theoretical study · 1 mention(s)");
    EXPECT_EQ(writer::toUtf8(topics->getItem(3)), "✓ Integrity and discipline · 1 mention(s)");
    topics->selectItemPos(3, true);
    EXPECT_TRUE(eventually([&] { return selectedText().rfind("（一）抓好理论武装", 0) == 0; })) << selectedText();
    screenshot("writer-reportkit-fixed.png");
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

// The top window whose title is `title`, e.g. a modal dialog the panel opened.
Reference<accessibility::XAccessibleContext> topWindowTitled(const Reference<uno::XComponentContext>& context,
                                                             const std::string& title) {
    const Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(context), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) try {
        const Reference<accessibility::XAccessible> window(toolkit->getTopWindow(i), UNO_QUERY);
        if (window.is() && writer::toUtf8(window->getAccessibleContext()->getAccessibleName()) == title)
            return window->getAccessibleContext();
    } catch (const lang::DisposedException&) {
        // A window on its way out (a tooltip, a closed popup).
    }
    return {};
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
    ASSERT_TRUE(eventually([&] {
        if (sidebar->getDecks()->hasByName("ReportKitDeck")) return true;
        frame::DispatchHelper::create(session.context())->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});
        return false;
    })) << "no ReportKit deck";
    const Reference<ui::XDeck> deck(sidebar->getDecks()->getByName("ReportKitDeck"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return deck->isActive(); })) << "the deck did not open";
    const Reference<ui::XPanel> panel(deck->getPanels()->getByName("ReportKitTemplatesPanel"), UNO_QUERY_THROW);
    panel->expand(true);
    const Reference<awt::XControlContainer> controls(panel->getDialog(), UNO_QUERY);
    ASSERT_TRUE(controls.is()) << "the Templates panel has no window";

    // Each kind with where it comes from; choosing one describes it.
    const Reference<awt::XListBox> kinds(controls->getControl("Kinds"), UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return kinds->getItemCount() >= 9; })) << kinds->getItemCount();
    sal_Int16 party = -1;
    for (sal_Int16 i = 0; i < kinds->getItemCount(); ++i)
        if (writer::toUtf8(kinds->getItem(i)) == "Party branch secretary's report on Party building work (built-in)") party = i;
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
    const Reference<awt::XFixedText> status(controls->getControl("Status"), UNO_QUERY_THROW);
    EXPECT_EQ(writer::toUtf8(status->getText()).rfind("Inserted: 10 paragraph(s).", 0), 0u) << writer::toUtf8(status->getText());
    screenshot("writer-reportkit-skeleton.png");
}

}  // namespace
}  // namespace reportkit::test
