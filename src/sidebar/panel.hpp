#pragma once
// A sidebar panel whose window comes from an .xdl dialog of the extension. Subclasses say which
// dialog, handle its events and list their controls from top to bottom; the panel lays them out to
// the width the sidebar gives it. The sidebar only sees the UNO interfaces.
#include <functional>
#include <initializer_list>
#include <map>
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

// One line of a panel, top to bottom: a label as high as its text wrapped to the panel's width
// (nothing while it is empty), a row of buttons or check boxes (as many to a line as their labels
// fit, the rest on the next), or the list that takes the height the others leave.
struct LayoutItem {
    enum class Kind { text, row, list };
    Kind kind;
    std::vector<OUString> names;  // a row's controls, left to right; otherwise the one control
    int minimumRows = 0;          // a list's: rows it keeps however little height is left
    int preferredRows = 0;        // a list's: rows it asks for
    int maximumRows = -1;         // a list's: rows it grows to; -1 for as many as the deck has room for

    static LayoutItem text(const char* name) { return {Kind::text, {OUString::createFromAscii(name)}}; }
    static LayoutItem row(std::initializer_list<const char*> names) {
        LayoutItem item{Kind::row, {}};
        for (const char* name : names) item.names.push_back(OUString::createFromAscii(name));
        return item;
    }
    static LayoutItem list(const char* name, int minimumRows, int preferredRows, int maximumRows = -1) {
        return {Kind::list, {OUString::createFromAscii(name)}, minimumRows, preferredRows, maximumRows};
    }
};

class Panel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                           css::awt::XContainerWindowEventHandler> {
public:
    Panel(const css::uno::Reference<css::uno::XComponentContext>& context,
          const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl);
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

    // XSidebarPanel: the heights at which the controls fit the width, the list at its fewest rows,
    // at the rows it asks for, and as high as it may grow.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    // Narrower than the sidebar's default width: rows of buttons wrap rather than widen the deck.
    sal_Int32 SAL_CALL getMinimalWidth() override { return kMinimalWidth; }
    static constexpr sal_Int32 kMinimalWidth = 160;

    // XContainerWindowEventHandler: the dialog's "vnd.sun.star.UNO:<method>" events arrive here.
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const OUString& method) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedMethodNames() override;

    // Places the controls in a window of this size, in pixels.
    void layout(sal_Int32 width, sal_Int32 height) const;

protected:
    // The panel's controls from top to bottom.
    virtual std::vector<LayoutItem> items() const = 0;
    // Handles one event method; returns false for a method it does not know.
    virtual bool handle(const OUString& method);
    virtual std::vector<OUString> methodNames() const { return {}; }
    // Called once the window exists, to fill the controls.
    virtual void initialise() {}

    css::uno::Reference<css::awt::XControl> control(const OUString& name) const;
    void enable(const OUString& name, bool enabled) const;
    // `around(text)` for one row of a list, with the end of `text` cut ("…") where the row would
    // be wider than the list.
    OUString fitToList(const OUString& list, const OUString& text,
                       const std::function<OUString(const OUString&)>& around) const;
    // Called when the panel has been laid out at another width.
    virtual void widthChanged() {}
    // Sets the text of a label (a fixed text control); the panel is laid out again when the text
    // needs another height. From any thread.
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
    struct Heights {
        sal_Int32 fixed = 0;    // everything but the list
        sal_Int32 minimum = 0;  // the list's at its fewest rows
        sal_Int32 preferred = 0;
        sal_Int32 maximum = -1;  // -1: no limit
    };
    // Each item's height at this width (0 for the list and an empty label).
    std::vector<sal_Int32> itemHeights(const std::vector<LayoutItem>& items, sal_Int32 width) const;
    Heights heightsFor(const std::vector<LayoutItem>& items, sal_Int32 width) const;
    // Places a control; sizes in pixels.
    void place(const OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) const;
    // Lays the panel out again at its size and asks the sidebar, while it shows the panel, for the
    // height it now needs, on the main thread once the current event is done.
    void relayoutSoon() const;

    // How a row of buttons or check boxes is laid out in a width.
    struct RowShape {
        int columns = 1;
        sal_Int32 columnWidth = 0;
        // The controls' preferred height, at most as high as the dialog made them (VCL's preferred
        // height of a button leaves a wide margin).
        sal_Int32 line = 0;
        sal_Int32 height = 0;  // of all its lines
    };
    RowShape rowShape(const LayoutItem& row, sal_Int32 width) const;
    // A label's height with its text wrapped to the width; 0 when it is empty.
    sal_Int32 textHeight(const OUString& name, sal_Int32 width) const;

    OUString resourceUrl_;
    css::uno::Reference<css::awt::XWindow> window_;
    std::map<OUString, sal_Int32> designHeights_;  // each control's height in the dialog
    sal_Int32 width_ = 0;                          // the width the panel was last laid out at
    rtl::Reference<writer::LiveCheck> live_;
    int subscription_ = 0;
};

}  // namespace reportkit::sidebar
