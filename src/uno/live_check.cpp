#include "live_check.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <thread>
#include <tuple>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTerminateListener.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <cppuhelper/implbase2.hxx>
#include <sal/log.hxx>

#include "document_reader.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Clock = std::chrono::steady_clock;

namespace {

// After an edit, the paragraph at the cursor is checked once typing has paused this long...
constexpr std::chrono::milliseconds kQuickDelay{300};
// ...and the whole document after this long, or twenty times its last reading if that is longer,
// so that a long document is not read again at every pause.
constexpr std::chrono::milliseconds kWholeDelay{1000};

// One thread for every live check of the office: it waits for the idle delays to pass, then has
// the checks run on the main thread through AsyncCallback (Writer's text is not to be read
// elsewhere while the writer types).
class Scheduler : public cppu::WeakImplHelper2<awt::XCallback, frame::XTerminateListener> {
public:
    static Scheduler& get(const Reference<uno::XComponentContext>& context) {
        // Made once and never destroyed: the office may still call it while the library unloads.
        static Scheduler* const instance = [&] {
            auto* made = new Scheduler(context);
            made->acquire();
            return made;
        }();
        return *instance;
    }

    void schedule(const rtl::Reference<LiveCheck>& check, Clock::duration delay) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopped_) return;
        pending_[check.get()] = {check, Clock::now() + delay};
        wake_.notify_one();
    }

    void cancel(LiveCheck* check) {
        std::lock_guard<std::mutex> lock(mutex_);
        pending_.erase(check);
        for (auto& ready : ready_)
            if (ready.get() == check) ready.clear();
    }

    // XCallback: on the main thread.
    void SAL_CALL notify(const uno::Any&) override {
        std::vector<rtl::Reference<LiveCheck>> due;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            due.swap(ready_);
            posted_ = false;
        }
        for (const auto& check : due) {
            if (!check.is()) continue;
            try {
                check->idle();
            } catch (const uno::Exception& error) {
                SAL_WARN("reportkit", "live check failed: " << error.Message);
            } catch (const std::exception& error) {
                SAL_WARN("reportkit", "live check failed: " << error.what());
            }
        }
    }

    // XTerminateListener: the thread ends before the office does.
    void SAL_CALL queryTermination(const lang::EventObject&) override {}
    void SAL_CALL notifyTermination(const lang::EventObject&) override {
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
        pending_.clear();
        ready_.clear();
        wake_.notify_one();
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    explicit Scheduler(const Reference<uno::XComponentContext>& context)
        : async_(awt::AsyncCallback::create(context)) {
        frame::Desktop::create(context)->addTerminateListener(this);
        // Detached: AsyncCallback takes the office's lock, which the main thread holds while the
        // office terminates, so the thread is told to stop and ends by itself.
        std::thread([this] { run(); }).detach();
    }

    void run() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!stopped_) {
            if (pending_.empty()) {
                wake_.wait(lock);
                continue;
            }
            auto earliest = Clock::time_point::max();
            for (const auto& [key, entry] : pending_) earliest = std::min(earliest, entry.second);
            if (Clock::now() < earliest) {
                wake_.wait_until(lock, earliest);
                continue;
            }
            const auto now = Clock::now();
            for (auto entry = pending_.begin(); entry != pending_.end();) {
                if (entry->second.second <= now) {
                    ready_.push_back(entry->second.first);
                    entry = pending_.erase(entry);
                } else {
                    ++entry;
                }
            }
            if (ready_.empty() || posted_) continue;
            posted_ = true;
            lock.unlock();
            try {
                async_->addCallback(this, uno::Any());
            } catch (const uno::Exception& error) {
                SAL_WARN("reportkit", "live check not scheduled: " << error.Message);
            }
            lock.lock();
        }
    }

    Reference<awt::XRequestCallback> async_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::map<LiveCheck*, std::pair<rtl::Reference<LiveCheck>, Clock::time_point>> pending_;
    std::vector<rtl::Reference<LiveCheck>> ready_;
    bool posted_ = false;
    bool stopped_ = false;
};

// The live checks of the open documents, by model.
std::mutex registryMutex;
std::map<const void*, rtl::Reference<LiveCheck>>& registry() {
    static auto* checks = new std::map<const void*, rtl::Reference<LiveCheck>>();
    return *checks;
}

const void* identity(const Reference<uno::XInterface>& object) {
    return Reference<uno::XInterface>(object, UNO_QUERY).get();
}

// -1: not read from the settings yet.
std::atomic<int> liveSetting{-1};

