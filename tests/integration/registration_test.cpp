// What unopkg registered: the extension itself, the sidebar deck and panels, the panel factory,
// and the Tools menu entry, read back from LibreOffice's configuration and service manager.
#include <gtest/gtest.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;

Reference<container::XNameAccess> configuration(const char* path) try {
    const Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(office().context());
    uno::Sequence<uno::Any> arguments(1);
    arguments.getArray()[0] <<= beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(path)));
    return Reference<container::XNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        uno::UNO_QUERY_THROW);
} catch (const uno::Exception& error) {
    ADD_FAILURE() << path << ": " << writer::toUtf8(error.Message);
    throw;
}

std::string text(const Reference<container::XNameAccess>& node, const char* name) {
    OUString value;
    node->getByName(OUString::createFromAscii(name)) >>= value;
    return writer::toUtf8(value);
}

TEST(Registration, UnopkgListsTheInstalledExtension) {
    const writer::OfficeOptions options = officeOptions(scratchDir() + "/unopkg-only");
    writer::OfficeSession::installExtension(options);
    const CommandResult listing = runCommand(std::string(REPORTKIT_OFFICE_PROGRAM) + "/unopkg list --shared" +
                                             " -env:UserInstallation=file://" + options.profileDir + "/user" +
                                             " -env:UNO_SHARED_PACKAGES_CACHE=file://" + options.profileDir + "/extensions");
    EXPECT_EQ(listing.status, 0) << listing.err;
    EXPECT_NE(listing.out.find("Identifier: org.reportkit.ReportKit"), std::string::npos) << listing.out;
    EXPECT_NE(listing.out.find("Version: 0.1.0"), std::string::npos);
    EXPECT_NE(listing.out.find("is registered: yes"), std::string::npos);
}

TEST(Registration, TheDeckIsForWriterOnly) {
    const auto deck = configuration("/org.openoffice.Office.UI.Sidebar/Content/DeckList/ReportKitDeck");
    EXPECT_EQ(text(deck, "Id"), "ReportKitDeck");
    uno::Sequence<OUString> contexts;
    deck->getByName("ContextList") >>= contexts;
    ASSERT_EQ(contexts.getLength(), 1);
    EXPECT_EQ(writer::toUtf8(contexts[0]), "WriterVariants, any, visible");
}

TEST(Registration, ThreePanelsComeFromTheFactory) {
    const auto panels = configuration("/org.openoffice.Office.UI.Sidebar/Content/PanelList");
    for (const char* name : {"Templates", "Check", "Topics"}) {
        SCOPED_TRACE(name);
        const std::string id = std::string("ReportKit") + name + "Panel";
        ASSERT_TRUE(panels->hasByName(writer::fromUtf8(id)));
        Reference<container::XNameAccess> panel(panels->getByName(writer::fromUtf8(id)), uno::UNO_QUERY_THROW);
        EXPECT_EQ(text(panel, "DeckId"), "ReportKitDeck");
        EXPECT_EQ(text(panel, "ImplementationURL"),
                  std::string("private:resource/toolpanel/ReportKitPanelFactory/") + name + "Panel");
    }
    const auto factory =
        configuration("/org.openoffice.Office.UI.Factories/Registered/UIElementFactories/org.reportkit.comp.PanelFactory");
    EXPECT_EQ(text(factory, "Name"), "ReportKitPanelFactory");
    const Reference<ui::XUIElementFactory> instance(
        office().context()->getServiceManager()->createInstanceWithContext("org.reportkit.PanelFactory",
                                                                           office().context()),
        uno::UNO_QUERY);
    EXPECT_TRUE(instance.is());
}

TEST(Registration, TheToolsMenuOpensTheDeck) {
    const auto item = configuration(
        "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging/org.reportkit.ReportKit/ToolsMenu/MenuItems/OpenDeck");
    EXPECT_EQ(text(item, "URL"), ".uno:SidebarDeck.ReportKitDeck");
    EXPECT_EQ(text(item, "Context"), "com.sun.star.text.TextDocument");
}

}  // namespace
}  // namespace reportkit::test
