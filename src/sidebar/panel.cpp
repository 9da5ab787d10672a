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
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
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
using css::uno::UNO_QUERY_THROW;

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

// Pixels around and between the controls.
constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;

Panel::Panel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
             const OUString& resourceUrl)
    : context_(context), frame_(frame), resourceUrl_(resourceUrl) {}

void Panel::createWindow(const Reference<awt::XWindow>& parent, const OUString& dialog) {
    const OUString url = "vnd.sun.star.extension://" + OUString::createFromAscii(writer::kExtensionId) +
                         "/dialogs/" + dialog + ".xdl";
    window_ = awt::ContainerWindowProvider::create(context_)->createContainerWindow(
        url, OUString(), Reference<awt::XWindowPeer>(parent, UNO_QUERY),
        static_cast<awt::XContainerWindowEventHandler*>(this));
    const Reference<awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
    for (const Reference<awt::XControl>& each : controls->getControls()) {
        const OUString name = Reference<beans::XPropertySet>(each->getModel(), UNO_QUERY_THROW)->getPropertyValue("Name").get<OUString>();
        designHeights_[name] = Reference<awt::XWindow>(each, UNO_QUERY_THROW)->getPosSize().Height;
    }
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
        if (!panel.is()) return;
        Panel& resized = *static_cast<Panel*>(panel.get());
        resized.layout(area.Width, area.Height);
        if (area.Width == resized.width_) return;
        resized.width_ = area.Width;
        resized.widthChanged();
    }));
    width_ = area.Width;
    layout(area.Width, area.Height);
    initialise();
}

sal_Int16 Panel::getType() { return ui::UIElementType::TOOLPANEL; }

Reference<uno::XInterface> Panel::getRealInterface() { return static_cast<ui::XToolPanel*>(this); }

Reference<accessibility::XAccessible> Panel::createAccessible(const Reference<accessibility::XAccessible>&) {
    return Reference<accessibility::XAccessible>(window_, UNO_QUERY);
}

namespace {

Reference<awt::XLayoutConstrains> constraints(const Reference<awt::XControl>& control) {
    return Reference<awt::XLayoutConstrains>(control, UNO_QUERY);
}

// The height of `rows` rows of a list box, its border included.
sal_Int32 listHeight(const Reference<awt::XControl>& list, int rows) {
    const Reference<awt::XTextLayoutConstrains> text(list, UNO_QUERY);
    return text.is() ? text->getMinimumSize(0, static_cast<sal_Int16>(rows)).Height : 20 * rows;
}

// VCL's preferred width of a button or check box keeps about 30 px beside its label: a label is
// seen whole in a control that much narrower (one seen whole at 103 px prefers 134).
constexpr sal_Int32 kLabelSlack = 30;

// How many of a row's controls go side by side in `width`, each as wide as the widest label needs.
int columnsFor(const std::vector<awt::Size>& preferred, sal_Int32 width) {
    const int count = static_cast<int>(preferred.size());
    for (int columns = count; columns > 1; --columns) {
        const sal_Int32 column = (width - (columns - 1) * kGap) / columns;
        if (std::all_of(preferred.begin(), preferred.end(),
                        [&](const awt::Size& size) { return size.Width - kLabelSlack <= column; }))
            return columns;
    }
    return 1;
}

}  // namespace

Panel::RowShape Panel::rowShape(const LayoutItem& row, sal_Int32 width) const {
    std::vector<awt::Size> preferred;
    for (const OUString& name : row.names) {
        const auto size = constraints(control(name));
        preferred.push_back(size.is() ? size->getPreferredSize() : awt::Size());
    }
    RowShape shape;
    shape.columns = columnsFor(preferred, width);
    shape.columnWidth = (width - (shape.columns - 1) * kGap) / shape.columns;
    for (std::size_t i = 0; i < row.names.size(); ++i) {
        const auto design = designHeights_.find(row.names[i]);
        shape.line = std::max(shape.line, design == designHeights_.end() ? preferred[i].Height
                                                                         : std::min(preferred[i].Height, design->second));
    }
    const int lines = (static_cast<int>(row.names.size()) + shape.columns - 1) / shape.columns;
    shape.height = lines * shape.line + (lines - 1) * kGap;
    return shape;
}

sal_Int32 Panel::textHeight(const OUString& name, sal_Int32 width) const {
    const Reference<awt::XFixedText> label(control(name), UNO_QUERY);
    const auto size = constraints(control(name));
    return label.is() && size.is() && !label->getText().isEmpty() ? size->calcAdjustedSize(awt::Size(width, 0)).Height : 0;
}

std::vector<sal_Int32> Panel::itemHeights(const std::vector<LayoutItem>& items, sal_Int32 width) const {
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 1);
    std::vector<sal_Int32> heights;
    for (const LayoutItem& item : items) {
        heights.push_back(item.kind == LayoutItem::Kind::text  ? textHeight(item.names.front(), inner)
                          : item.kind == LayoutItem::Kind::row ? rowShape(item, inner).height
                                                               : 0);
    }
    return heights;
}

Panel::Heights Panel::heightsFor(const std::vector<LayoutItem>& items, sal_Int32 width) const {
    Heights heights;
    const std::vector<sal_Int32> each = itemHeights(items, width);
    heights.fixed = 2 * kMargin;
    int shown = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (each[i] == 0 && items[i].kind != LayoutItem::Kind::list) continue;
        heights.fixed += each[i] + (shown++ > 0 ? kGap : 0);
    }
    for (const LayoutItem& item : items)
        if (item.kind == LayoutItem::Kind::list) {
            const Reference<awt::XControl> list = control(item.names.front());
            const int preferredRows = std::max(item.minimumRows, item.preferredRows);
            heights.minimum = listHeight(list, item.minimumRows);
            heights.preferred = listHeight(list, preferredRows);
            heights.maximum = item.maximumRows < 0 ? -1 : listHeight(list, std::max(preferredRows, item.maximumRows));
        }
    return heights;
}

