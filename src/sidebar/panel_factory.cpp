#include "panel_factory.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "engine.hpp"
#include "panels.hpp"
#include "service_names.hpp"
#include "skeleton_inserter.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

class PanelFactory : public cppu::WeakImplHelper2<ui::XUIElementFactory, lang::XServiceInfo> {
public:
    explicit PanelFactory(const Reference<uno::XComponentContext>& context) : context_(context) {}

    Reference<ui::XUIElement> SAL_CALL createUIElement(const OUString& resourceUrl,
                                                       const uno::Sequence<beans::PropertyValue>& arguments) override {
        Reference<awt::XWindow> parent;
        Reference<frame::XFrame> frame;
        for (const beans::PropertyValue& argument : arguments) {
            if (argument.Name == "ParentWindow") argument.Value >>= parent;
            else if (argument.Name == "Frame") argument.Value >>= frame;
        }
        if (!parent.is() || !frame.is())
            throw lang::IllegalArgumentException("a sidebar panel needs ParentWindow and Frame", *this, 1);
        const OUString name = resourceUrl.copy(resourceUrl.lastIndexOf('/') + 1);
        rtl::Reference<Panel> panel;
        if (name == "CheckPanel") panel = createCheckPanel(context_, frame, resourceUrl);
        else if (name == "TemplatesPanel") panel = createTemplatesPanel(context_, frame, resourceUrl);
        else if (name == "TopicsPanel") panel = createTopicsPanel(context_, frame, resourceUrl);
        else throw lang::IllegalArgumentException("unknown ReportKit panel " + resourceUrl, *this, 0);
        try {
            panel->createWindow(parent, name);
            // The deck's first panel: a computer without the official fonts says so once.
            if (name == "CheckPanel") writer::showMissingFontsOnce(context_, frame, writer::Engine(context_).catalog(""));
        } catch (const std::exception& error) {
            // Only UNO exceptions may reach the sidebar; anything else would end Writer.
            throw uno::RuntimeException(writer::fromUtf8(error.what()), *this);
        }
        return Reference<ui::XUIElement>(static_cast<ui::XUIElement*>(panel.get()));
    }

    OUString SAL_CALL getImplementationName() override { return kPanelFactoryImplementation; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        return writer::serviceNames(kPanelFactoryService);
    }

private:
    Reference<uno::XComponentContext> context_;
};

}  // namespace

Reference<uno::XInterface> createPanelFactory(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

}  // namespace reportkit::sidebar