// Whether two reports show the same: what the panels list, and the text the fixes were computed
// from (so that a panel holding fixes hears of an edit to their paragraphs).
bool sameResult(const DocumentReport& a, const DocumentReport& b) {
    const auto shown = [](const Finding& f) {
        return std::tie(f.rule, f.severity, f.paragraph, f.place.start, f.place.length, f.opening, f.message, f.ignored, f.repeats);
    };
    const auto computedFrom = [](const Finding& f) {
        std::vector<std::uint32_t> hashes;
        if (f.fix) {
            for (const TextEdit& edit : f.fix->text) hashes.push_back(edit.paragraphHash);
            for (const ListEdit& edit : f.fix->list) hashes.push_back(edit.paragraphHash);
            for (const FormatEdit& edit : f.fix->format) hashes.push_back(edit.paragraphHash);
        }
        return hashes;
    };
    const auto sameFinding = [&](const Finding& x, const Finding& y) {
        return shown(x) == shown(y) && computedFrom(x) == computedFrom(y);
    };
    const auto sameSection = [](const SectionResult& x, const SectionResult& y) {
        return x.id == y.id && x.present == y.present && x.paragraph == y.paragraph;
    };
    const auto sameTopic = [](const TopicResult& x, const TopicResult& y) {
        return x.id == y.id && x.covered == y.covered && x.paragraphs == y.paragraphs;
    };
    return a.templateId == b.templateId && a.templateSource == b.templateSource && a.paragraphs == b.paragraphs &&
           std::equal(a.findings.begin(), a.findings.end(), b.findings.begin(), b.findings.end(), sameFinding) &&
           std::equal(a.sections.begin(), a.sections.end(), b.sections.begin(), b.sections.end(), sameSection) &&
           std::equal(a.topics.begin(), a.topics.end(), b.topics.begin(), b.topics.end(), sameTopic);
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The body paragraph object at a text cursor's paragraph, or null (in a table, a frame …).
}  // namespace

bool LiveCheck::enabled(const Reference<uno::XComponentContext>& context) {
    if (liveSetting < 0) liveSetting = Engine(context).liveChecking() ? 1 : 0;
    return liveSetting == 1;
}

void LiveCheck::setEnabled(const Reference<uno::XComponentContext>& context, bool on) {
    Engine(context).setLiveChecking(on);
    liveSetting = on ? 1 : 0;
}

rtl::Reference<LiveCheck> LiveCheck::of(const Reference<uno::XComponentContext>& context,
                                        const Reference<frame::XModel>& model) {
    if (!Reference<text::XTextDocument>(model, UNO_QUERY).is()) return {};
    const void* key = identity(model);
    {
        std::lock_guard<std::mutex> lock(registryMutex);
        if (const auto found = registry().find(key); found != registry().end()) return found->second;
    }
    rtl::Reference<LiveCheck> check(new LiveCheck(context, model));
    check->loadSettings();
    check->readWhole();
    check->runRules();
    {
        std::lock_guard<std::mutex> lock(registryMutex);
        // Another thread may have made one meanwhile: the first one stays.
        const auto [entry, added] = registry().emplace(key, check);
        if (!added) return entry->second;
    }
    Reference<util::XModifyBroadcaster>(model, UNO_QUERY_THROW)->addModifyListener(check.get());
    return check;
}

LiveCheck::LiveCheck(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& model)
    : context_(context), model_(model), engine_(context), snapshot_(std::make_shared<const Snapshot>()) {}

void LiveCheck::loadSettings() {
    MessageCatalog messages = engine_.catalog("");
    TemplateSet templates = engine_.templates();
    std::vector<std::string> disabled = engine_.disabledRules();
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    messages_ = std::move(messages);
    templates_ = std::move(templates);
    disabledRules_ = std::move(disabled);
    templateChosen_ = false;
    check_.reset();  // the templates it remembers findings for are gone
}

void LiveCheck::readWhole() {
    const Reference<frame::XModel> model(model_);
    if (!model.is()) return;
    // Cleared first: an edit made while reading leaves the flags set for the next round.
    editedSinceRead_ = false;
    editedSinceWhole_ = false;
    const auto start = Clock::now();
    std::vector<Reference<text::XTextRange>> ranges;
    const bool tracked = hasTrackedChanges(model);
    Document document = readDocument(model, &ranges);
    wholeReadMs_ = millisecondsSince(start);
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    document_ = std::move(document);
    ranges_ = std::move(ranges);
    templateChosen_ = false;
    tracked_ = tracked;
}

LiveCheck::CursorPlace LiveCheck::cursorPlace(bool withOffset) {
    CursorPlace place;
    const Reference<frame::XModel> model(model_);
    if (!model.is()) return place;
    const Reference<text::XTextViewCursorSupplier> view(model->getCurrentController(), UNO_QUERY);
    if (!view.is()) return place;
    const Reference<text::XTextRange> viewCursor(view->getViewCursor(), UNO_QUERY);
    const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    if (!viewCursor.is() || identity(viewCursor->getText()) != identity(body)) return place;
    place.inBody = true;
    // By comparing positions with the cached paragraphs' (Writer makes a new object for each
    // paragraph a cursor enumerates, so identity cannot tell).
    std::vector<Reference<text::XTextRange>> ranges;
    {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        ranges = ranges_;
    }
    const Reference<text::XTextRangeCompare> compare(body, UNO_QUERY_THROW);
    const Reference<text::XTextRange> at = viewCursor->getStart();
    try {
        std::size_t low = 0;
        std::size_t high = ranges.size();
        while (low < high) {  // the first paragraph that starts after the cursor
            const std::size_t middle = (low + high) / 2;
            if (compare->compareRegionStarts(ranges[middle], at) >= 0) low = middle + 1;
            else high = middle;
        }
        if (low == 0) return place;
        const std::size_t index = low - 1;
        // Past the paragraph's end: the cursor is in a new paragraph.
        if (compare->compareRegionEnds(ranges[index], at) > 0) return place;
        // A neighbour joined to it is gone (its object is disposed): paragraphs came or went.
        if (index > 0) ranges[index - 1]->getStart();
        if (index + 1 < ranges.size()) ranges[index + 1]->getStart();
        if (withOffset) {
            const Reference<text::XTextCursor> before = body->createTextCursorByRange(ranges[index]->getStart());
            before->gotoRange(at, true);
            place.offset = before->getString().getLength();
        }
        place.range = ranges[index];
        place.paragraph = static_cast<int>(index);
    } catch (const uno::Exception&) {
        place.paragraph = -1;
    }
    return place;
}

