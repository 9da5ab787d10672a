#pragma once
// A sidebar panel whose window comes from an .xdl dialog of the extension. Subclasses say which
// dialog, handle its events and lay out its controls; the sidebar only sees the UNO interfaces.
#include <functional>
#include <string>
#include <vector>

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include "finding.hpp"
#include "live_check.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

struct PanelHeights {
    sal_Int32 minimum;
    sal_Int32 preferred;
    sal_Int32 maximum;
};

class Panel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                           css::awt::XContainerWindowEventHandler> {
public:
    Panel(const css::uno::Reference<css::uno::XComponentContext>& context,
          const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl, PanelHeights heights);
    ~Panel() override;

    // Creates the window from dialogs/<dialog>.xdl inside the sidebar's parent window. Called once,
    // right after construction, when a reference holds the panel.
    void createWindow(const css::uno::Reference<css::awt::XWindow>& parent, const OUString& dialog);

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return resourceUrl_; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
        const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    // Wide enough for the Chinese and English labels of two buttons side by side.
    sal_Int32 SAL_CALL getMinimalWidth() override { return 280; }

    // XContainerWindowEventHandler: the dialog's "vnd.sun.star.UNO:<method>" events arrive here.
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const OUString& method) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedMethodNames() override;

    // Called when the panel's window changes size.
    virtual void layout(sal_Int32 width, sal_Int32 height);

protected:
    // The least height at which every control fits, in pixels (the controls' sizes depend on the
    // interface's font); the fixed minimum unless a panel knows better.
    virtual sal_Int32 minimumHeight() const { return heights_.minimum; }
    // Handles one event method; returns false for a method it does not know.
    virtual bool handle(const OUString& method);
    virtual std::vector<OUString> methodNames() const { return {}; }
    // Called once the window exists, to fill the controls.
    virtual void initialise() {}

    css::uno::Reference<css::awt::XControl> control(const OUString& name) const;
    // Places a control; sizes in pixels.
    void place(const OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) const;
    sal_Int32 controlTop(const OUString& name) const;
    sal_Int32 controlHeight(const OUString& name) const;
    void enable(const OUString& name, bool enabled) const;
    // Sets the text of a label (a fixed text control).
    void setLabel(const OUString& name, const std::string& text) const;

    // This deck's panel with the id (e.g. "ReportKitCheckPanel"), or null. Not while the sidebar is
    // still making the deck: asking then makes it again.
    css::uno::Reference<css::ui::XPanel> deckPanel(const char* id) const;
    // Runs `work` on the main thread once the current event is done (e.g. after the sidebar has
    // made the deck).
    void later(std::function<void()> work) const;

    // The document in the panel's window, or null.
    css::uno::Reference<css::frame::XModel> model() const;
    // Selects a place in a body paragraph (the whole paragraph when the place's length is 0); false
    // when there is no such place.
    bool selectInText(int paragraph, const TextSpan& place) const;

    // The live check of the panel's document, followed: liveCheckRefreshed is called on the main
    // thread after each refresh that changed its result. Null for a document that is not text.
    const rtl::Reference<writer::LiveCheck>& liveCheck();
    virtual void liveCheckRefreshed() {}

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;

private:
    OUString resourceUrl_;
    PanelHeights heights_;
    css::uno::Reference<css::awt::XWindow> window_;
    rtl::Reference<writer::LiveCheck> live_;
    int subscription_ = 0;
};

}  // namespace reportkit::sidebar
