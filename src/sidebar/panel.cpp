#include "panel.hpp"

#include <algorithm>
#include <functional>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <sal/log.hxx>

#include "document_reader.hpp"
#include "engine.hpp"
#include "text_places.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Follows a window's size changes. It holds the panel weakly: the window must not keep it alive.
class ResizeListener : public cppu::WeakImplHelper1<awt::XWindowListener> {
public:
    explicit ResizeListener(std::function<void(const awt::Rectangle&)> resized) : resized_(std::move(resized)) {}
    void SAL_CALL windowResized(const awt::WindowEvent& event) override {
        resized_(awt::Rectangle(event.X, event.Y, event.Width, event.Height));
    }
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const lang::EventObject&) override {}
    void SAL_CALL windowHidden(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    std::function<void(const awt::Rectangle&)> resized_;
};

// Runs a function when AsyncCallback calls back, on the main thread.
class Callback : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit Callback(std::function<void()> work) : work_(std::move(work)) {}
    void SAL_CALL notify(const uno::Any&) override {
        try {
            work_();
        } catch (const uno::Exception& error) {
            SAL_WARN("reportkit", "panel work failed: " << error.Message);
        }
    }

private:
    std::function<void()> work_;
};

}  // namespace

Panel::Panel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
             const OUString& resourceUrl, PanelHeights heights)
    : context_(context), frame_(frame), resourceUrl_(resourceUrl), heights_(heights) {}

void Panel::createWindow(const Reference<awt::XWindow>& parent, const OUString& dialog) {
    const OUString url = "vnd.sun.star.extension://" + OUString::createFromAscii(writer::kExtensionId) +
                         "/dialogs/" + dialog + ".xdl";
    window_ = awt::ContainerWindowProvider::create(context_)->createContainerWindow(
        url, OUString(), Reference<awt::XWindowPeer>(parent, UNO_QUERY),
        static_cast<awt::XContainerWindowEventHandler*>(this));
    const awt::Rectangle area = parent->getPosSize();
    window_->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::SIZE);
    window_->setVisible(true);

    // The sidebar sizes its parent window; the panel follows it and lays out its controls.
    uno::WeakReference<ui::XToolPanel> weakPanel(Reference<ui::XToolPanel>(this));
    Reference<awt::XWindow> window = window_;
    parent->addWindowListener(new ResizeListener([window](const awt::Rectangle& area) {
        window->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::SIZE);
    }));
    window_->addWindowListener(new ResizeListener([weakPanel](const awt::Rectangle& area) {
        Reference<ui::XToolPanel> panel(weakPanel);
        if (panel.is()) static_cast<Panel*>(panel.get())->layout(area.Width, area.Height);
    }));
    initialise();
    layout(area.Width, area.Height);
}

sal_Int16 Panel::getType() { return ui::UIElementType::TOOLPANEL; }

Reference<uno::XInterface> Panel::getRealInterface() { return static_cast<ui::XToolPanel*>(this); }

Reference<accessibility::XAccessible> Panel::createAccessible(const Reference<accessibility::XAccessible>&) {
    return Reference<accessibility::XAccessible>(window_, UNO_QUERY);
}

ui::LayoutSize Panel::getHeightForWidth(sal_Int32) {
    const sal_Int32 minimum = window_.is() ? minimumHeight() : heights_.minimum;
    return ui::LayoutSize(minimum, std::max(minimum, heights_.maximum), std::max(minimum, heights_.preferred));
}

sal_Bool Panel::callHandlerMethod(const Reference<awt::XWindow>&, const uno::Any&, const OUString& method) {
    // No exception may escape into the office: a failing handler must not take Writer down.
    try {
        return handle(method);
    } catch (const uno::Exception& error) {
        SAL_WARN("reportkit", "panel event " << method << " failed: " << error.Message);
    } catch (const std::exception& error) {
        SAL_WARN("reportkit", "panel event " << method << " failed: " << error.what());
    }
    return true;
}

uno::Sequence<OUString> Panel::getSupportedMethodNames() {
    const std::vector<OUString> names = methodNames();
    return uno::Sequence<OUString>(names.data(), static_cast<sal_Int32>(names.size()));
}

bool Panel::handle(const OUString&) { return false; }

void Panel::layout(sal_Int32, sal_Int32) {}

Reference<awt::XControl> Panel::control(const OUString& name) const {
    Reference<awt::XControlContainer> container(window_, UNO_QUERY);
    return container.is() ? container->getControl(name) : Reference<awt::XControl>();
}

void Panel::place(const OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    if (window.is() && width > 0 && height > 0) window->setPosSize(x, y, width, height, awt::PosSize::POSSIZE);
}

sal_Int32 Panel::controlTop(const OUString& name) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    return window.is() ? window->getPosSize().Y : 0;
}

sal_Int32 Panel::controlHeight(const OUString& name) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    return window.is() ? window->getPosSize().Height : 0;
}

void Panel::enable(const OUString& name, bool enabled) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    if (window.is()) window->setEnable(enabled);
}

void Panel::setLabel(const OUString& name, const std::string& text) const {
    Reference<awt::XFixedText> label(control(name), UNO_QUERY);
    if (label.is()) label->setText(writer::fromUtf8(text));
}

Reference<ui::XPanel> Panel::deckPanel(const char* id) const {
    const Reference<frame::XController2> controller(frame_->getController(), UNO_QUERY);
    const Reference<ui::XSidebarProvider> sidebar = controller.is() ? controller->getSidebar() : nullptr;
    const Reference<ui::XDecks> decks = sidebar.is() ? sidebar->getDecks() : nullptr;
    if (!decks.is() || !decks->hasByName("ReportKitDeck")) return {};
    const Reference<ui::XDeck> deck(decks->getByName("ReportKitDeck"), UNO_QUERY);
    const Reference<ui::XPanels> panels = deck.is() ? deck->getPanels() : nullptr;
    const OUString name = OUString::createFromAscii(id);
    if (!panels.is() || !panels->hasByName(name)) return {};
    return Reference<ui::XPanel>(panels->getByName(name), UNO_QUERY);
}

void Panel::later(std::function<void()> work) const {
    awt::AsyncCallback::create(context_)->addCallback(new Callback(std::move(work)), uno::Any());
}

Reference<frame::XModel> Panel::model() const {
    const Reference<frame::XController> controller = frame_->getController();
    return controller.is() ? controller->getModel() : Reference<frame::XModel>();
}

Panel::~Panel() {
    if (live_.is()) live_->unsubscribe(subscription_);
}

const rtl::Reference<writer::LiveCheck>& Panel::liveCheck() {
    const rtl::Reference<writer::LiveCheck> live = writer::LiveCheck::of(context_, model());
    if (live.get() == live_.get()) return live_;
    if (live_.is()) live_->unsubscribe(subscription_);
    live_ = live;
    if (live_.is()) {
        // The live check must not keep the panel alive.
        const uno::WeakReference<ui::XToolPanel> weak(Reference<ui::XToolPanel>(this));
        subscription_ = live_->subscribe([weak] {
            const Reference<ui::XToolPanel> panel(weak);
            if (panel.is()) static_cast<Panel*>(panel.get())->liveCheckRefreshed();
        });
    }
    return live_;
}

bool Panel::selectInText(int paragraph, const TextSpan& place) const {
    return writer::selectInText(model(), paragraph, place.start, place.length);
}

}  // namespace reportkit::sidebar