bool LiveCheck::readAroundCursor() {
    const CursorPlace place = cursorPlace(false);  // a keystroke needs the paragraph only
    // In a table, frame, header or note there is nothing of the body to read at the cursor; the
    // whole reading that follows finds any other change.
    if (!place.inBody) return true;
    if (place.paragraph < 0) return false;
    Paragraph paragraph = readParagraph(place.range, tracked_);
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (place.paragraph < static_cast<int>(document_.paragraphs.size())) {
        // Typing does not change the page style a paragraph is on; the whole reading reads it again.
        paragraph.format.page = document_.paragraphs[place.paragraph].format.page;
        document_.paragraphs[place.paragraph] = std::move(paragraph);
    }
    return true;
}

void LiveCheck::runRules() {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    try {
        // The template is chosen again after a whole reading only: a keystroke does not change the
        // kind of report, and the whole reading follows it within seconds.
        if (!templateChosen_) {
            template_ = chooseTemplate(templates_, document_, "");
            templateChosen_ = true;
        }
        DocumentReport report = check_.check(document_, template_.chosen, template_.source, disabledRules_);
        localise(report, messages_);
        publish(std::move(report), {});
    } catch (const std::exception& error) {
        publish(std::nullopt, error.what());
    }
}

void LiveCheck::publish(std::optional<DocumentReport> report, std::string error) {
    auto next = std::make_shared<Snapshot>();
    const Snapshot& last = *snapshot_;
    const bool changed = !report || last.failed || last.generation == 0 || !sameResult(*report, last.report);
    next->generation = last.generation + (changed ? 1 : 0);
    next->document = document_;
    next->failed = !report;
    next->error = std::move(error);
    next->report = report ? std::move(*report) : last.report;  // a failed refresh keeps the last report
    snapshot_ = std::move(next);
}

void LiveCheck::idle() {
    if (editedSinceRead_) {
        editedSinceRead_ = false;
        if (!readAroundCursor()) readWhole();
        runRules();
        if (editedSinceWhole_) {
            const auto later = std::max<Clock::duration>(
                kWholeDelay, std::chrono::duration_cast<Clock::duration>(
                                 std::chrono::duration<double, std::milli>(20 * wholeReadMs_.load())));
            Scheduler::get(context_).schedule(this, later);
        }
    } else if (editedSinceWhole_) {
        readWhole();
        runRules();
    }
    std::unique_lock<std::recursive_mutex> lock(mutex_);
    const bool unheard = snapshot_->generation != notifiedGeneration_;
    lock.unlock();
    if (unheard) notifyListeners();
}

void LiveCheck::refreshNow() {
    loadSettings();
    readWhole();
    runRules();
    notifyListeners();
}

std::shared_ptr<const LiveCheck::Snapshot> LiveCheck::latest(bool verified) {
    if (verified && (editedSinceWhole_ || editedSinceRead_)) {
        readWhole();
        runRules();
        // The panels hear of it on the main thread.
        Scheduler::get(context_).schedule(this, Clock::duration::zero());
    }
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    return snapshot_;
}

void LiveCheck::notifySoon() {
    {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        notifiedGeneration_ = 0;
    }
    Scheduler::get(context_).schedule(this, Clock::duration::zero());
}

int LiveCheck::subscribe(std::function<void()> listener) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    listeners_.emplace(nextListener_, std::move(listener));
    return nextListener_++;
}

void LiveCheck::unsubscribe(int id) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    listeners_.erase(id);
}

void LiveCheck::notifyListeners() {
    std::vector<std::function<void()>> listeners;
    {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        for (const auto& [id, listener] : listeners_) listeners.push_back(listener);
        notifiedGeneration_ = snapshot_->generation;
    }
    for (const auto& listener : listeners) listener();
}

void LiveCheck::modified(const lang::EventObject&) {
    editedSinceRead_ = true;
    editedSinceWhole_ = true;
    if (enabled(context_)) Scheduler::get(context_).schedule(this, kQuickDelay);
}

void LiveCheck::disposing(const lang::EventObject& event) {
    Scheduler::get(context_).cancel(this);
    std::lock_guard<std::mutex> lock(registryMutex);
    registry().erase(identity(event.Source));
}

}  // namespace reportkit::writer
