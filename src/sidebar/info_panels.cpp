// The Templates panel: its controls are in place and say what they will do; it already lists the
// report kinds the extension knows.
#include <com/sun/star/awt/XListBox.hpp>

#include "engine.hpp"
#include "panels.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// A panel whose controls keep their place and height and take the panel's width.
class WidthFillingPanel : public Panel {
public:
    WidthFillingPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                      const OUString& resourceUrl, PanelHeights heights, std::vector<OUString> controls)
        : Panel(context, frame, resourceUrl, heights), controls_(std::move(controls)) {}

    void layout(sal_Int32 width, sal_Int32) override {
        constexpr sal_Int32 margin = 6;
        for (const OUString& name : controls_) {
            Reference<awt::XWindow> window(control(name), UNO_QUERY);
            if (!window.is()) continue;
            const awt::Rectangle area = window->getPosSize();
            place(name, margin, area.Y, width - 2 * margin, area.Height);
        }
    }

private:
    std::vector<OUString> controls_;
};

class TemplatesPanel final : public WidthFillingPanel {
public:
    TemplatesPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                   const OUString& resourceUrl)
        : WidthFillingPanel(context, frame, resourceUrl, {140, 200, 400}, {"Intro", "Kinds"}) {}

private:
    void initialise() override {
        Reference<awt::XListBox> kinds(control("Kinds"), UNO_QUERY);
        if (!kinds.is()) return;
        writer::Engine engine(context_);
        const std::string locale = engine.interfaceLocale();
        for (const Template& kind : engine.templates().templates)
            kinds->addItem(writer::fromUtf8(kind.name.in(locale)), kinds->getItemCount());
    }
};

}  // namespace

rtl::Reference<Panel> createTemplatesPanel(const Reference<uno::XComponentContext>& context,
                                           const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new TemplatesPanel(context, frame, resourceUrl);
}


}  // namespace reportkit::sidebar
