#include "options_page.hpp"

#include <algorithm>

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "engine.hpp"
#include "rule.hpp"
#include "service_names.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// The rule families the page turns on and off as a whole, by their checkboxes.
constexpr std::pair<const char*, const char*> kFamilies[] = {
    {"FamilyPunctuation", "punctuation."}, {"FamilyNumbers", "numbers."}, {"FamilyTerms", "terms."}};

std::vector<std::string> rulesOfFamily(std::string_view prefix) {
    std::vector<std::string> rules;
    for (const auto& rule : allRules())
        if (rule->id().substr(0, prefix.size()) == prefix) rules.emplace_back(rule->id());
    return rules;
}

// A checkbox's state: ticked, unticked, or greyed when only some of its family's rules are off.
enum CheckboxState : sal_Int16 { unticked = 0, ticked = 1, some = 2 };

class OptionsPageHandler : public cppu::WeakImplHelper2<awt::XContainerWindowEventHandler, lang::XServiceInfo> {
public:
    explicit OptionsPageHandler(const Reference<uno::XComponentContext>& context) : context_(context) {}

    // The Options dialog calls "external_event" with "initialize" (first shown), "ok" and "back";
    // the Browse buttons call onBrowseShared and onBrowseUser.
    sal_Bool SAL_CALL callHandlerMethod(const Reference<awt::XWindow>& window, const uno::Any& event,
                                       const OUString& method) override {
        const Reference<awt::XControlContainer> controls(window, UNO_QUERY);
        if (!controls.is()) return false;
        OUString action;
        event >>= action;
        try {
            if (method == "onBrowseShared") browse(controls, "SharedFolders", true);
            else if (method == "onBrowseUser") browse(controls, "UserFolder", false);
            else if (method != "external_event") return false;
            else if (action == "ok") save(writer::Engine(context_), controls);
            else if (action == "initialize" || action == "back") show(writer::Engine(context_), controls);
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
        uno::Sequence<OUString> names(3);
        names.getArray()[0] = "external_event";
        names.getArray()[1] = "onBrowseShared";
        names.getArray()[2] = "onBrowseUser";
        return names;
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

    static Reference<beans::XPropertySet> modelOf(const Reference<awt::XControlContainer>& controls, const char* name) {
        const Reference<awt::XControl> control = controls->getControl(OUString::createFromAscii(name));
        return Reference<beans::XPropertySet>(control.is() ? control->getModel() : nullptr, UNO_QUERY);
    }

    static void setEnabled(const Reference<awt::XControlContainer>& controls, const char* name, bool enabled) {
        if (const Reference<beans::XPropertySet> model = modelOf(controls, name); model.is())
            model->setPropertyValue("Enabled", uno::Any(enabled));
    }

    // Asks for a folder, starting from the field's (last) folder; the shared folders' field gets it
    // as a new line, the user's is replaced.
    void browse(const Reference<awt::XControlContainer>& controls, const char* name, bool addLine) const {
        const Reference<awt::XTextComponent> folders = field(controls, name);
        const std::string text = writer::toUtf8(folders->getText());
        const std::size_t lastLine = text.find_last_of('\n');
        const std::string current = lastLine == std::string::npos ? text : text.substr(lastLine + 1);
        const Reference<ui::dialogs::XFolderPicker2> picker = ui::dialogs::FolderPicker::create(context_);
        if (!current.empty()) try {
            picker->setDisplayDirectory(writer::fileUrl(current));
        } catch (const uno::Exception&) {
            // A folder that is not there: the picker starts where it would.
        }
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
        const std::string chosen = writer::systemPath(picker->getDirectory());
        folders->setText(writer::fromUtf8(addLine && !text.empty() ? text + "\n" + chosen : chosen));
    }

    void show(const writer::Engine& engine, const Reference<awt::XControlContainer>& controls) const {
        const writer::Engine::TemplateSettings settings = engine.templateSettings();
        std::string shared;
        for (const std::string& folder : settings.sharedFolders) shared += (shared.empty() ? "" : "\n") + folder;
        field(controls, "SharedFolders")->setText(writer::fromUtf8(shared));
        field(controls, "UserFolder")->setText(writer::fromUtf8(settings.userFolder));
        setEnabled(controls, "SharedFolders", !settings.sharedLocked);
        setEnabled(controls, "UserFolder", !settings.userLocked);
        setEnabled(controls, "SharedBrowse", !settings.sharedLocked);
        setEnabled(controls, "UserBrowse", !settings.userLocked);
        const std::vector<std::string> disabled = engine.disabledRules();
        for (const auto& [checkbox, prefix] : kFamilies) {
            const std::vector<std::string> rules = rulesOfFamily(prefix);
            const auto off = std::count_if(rules.begin(), rules.end(), [&](const std::string& rule) {
                return std::find(disabled.begin(), disabled.end(), rule) != disabled.end();
            });
            const sal_Int16 state = off == 0 ? ticked : off == static_cast<std::ptrdiff_t>(rules.size()) ? unticked : some;
            if (const Reference<beans::XPropertySet> model = modelOf(controls, checkbox); model.is()) {
                model->setPropertyValue("TriState", uno::Any(state == some));
                model->setPropertyValue("State", uno::Any(state));
            }
        }
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
        // A family ticked runs all its rules, unticked none; greyed keeps each rule as it was.
        for (const auto& [checkbox, prefix] : kFamilies) {
            sal_Int16 state = some;
            if (const Reference<beans::XPropertySet> model = modelOf(controls, checkbox); model.is())
                model->getPropertyValue("State") >>= state;
            if (state != some) engine.setRulesEnabled(rulesOfFamily(prefix), state == ticked);
        }
    }

    Reference<uno::XComponentContext> context_;
};

}  // namespace

Reference<uno::XInterface> createOptionsPageHandler(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new OptionsPageHandler(context));
}

}  // namespace reportkit::sidebar