ui::LayoutSize Panel::getHeightForWidth(sal_Int32 width) {
    if (!window_.is()) return ui::LayoutSize(0, -1, 0);
    const Heights heights = heightsFor(items(), width);
    const sal_Int32 minimum = heights.fixed + heights.minimum;
    const sal_Int32 preferred = heights.fixed + heights.preferred;
    return ui::LayoutSize(minimum, heights.maximum < 0 ? -1 : heights.fixed + heights.maximum, preferred);
}

void Panel::layout(sal_Int32 width, sal_Int32 height) const {
    if (width <= 0 || height <= 0) return;
    const std::vector<LayoutItem> all = items();
    const std::vector<sal_Int32> each = itemHeights(all, width);
    const Heights heights = heightsFor(all, width);
    const sal_Int32 inner = width - 2 * kMargin;
    sal_Int32 top = kMargin;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const LayoutItem& item = all[i];
        sal_Int32 itemHeight = each[i];
        if (item.kind == LayoutItem::Kind::list) itemHeight = std::max(heights.minimum, height - heights.fixed);
        // An empty label takes no room.
        if (item.kind == LayoutItem::Kind::text) {
            const Reference<awt::XWindow> label(control(item.names.front()), UNO_QUERY);
            if (label.is()) label->setVisible(itemHeight > 0);
            if (itemHeight == 0) continue;
        }
        if (item.kind == LayoutItem::Kind::row) {
            const RowShape shape = rowShape(item, inner);
            for (std::size_t at = 0; at < item.names.size(); ++at)
                place(item.names[at], kMargin + static_cast<sal_Int32>(at % shape.columns) * (shape.columnWidth + kGap),
                      top + static_cast<sal_Int32>(at / shape.columns) * (shape.line + kGap), shape.columnWidth, shape.line);
        } else {
            place(item.names.front(), kMargin, top, inner, itemHeight);
        }
        top += itemHeight + kGap;
    }
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

Reference<awt::XControl> Panel::control(const OUString& name) const {
    Reference<awt::XControlContainer> container(window_, UNO_QUERY);
    return container.is() ? container->getControl(name) : Reference<awt::XControl>();
}

void Panel::place(const OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    if (window.is() && width > 0 && height > 0) window->setPosSize(x, y, width, height, awt::PosSize::POSSIZE);
}

void Panel::enable(const OUString& name, bool enabled) const {
    Reference<awt::XWindow> window(control(name), UNO_QUERY);
    if (window.is()) window->setEnable(enabled);
}

void Panel::setLabel(const OUString& name, const std::string& text) const {
    Reference<awt::XFixedText> label(control(name), UNO_QUERY);
    if (!label.is()) return;
    label->setText(writer::fromUtf8(text));
    // Laid out again only when the text needs another height than it has.
    const Reference<awt::XWindow2> window(label, UNO_QUERY);
    if (!window.is()) return;
    const awt::Rectangle box = window->getPosSize();
    if (textHeight(name, box.Width) != (window->isVisible() ? box.Height : 0)) relayoutSoon();
}

OUString Panel::fitToList(const OUString& list, const OUString& text,
                          const std::function<OUString(const OUString&)>& around) const {
    // Room for the list's border, its vertical scroll bar and a row's padding.
    constexpr sal_Int32 kListChrome = 32;
    const Reference<awt::XControl> listControl = control(list);
    const Reference<awt::XDevice> device(listControl.is() ? listControl->getPeer() : nullptr, UNO_QUERY);
    const Reference<awt::XFont> font = device.is() ? device->getFont(awt::FontDescriptor()) : nullptr;
    if (!font.is()) return around(text);
    const sal_Int32 room = Reference<awt::XWindow>(listControl, UNO_QUERY_THROW)->getPosSize().Width - kListChrome;
    const auto fits = [&](const OUString& row) { return font->getStringWidth(row) <= room; };
    if (fits(around(text))) return around(text);
    // The longest beginning of the text that fits with "…".
    sal_Int32 keep = 0;
    for (sal_Int32 low = 1, high = text.getLength() - 1; low <= high;) {
        const sal_Int32 middle = (low + high) / 2;
        if (fits(around(text.copy(0, middle) + OUString(u'\u2026')))) {
            keep = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return around(text.copy(0, keep) + OUString(u'\u2026'));
}

void Panel::relayoutSoon() const {
    const uno::WeakReference<ui::XToolPanel> weak(Reference<ui::XToolPanel>(const_cast<Panel*>(this)));
    later([weak] {
        const Reference<ui::XToolPanel> alive(weak);
        if (!alive.is()) return;
        const Panel& panel = *static_cast<Panel*>(alive.get());
        // A panel whose window or document went away meanwhile has nothing to lay out.
        const Reference<awt::XWindow2> window(panel.window_, UNO_QUERY);
        const Reference<frame::XController2> controller(panel.frame_->getController(), UNO_QUERY);
        const Reference<ui::XSidebarProvider> sidebar = controller.is() ? controller->getSidebar() : nullptr;
        if (!window.is() || !window->isVisible() || !sidebar.is() || !sidebar->isVisible()) return;
        const awt::Rectangle area = window->getPosSize();
        panel.layout(area.Width, area.Height);
        sidebar->getSidebar()->requestLayout();
    });
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
