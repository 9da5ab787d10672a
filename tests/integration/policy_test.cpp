// An office administrator's policy extension (examples/office-policy) locks the shared template
// folder: its templates replace the built-in ones, and the writer cannot change the setting.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "engine.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using nlohmann::json;

json templateEntry(const std::string& id) {
    const auto checker = org::reportkit::Checker::create(office().context());
    for (const json& entry : json::parse(writer::toUtf8(checker->listTemplates("zh-CN"))))
        if (entry["id"] == id) return entry;
    return {};
}

TEST(OfficePolicy, TheLockedSharedFolderIsInEffectAndCannotBeChanged) {
    const writer::Engine engine(office().context());
    const auto settings = engine.templateSettings();
    ASSERT_EQ(settings.sharedFolders.size(), 1u);
    EXPECT_NE(settings.sharedFolders[0].find("shared-templates"), std::string::npos) << settings.sharedFolders[0];
    EXPECT_TRUE(settings.sharedLocked);
    EXPECT_FALSE(settings.userLocked);

    // The office's edition replaces the built-in kind, and says where it came from.
    const json party = templateEntry("party-branch-secretary-report");
    EXPECT_EQ(party["source"], "shared");
    EXPECT_EQ(party["version"], "2026.1");
    EXPECT_EQ(party["name"], "党支部书记抓党建工作述职报告（本单位版）");
    EXPECT_NE(party["overrides"].get<std::string>().find("templates/party-branch-secretary-report.xml"), std::string::npos);
    EXPECT_EQ(templateEntry("work-plan")["source"], "builtin");

    // The writer cannot point elsewhere; the setting and the templates stay the office's.
    EXPECT_FALSE(engine.setTemplateSettings({"/somewhere/else"}, ""));
    EXPECT_EQ(engine.templateSettings().sharedFolders, settings.sharedFolders);
    EXPECT_EQ(templateEntry("party-branch-secretary-report")["source"], "shared");
}

TEST(OfficePolicy, AWritersOwnCopyIsKeptBesideTheSharedOne) {
    const writer::Engine engine(office().context());
    const std::string own = scratchDir() + "/own-templates";
    std::filesystem::create_directories(own);
    std::filesystem::copy_file(sourcePath("extension/templates/party-branch-secretary-report.xml"),
                               own + "/party-branch-secretary-report.xml");
    std::filesystem::copy_file(sourcePath("tests/fixtures/templates/skeleton.xml"), own + "/skeleton.xml");
    // The user folder is not locked.
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, own));
    EXPECT_EQ(engine.userTemplateFolder(), own);

    EXPECT_EQ(templateEntry("skeleton-example")["source"], "user");
    // The office's edition still wins for its id; the writer's copy is not touched.
    const json party = templateEntry("party-branch-secretary-report");
    EXPECT_EQ(party["source"], "shared");
    EXPECT_EQ(party["overrides"], own + "/party-branch-secretary-report.xml");
    EXPECT_TRUE(std::filesystem::exists(own + "/party-branch-secretary-report.xml"));
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, ""));
}

// The office's term list sits in its locked shared folder: its words are told, and the writer's own
// terms.txt adds words but cannot drop or change the office's (docs/terms.md).
TEST(OfficePolicy, TheOfficesLockedTermListAppliesAndTheWritersOwnCannotChangeIt) {
    const writer::Engine engine(office().context());
    const std::string own = scratchDir() + "/terms-own";
    std::filesystem::create_directories(own);
    std::ofstream(own + "/terms.txt") << "off | forbidden | 圆满完成\nforbidden | 高度重视 | | 我自己的\n";
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, own));
    const Document document = documentFromText("确保整改工作圆满完成。\n各部门高度重视。\n报某某市政府办公室审定。\n", "t.txt");
    const DocumentReport report = engine.check(document, "", engine.catalog("zh-CN"));
    std::vector<std::pair<std::string, int>> terms;
    for (const Finding& finding : report.findings)
        if (finding.rule.rfind("terms.", 0) == 0) terms.emplace_back(finding.rule, finding.paragraph);
    EXPECT_EQ(terms, (std::vector<std::pair<std::string, int>>{
                         {"terms.forbidden", 0}, {"terms.forbidden", 1}, {"terms.canonical", 2}}));
    const auto problems = activeTermList()->problems;
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, own + "/terms.txt");
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].messageKey, "terms.error.locked");
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, ""));
}

// The Options page as Tools > Options builds it: its .xdl in a window, its handler told "initialize".
struct OptionsPage {
    Reference<awt::XWindow> window;
    Reference<awt::XContainerWindowEventHandler> handler;
    Reference<awt::XControlContainer> controls;

    OptionsPage() {
        const auto context = office().context();
        handler.set(context->getServiceManager()->createInstanceWithContext("org.reportkit.OptionsPageHandler", context),
                    UNO_QUERY_THROW);
        const Reference<awt::XToolkit> toolkit(awt::Toolkit::create(context), UNO_QUERY_THROW);
        const awt::WindowDescriptor descriptor(awt::WindowClass_TOP, "window", nullptr, 0, awt::Rectangle(0, 0, 600, 400),
                                               awt::WindowAttribute::SHOW);
        const Reference<awt::XWindowPeer> parent = toolkit->createWindow(descriptor);
        window = awt::ContainerWindowProvider::create(context)->createContainerWindow(
            "vnd.sun.star.extension://org.reportkit.ReportKit/dialogs/OptionsPage.xdl", "", parent, handler);
        controls.set(window, UNO_QUERY_THROW);
        handler->callHandlerMethod(window, uno::Any(OUString("initialize")), "external_event");
    }
    ~OptionsPage() { Reference<lang::XComponent>(window, UNO_QUERY_THROW)->dispose(); }

    Reference<awt::XTextComponent> field(const char* name) const {
        return Reference<awt::XTextComponent>(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
    }
    bool enabled(const char* name) const {
        return Reference<beans::XPropertySet>(controls->getControl(OUString::createFromAscii(name))->getModel(), UNO_QUERY_THROW)
            ->getPropertyValue("Enabled")
            .get<bool>();
    }
};

TEST(OfficePolicy, TheOptionsPageShowsTheLockedFolderAndKeepsIt) {
    const writer::Engine engine(office().context());
    const auto before = engine.templateSettings();
    OptionsPage page;
    EXPECT_EQ(writer::toUtf8(page.field("SharedFolders")->getText()), before.sharedFolders.at(0));
    EXPECT_FALSE(page.enabled("SharedFolders"));
    EXPECT_FALSE(page.enabled("SharedBrowse"));
    EXPECT_TRUE(page.enabled("UserFolder"));
    EXPECT_TRUE(page.enabled("UserBrowse"));
    EXPECT_EQ(writer::toUtf8(Reference<awt::XFixedText>(page.controls->getControl("Note"), UNO_QUERY_THROW)->getText()),
              "Some of these settings were fixed by your administrator and cannot be changed here.");

    // OK with both fields changed: the locked one keeps the office's value, the other is saved.
    const std::string own = scratchDir() + "/page-templates";
    page.field("SharedFolders")->setText("/somewhere/else");
    page.field("UserFolder")->setText(writer::fromUtf8(own));
    page.handler->callHandlerMethod(page.window, uno::Any(OUString("ok")), "external_event");
    const auto after = engine.templateSettings();
    EXPECT_EQ(after.sharedFolders, before.sharedFolders);
    EXPECT_EQ(after.userFolder, own);
    ASSERT_TRUE(engine.setTemplateSettings(after.sharedFolders, ""));
}

}  // namespace
}  // namespace reportkit::test
