// The Check panel: a Check button runs the engine on the current document; the list shows the
// findings in document order, and choosing one selects its paragraph in the text.
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "document_reader.hpp"
#include "engine.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "utf8.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using writer::fromUtf8;

namespace {

constexpr std::size_t kOpeningCharacters = 12;

class CheckPanel final : public Panel {
public:
    CheckPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
               const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl, {220, 420, 4000}), engine_(context) {}

    void layout(sal_Int32 width, sal_Int32 height) override {
        constexpr sal_Int32 margin = 6;
        const sal_Int32 top = controlTop("Findings");
        place("Summary", margin, controlTop("Summary"), width - 2 * margin, top - controlTop("Summary") - 2);
        place("Findings", margin, top, width - 2 * margin, height - top - margin);
    }

private:
    std::vector<OUString> methodNames() const override { return {"onCheck", "onFindingSelected"}; }

    bool handle(const OUString& method) override {
        if (method == "onCheck") {
            check();
            return true;
        }
        if (method == "onFindingSelected") {
            selectFinding();
            return true;
        }
        return false;
    }

    Reference<frame::XModel> model() const {
        Reference<frame::XController> controller = frame_->getController();
        return controller.is() ? controller->getModel() : Reference<frame::XModel>();
    }

    void showSummary(const std::string& text) {
        Reference<awt::XFixedText> summary(control("Summary"), UNO_QUERY);
        if (summary.is()) summary->setText(fromUtf8(text));
    }

    void check() {
        Reference<awt::XListBox> list(control("Findings"), UNO_QUERY);
        list->removeItems(0, list->getItemCount());
        findings_.clear();
        const MessageCatalog messages = engine_.catalog("");
        const Reference<frame::XModel> document = model();
        if (!Reference<text::XTextDocument>(document, UNO_QUERY).is()) {
            showSummary(messages.format("panel.check.not-writer"));
            return;
        }
        try {
            const Document read = writer::readDocument(document);
            const DocumentReport report = engine_.check(read, "", messages);
            const std::string paragraphs = std::to_string(report.paragraphs);
            showSummary(report.findings.empty()
                            ? messages.format("panel.check.clean", {{"paragraphs", paragraphs}})
                            : messages.format("panel.check.summary",
                                              {{"errors", std::to_string(report.count(Severity::error))},
                                               {"warnings", std::to_string(report.count(Severity::warning))},
                                               {"paragraphs", paragraphs}}));
            for (const Finding& finding : report.findings) {
                const std::string opening =
                    finding.paragraph >= 0 ? utf8::prefix(read.paragraphs[finding.paragraph].text, kOpeningCharacters)
                                           : std::string();
                const std::string item = messages.format(
                    "panel.check.item", {{"severity", messages.format("severity." + std::string(severityName(finding.severity)))},
                                         {"paragraph", std::to_string(finding.paragraph + 1)},
                                         {"opening", opening},
                                         {"message", finding.message}});
                list->addItem(fromUtf8(item), list->getItemCount());
                findings_.push_back(finding.paragraph);
            }
        } catch (const uno::Exception& error) {
            showSummary(messages.format("panel.check.failed", {{"detail", writer::toUtf8(error.Message)}}));
        } catch (const std::exception& error) {
            showSummary(messages.format("panel.check.failed", {{"detail", error.what()}}));
        }
    }

    void selectFinding() {
        Reference<awt::XListBox> list(control("Findings"), UNO_QUERY);
        const sal_Int16 position = list->getSelectedItemPos();
        if (position < 0 || position >= static_cast<sal_Int16>(findings_.size())) return;
        const Reference<frame::XModel> document = model();
        Reference<view::XSelectionSupplier> selection(frame_->getController(), UNO_QUERY);
        if (!document.is() || !selection.is()) return;
        if (const auto paragraph = writer::bodyParagraph(document, findings_[position]); paragraph.is())
            selection->select(uno::Any(paragraph));
    }

    writer::Engine engine_;
    std::vector<int> findings_;  // the paragraph of each list entry
};

}  // namespace

rtl::Reference<Panel> createCheckPanel(const Reference<uno::XComponentContext>& context,
                                       const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new CheckPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
