// The Templates panel: the report kinds and where each comes from; a kind's skeleton inserted at the
// cursor or into a new document after its details are asked for; this document's headings saved
// as a new template.
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <cppuhelper/weakref.hxx>

#include "document_reader.hpp"
#include "engine.hpp"
#include "panels.hpp"
#include "property_values.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

constexpr int kVariableRows = 6;  // rows of dialogs/VariablesDialog.xdl

class TemplatesPanel final : public Panel {
public:
    TemplatesPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                   const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl) {}

private:
    std::vector<LayoutItem> items() const override {
        return {LayoutItem::text("Intro"), LayoutItem::list("Kinds", 3, 4, static_cast<int>(templates_.templates.size())),
                LayoutItem::text("About"), LayoutItem::row({"InsertButton", "NewButton"}), LayoutItem::row({"SaveButton"})};
    }

    std::vector<OUString> methodNames() const override {
        return {"onKindSelected", "onInsert", "onNewDocument", "onSaveAsTemplate"};
    }

    bool handle(const OUString& method) override {
        if (method == "onKindSelected") describeChosen();
        else if (method == "onInsert") insertChosen(model());
        else if (method == "onNewDocument") insertChosen(newDocument());
        else if (method == "onSaveAsTemplate") saveAsTemplate();
        else return false;
        return true;
    }

    void initialise() override {
        const Reference<awt::XListBox> kinds(control("Kinds"), UNO_QUERY);
        if (!kinds.is()) return;
        const writer::Engine engine(context_);
        locale_ = engine.interfaceLocale();
        messages_ = engine.catalog(locale_);
        templates_ = engine.templates();
        fillKinds();
        if (templates_.hasErrors()) setLabel("About", describe(templates_.problems.front(), messages_));
        if (!collapsedOnce_) collapseInAWrittenDocument();
    }

    // Each kind with where it comes from, a name too long for the list's width cut at its end (the
    // chosen one is shown whole below the list); the chosen one stays chosen.
    void fillKinds() {
        const Reference<awt::XListBox> kinds(control("Kinds"), UNO_QUERY);
        const sal_Int16 chosenRow = kinds->getSelectedItemPos();
        kinds->removeItems(0, kinds->getItemCount());
        for (const Template& kind : templates_.templates)
            kinds->addItem(fitToList("Kinds", writer::fromUtf8(kind.name.in(locale_)),
                                     [&](const OUString& name) {
                                         return writer::fromUtf8(messages_.format(
                                             "panel.templates.item", {{"name", writer::toUtf8(name)}, {"source", source(kind)}}));
                                     }),
                           kinds->getItemCount());
        if (chosenRow >= 0 && chosenRow < kinds->getItemCount()) kinds->selectItemPos(chosenRow, true);
    }

    void widthChanged() override {
        if (!templates_.templates.empty()) fillKinds();
    }

    // In a document that already has text, the writer needs the Check panel more than the
    // templates: this panel starts collapsed there, leaving the deck's height to the findings.
    void collapseInAWrittenDocument() {
        collapsedOnce_ = true;
        const Reference<frame::XModel> document = model();
        if (!Reference<text::XTextDocument>(document, UNO_QUERY).is()) return;
        const auto first = writer::bodyParagraph(document, 0);
        if (!writer::bodyParagraph(document, 1).is() && (!first.is() || first->getString().isEmpty())) return;
        const uno::WeakReference<ui::XToolPanel> weak(Reference<ui::XToolPanel>(this));
        later([weak] {
            const Reference<ui::XToolPanel> alive(weak);
            if (!alive.is()) return;
            const Reference<ui::XPanel> panel = static_cast<TemplatesPanel*>(alive.get())->deckPanel("ReportKitTemplatesPanel");
            if (panel.is()) panel->collapse();
        });
    }

    std::string source(const Template& kind) const { return messages_.format("template.source." + kind.source); }

    const Template* chosen() const {
        const Reference<awt::XListBox> kinds(control("Kinds"), UNO_QUERY);
        const sal_Int16 index = kinds.is() ? kinds->getSelectedItemPos() : -1;
        return index >= 0 && index < static_cast<sal_Int16>(templates_.templates.size()) ? &templates_.templates[index]
                                                                                        : nullptr;
    }

    void describeChosen() {
        const Template* kind = chosen();
        enable("InsertButton", kind != nullptr);
        enable("NewButton", kind != nullptr);
        if (!kind) return;
        // The list cuts a long name at its edge: the chosen one is shown whole below it.
        setLabel("About", kind->name.in(locale_) + "\n" + messages_.format("panel.templates.about", {{"description", kind->description.in(locale_)},
                                                                                  {"source", source(*kind)},
                                                                                  {"version", kind->version}}));
    }

    Reference<frame::XModel> newDocument() const {
        const auto desktop = frame::Desktop::create(context_);
        return Reference<frame::XModel>(
            desktop->loadComponentFromURL("private:factory/swriter", "_blank", 0, uno::Sequence<beans::PropertyValue>()),
            UNO_QUERY);
    }

    // Asks for the template's variables in dialogs/VariablesDialog.xdl until the required ones are
    // given; false when the user cancels.
    bool askVariables(const Template& kind, std::map<std::string, std::string>& values) const {
        const OUString url = "vnd.sun.star.extension://" + OUString::createFromAscii(writer::kExtensionId) +
                             "/dialogs/VariablesDialog.xdl";
        const Reference<awt::XDialog> dialog = awt::DialogProvider2::create(context_)->createDialog(url);
        const Reference<awt::XControlContainer> controls(dialog, UNO_QUERY);
        const auto text = [&](const std::string& name) {
            return Reference<awt::XFixedText>(controls->getControl(writer::fromUtf8(name)), UNO_QUERY);
        };
        const auto field = [&](int row) {
            return Reference<awt::XTextComponent>(controls->getControl(writer::fromUtf8("Field" + std::to_string(row))),
                                                  UNO_QUERY);
        };
        text("Kind")->setText(writer::fromUtf8(kind.name.in(locale_)));
        const std::map<std::string, std::string> defaults = resolveVariables(kind, {}, writer::today()).values;
        for (int row = 1; row <= kVariableRows; ++row) {
            const bool used = row <= static_cast<int>(kind.variables.size());
            for (const std::string& name : {"Label" + std::to_string(row), "Field" + std::to_string(row)})
                Reference<awt::XWindow>(controls->getControl(writer::fromUtf8(name)), UNO_QUERY)->setVisible(used);
            if (!used) continue;
            const VariableSpec& variable = kind.variables[row - 1];
            text("Label" + std::to_string(row))
                ->setText(writer::fromUtf8(variable.label.in(locale_) + (variable.required ? " *" : "")));
            field(row)->setText(writer::fromUtf8(defaults.at(variable.id)));
        }
        for (;;) {
            if (dialog->execute() != 1) break;
            values.clear();
            for (int row = 1; row <= std::min<int>(kVariableRows, kind.variables.size()); ++row)
                values[kind.variables[row - 1].id] = writer::toUtf8(field(row)->getText());
            const VariableValues checked = resolveVariables(kind, values, writer::today());
            if (checked.problems.empty()) {
                Reference<lang::XComponent>(dialog, UNO_QUERY)->dispose();
                return true;
            }
            const auto& [key, id] = checked.problems.front();
            const auto variable = std::find_if(kind.variables.begin(), kind.variables.end(),
                                               [&](const VariableSpec& v) { return v.id == id; });
            text("Problem")->setText(writer::fromUtf8(messages_.format(
                "panel.templates.needed", {{"label", variable == kind.variables.end() ? id : variable->label.in(locale_)}})));
        }
        Reference<lang::XComponent>(dialog, UNO_QUERY)->dispose();
        return false;
    }

    void insertChosen(const Reference<frame::XModel>& target) {
        const Template* kind = chosen();
        if (!kind || !target.is()) return;
        std::map<std::string, std::string> values;
        if (!askVariables(*kind, values)) return;
        try {
            const writer::Engine engine(context_);
            const writer::InsertedSkeleton inserted = engine.insertSkeleton(target, kind->file, values, messages_);
            setLabel("About", messages_.format("panel.templates.inserted", {{"paragraphs", std::to_string(inserted.paragraphs)}}));
            // Whole, above the document: the panel's lines would cut it.
            const Reference<frame::XController> controller = target->getCurrentController();
            writer::showMissingFonts(controller.is() ? controller->getFrame() : frame_,
                                     missingFontsMessage(inserted.missingFamilies, messages_));
        } catch (const lang::IllegalArgumentException& error) {
            setLabel("About", writer::toUtf8(error.Message));
        } catch (const uno::Exception& error) {
            setLabel("About", messages_.format("panel.templates.failed", {{"detail", writer::toUtf8(error.Message)}}));
        }
    }

    void saveAsTemplate() {
        try {
            const writer::Engine engine(context_);
            const std::string file = engine.saveTemplateFromDocument(model());
            setLabel("About", messages_.format("panel.templates.saved", {{"file", file}}));
            initialise();
        } catch (const uno::Exception& error) {
            setLabel("About", messages_.format("panel.templates.failed", {{"detail", writer::toUtf8(error.Message)}}));
        }
    }


    std::string locale_;
    MessageCatalog messages_;
    TemplateSet templates_;
    bool collapsedOnce_ = false;
};

}  // namespace

rtl::Reference<Panel> createTemplatesPanel(const Reference<uno::XComponentContext>& context,
                                           const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new TemplatesPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
