#pragma once
// Live checking of an open Writer document, in the manner of LibreOffice's own online
// accessibility check: every edit (a modify event) restarts a short idle delay; then, on the main
// thread (through com.sun.star.awt.AsyncCallback), the paragraph at the view cursor is read again
// and the rules run on the cached document, those local to a paragraph only where a paragraph's
// input changed (IncrementalCheck). Where paragraphs were added or removed, and a little
// later in any case, the whole body is read again, so that edits made away from the cursor (by a
// macro, Replace All, Undo) are caught too. Typing itself only pays for the event.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "document.hpp"
#include "engine.hpp"
#include "incremental_check.hpp"
#include "report.hpp"

namespace reportkit::writer {

class LiveCheck : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    // The live check of an open document, made (and its first check run) on first use; null for
    // a document that is not a Writer text document.
    static rtl::Reference<LiveCheck> of(const css::uno::Reference<css::uno::XComponentContext>& context,
                                        const css::uno::Reference<css::frame::XModel>& model);

    // Whether edits are checked as they are made (a setting, on by default); when off, a check
    // happens only when asked for.
    static bool enabled(const css::uno::Reference<css::uno::XComponentContext>& context);
    static void setEnabled(const css::uno::Reference<css::uno::XComponentContext>& context, bool on);

    struct Snapshot {
        std::uint64_t generation = 0;  // counts the refreshes that changed something
        Document document;             // as read for the report
        DocumentReport report;
        bool failed = false;           // the last refresh failed; `error` says why
        std::string error;
    };
    // The latest result, shared by every listener and never changed (a refresh makes a new one);
    // with `verified`, first read the whole document again if it was edited since its last whole
    // reading, so that what is returned describes the text as it is now.
    std::shared_ptr<const Snapshot> latest(bool verified);

    // Checks again now, reading the whole document, and reloading the templates and rule settings
    // (after Check, a rule turned on or off, or an ignored finding).
    void refreshNow();

    // Has the listeners called soon on the main thread, changed or not.
    void notifySoon();

    // `listener` is called on the main thread after each refresh that changed the result. Returns
    // an id for unsubscribe.
    int subscribe(std::function<void()> listener);
    void unsubscribe(int id);

    // Where the view cursor is: in the body text or not, and then in which paragraph (as the latest
    // reading counts them; -1 in a paragraph that reading did not see) and, with `withOffset`, at
    // which UTF-16 offset (0 without).
    struct CursorPlace {
        bool inBody = false;
        int paragraph = -1;
        int offset = 0;
        css::uno::Reference<css::text::XTextRange> range;
    };
    CursorPlace cursorPlace(bool withOffset = true);

    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

    // Run by the scheduler on the main thread when the idle delay has passed.
    void idle();

private:
    LiveCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XModel>& model);

    // Publishes a new snapshot of the document as now read, with `report` if the refresh did not
    // fail; its generation counts on where what it shows changed.
    void publish(std::optional<DocumentReport> report, std::string error);
    // Reads again only the paragraph at the view cursor (and checks that the cursor is inside it and
    // its neighbours are still there); false when that cannot tell what changed.
    bool readAroundCursor();
    void readWhole();
    void loadSettings();
    void runRules();
    void notifyListeners();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XModel> model_;
    Engine engine_;

    std::recursive_mutex mutex_;  // guards what follows; never held across a call into Writer's text
    MessageCatalog messages_;
    TemplateSet templates_;
    std::vector<std::string> disabledRules_;
    std::vector<css::uno::Reference<css::text::XTextRange>> ranges_;  // the paragraphs' objects, in order
    bool tracked_ = false;
    Document document_;                        // as last read; the snapshot's is a copy of it
    std::shared_ptr<const Snapshot> snapshot_;  // never null
    IncrementalCheck check_;
    TemplateChoice template_;     // made again after each whole reading and settings change
    bool templateChosen_ = false;
    std::map<int, std::function<void()>> listeners_;
    std::uint64_t notifiedGeneration_ = 0;  // the one the listeners last heard of
    int nextListener_ = 1;

    std::atomic<bool> editedSinceRead_{false};   // any edit since the last reading of any kind
    std::atomic<bool> editedSinceWhole_{false};  // any edit since the last whole reading
    std::atomic<double> wholeReadMs_{0};
};

}  // namespace reportkit::writer
