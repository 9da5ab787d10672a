#include "options_page.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "engine.hpp"
#include "service_names.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

class OptionsPageHandler : public cppu::WeakImplHelper2<awt::XContainerWindowEventHandler, lang::XServiceInfo> {
public:
    explicit OptionsPageHandler(const Reference<uno::XComponentContext>& context) : context_(context) {}

    // The Options dialog calls "external_event" with "initialize" (first shown), "ok" and "back".
    sal_Bool SAL_CALL callHandlerMethod(const Reference<awt::XWindow>& window, const uno::Any& event,
                                       const OUString& method) override {
        if (method != "external_event") return false;
        OUString action;
        event >>= action;
        const Reference<awt::XControlContainer> controls(window, UNO_QUERY);
        if (!controls.is()) return false;
        try {
            const writer::Engine engine(context_);
            if (action == "ok") save(engine, controls);
            else if (action == "initialize" || action == "back") show(engine, controls);
            else return false;
        } catch (const uno::Exception& error) {
            // The dialog goes on without this page's changes; the settings are as they were.
            SAL_WARN("reportkit", "options page: " << error.Message);
        } catch (const std::exception& error) {
            SAL_WARN("reportkit", "options page: " << error.what());
        }
        return true;
    }

    uno::Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
        return writer::serviceNames("external_event");
    }

    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kOptionsPageImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        return writer::serviceNames(kOptionsPageService);
    }

private:
    static Reference<awt::XTextComponent> field(const Reference<awt::XControlContainer>& controls, const char* name) {
        return Reference<awt::XTextComponent>(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY);
    }

    static void setEnabled(const Reference<awt::XControlContainer>& controls, const char* name, bool enabled) {
        const Reference<awt::XControl> control = controls->getControl(OUString::createFromAscii(name));
        if (control.is())
            Reference<beans::XPropertySet>(control->getModel(), UNO_QUERY)->setPropertyValue("Enabled", uno::Any(enabled));
    }

    void show(const writer::Engine& engine, const Reference<awt::XControlContainer>& controls) const {
        const writer::Engine::TemplateSettings settings = engine.templateSettings();
        std::string shared;
        for (const std::string& folder : settings.sharedFolders) shared += (shared.empty() ? "" : "\n") + folder;
        field(controls, "SharedFolders")->setText(writer::fromUtf8(shared));
        field(controls, "UserFolder")->setText(writer::fromUtf8(settings.userFolder));
        setEnabled(controls, "SharedFolders", !settings.sharedLocked);
        setEnabled(controls, "UserFolder", !settings.userLocked);
        const MessageCatalog messages = engine.catalog("");
        const Reference<awt::XFixedText> note(controls->getControl("Note"), UNO_QUERY);
        if (note.is())
            note->setText(writer::fromUtf8(
                messages.format(settings.sharedLocked || settings.userLocked ? "options.locked" : "options.default-user",
                                {{"folder", engine.userTemplateFolder()}})));
    }

    void save(const writer::Engine& engine, const Reference<awt::XControlContainer>& controls) const {
        std::vector<std::string> shared;
        std::string lines = writer::toUtf8(field(controls, "SharedFolders")->getText());
        for (std::size_t start = 0; start <= lines.size();) {
            const std::size_t end = std::min(lines.find('\n', start), lines.size());
            std::string line = lines.substr(start, end - start);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty()) shared.push_back(line);
            start = end + 1;
        }
        // A locked setting keeps its value; the rest is saved.
        const writer::Engine::TemplateSettings current = engine.templateSettings();
        engine.setTemplateSettings(current.sharedLocked ? current.sharedFolders : shared,
                                   current.userLocked ? current.userFolder
                                                      : writer::toUtf8(field(controls, "UserFolder")->getText()));
    }

    Reference<uno::XComponentContext> context_;
};

}  // namespace

Reference<uno::XInterface> createOptionsPageHandler(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new OptionsPageHandler(context));
}

}  // namespace reportkit::sidebar
