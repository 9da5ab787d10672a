// Stalls a writer feels: a generated report in LibreOffice's default format is opened in a visible
// Writer (it needs a display and xdotool), the ReportKit deck is shown, and real key presses go
// into the middle of the text with pauses between them, while a thread of its own asks Writer's
// main thread for the view cursor's position every 20 ms. A ping waits for as long as the main
// thread is busy: the longest wait is the longest stall. Reports it while the deck is shown (against
// one whole check of the same document) and while typing with live checking off and on, taken in
// turns in the same run, and, as a floor, while nothing is typed. Usage: typing_stall [PAGES]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <org/reportkit/Checker.hpp>

#include "document_reader.hpp"
#include "office_session.hpp"
#include "property_values.hpp"
#include "report_generator.hpp"

namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool eventually(const std::function<bool()>& condition, int seconds) {
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    while (Clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return condition();
}

// Asks Writer's main thread where the view cursor is, every 20 ms, and keeps the longest wait
// since the last mark (a ping still waiting counts with what it has waited so far).
class Pinger {
public:
    explicit Pinger(Reference<text::XTextViewCursor> cursor)
        : cursor_(std::move(cursor)), thread_([this] { run(); }) {}
    ~Pinger() {
        stop_ = true;
        thread_.join();
    }
    void mark() {
        std::lock_guard<std::mutex> lock(mutex_);
        longest_ = 0;
        pings_ = 0;
    }
    double longest() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return std::max(longest_, waiting_ ? msSince(pingStart_) : 0.0);
    }
    int pings() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return pings_;
    }

private:
    void run() {
        auto next = Clock::now();
        while (!stop_) {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                pingStart_ = Clock::now();
                waiting_ = true;
            }
            try {
                cursor_->getPosition();
            } catch (const uno::Exception&) {
                // The window going away at the end.
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                longest_ = std::max(longest_, msSince(pingStart_));
                waiting_ = false;
                ++pings_;
            }
            next += std::chrono::milliseconds(20);
            const auto now = Clock::now();
            if (next < now) next = now;
            std::this_thread::sleep_until(next);
        }
    }

    Reference<text::XTextViewCursor> cursor_;
    mutable std::mutex mutex_;
    Clock::time_point pingStart_;
    bool waiting_ = false;
    double longest_ = 0;
    int pings_ = 0;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

int run(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()); }

// Presses a control of a panel as a person (or a screen reader) does: through its accessible action.
void press(const Reference<awt::XControlContainer>& controls, const char* name) {
    const Reference<accessibility::XAccessible> accessible(controls->getControl(OUString::createFromAscii(name))->getPeer(),
                                                           UNO_QUERY_THROW);
    Reference<accessibility::XAccessibleAction>(accessible->getAccessibleContext(), UNO_QUERY_THROW)->doAccessibleAction(0);
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    using namespace reportkit;
    const int pages = argc > 1 ? std::atoi(argv[1]) : 600;
    if (!std::getenv("DISPLAY") || run("command -v xdotool") != 0) {
        std::printf("typing stalls: skipped (needs a display and xdotool; bench/run.sh starts Xvfb when it can)\n");
        return 0;
    }
    std::string dir = (fs::temp_directory_path() / "reportkit-stall-XXXXXX").string();
    if (!mkdtemp(dir.data())) return 2;
    writer::OfficeOptions options;
    options.programDir = REPORTKIT_OFFICE_PROGRAM;
    options.profileDir = dir + "/office";
    options.extension = std::string(REPORTKIT_BUILD_DIR) + "/reportkit.oxt";
    options.typeLibrary = std::string(REPORTKIT_BUILD_DIR) + "/reportkit.rdb";
    options.headless = false;
    int status = 0;
    try {
        writer::OfficeSession office(options);
        // The report as plain text read by Writer's text filter: LibreOffice's default format.
        const std::string path = dir + "/report.txt";
        std::ofstream(path) << bench::generateReport(pages);
        const Reference<frame::XModel> model(
            office.desktop()->loadComponentFromURL(
                writer::fileUrl(path), "_blank", 0,
                writer::propertyValues({{"FilterName", uno::Any(OUString("Text (encoded)"))},
                                        {"FilterOptions", uno::Any(OUString("UTF8,LF,,,"))}})),
            UNO_QUERY_THROW);
        const Reference<frame::XController2> controller(model->getCurrentController(), UNO_QUERY_THROW);
        const Reference<text::XTextViewCursor> cursor =
            Reference<text::XTextViewCursorSupplier>(controller, UNO_QUERY_THROW)->getViewCursor();
        const auto paragraphs = writer::bodyParagraphs(model);

        // One whole check of the document (read and rules), the yardstick for showing the deck.
        const auto checker = org::reportkit::Checker::create(office.context());
        std::vector<double> wholes;
        for (int i = 0; i < 3; ++i) {
            const auto start = Clock::now();
            checker->checkDocument(model, "", "en");
            wholes.push_back(msSince(start));
        }
        std::sort(wholes.begin(), wholes.end());
        const double whole = wholes[1];

        Pinger pinger(cursor);
        // Showing the deck: until its list has stayed the same for two seconds.
        pinger.mark();
        const auto shown = Clock::now();
        const Reference<frame::XDispatchProvider> frame(controller->getFrame(), UNO_QUERY_THROW);
        const Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
        if (!eventually([&] {
                frame::DispatchHelper::create(office.context())->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});
                return sidebar->getDecks()->hasByName("ReportKitDeck");
            }, 60))
            throw std::runtime_error("no ReportKit deck");
        const Reference<ui::XDeck> deck(sidebar->getDecks()->getByName("ReportKitDeck"), UNO_QUERY_THROW);
        const Reference<ui::XPanel> panel(deck->getPanels()->getByName("ReportKitCheckPanel"), UNO_QUERY_THROW);
        panel->expand(false);
        const Reference<awt::XControlContainer> controls(panel->getDialog(), UNO_QUERY_THROW);
        const Reference<awt::XListBox> list(controls->getControl("Findings"), UNO_QUERY_THROW);
        sal_Int16 rows = 0;
        auto steady = Clock::now();
        eventually([&] {
            const sal_Int16 now = list->getItemCount();
            if (now != rows || now == 0) {
                rows = now;
                steady = Clock::now();
            }
            return msSince(steady) > 2000;
        }, 120);
        const double filled = std::chrono::duration<double, std::milli>(steady - shown).count();
        const double showStall = pinger.longest();

        // The cursor to the middle of the report, then a click in the text gives it the keyboard.
        cursor->gotoRange(paragraphs[paragraphs.size() / 2]->getStart(), false);
        const Reference<accessibility::XAccessible> view(controller->getFrame()->getComponentWindow(), UNO_QUERY_THROW);
        const Reference<accessibility::XAccessibleComponent> area(view->getAccessibleContext(), UNO_QUERY_THROW);
        const awt::Point origin = area->getLocationOnScreen();
        const awt::Size size = area->getSize();
        run("xdotool mousemove " + std::to_string(origin.X + size.Width / 2) + " " +
            std::to_string(origin.Y + size.Height / 3) + " click 1");

        // Bursts of key presses, each followed by a pause longer than the live check's idle delay;
        // every other one ends in a new paragraph, which moves every later finding one paragraph on.
        // Without `typing`, as long with nothing typed: what the machine itself stalls.
        const auto typeWithPauses = [&](bool typing) {
            std::this_thread::sleep_for(std::chrono::seconds(2));  // what the last change started
            pinger.mark();
            for (int burst = 0; burst < 6; ++burst) {
                if (typing) run("xdotool type --delay 80 'abc def gh'" + std::string(burst % 2 == 1 ? " key Return" : ""));
                else std::this_thread::sleep_for(std::chrono::milliseconds(900));
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            }
            return std::pair<double, int>(pinger.longest(), pinger.pings());
        };
        const double idleMs = typeWithPauses(false).first;
        const Reference<awt::XCheckBox> live(controls->getControl("LiveChecking"), UNO_QUERY_THROW);
        const auto setLive = [&](bool on) {
            if ((live->getState() == 1) != on) press(controls, "LiveChecking");
        };
        std::vector<double> off, on;
        int pings = 0;
        for (int round = 0; round < 2; ++round)  // off, on, on, off: neither goes first every time
            for (const bool liveOn : {round == 1, round == 0}) {
                setLive(liveOn);
                const auto [stall, count] = typeWithPauses(true);
                (liveOn ? on : off).push_back(stall);
                pings += count;
            }
        setLive(true);
        const double offMs = *std::max_element(off.begin(), off.end());
        const double onMs = *std::max_element(on.begin(), on.end());

        std::printf("typing stalls in a visible Writer, %d-page report (%zu paragraphs) in the default format, the deck "
                    "shown (%d rows), pinged every 20 ms (%d pings while typing):\n",
                    pages, paragraphs.size(), static_cast<int>(list->getItemCount()), pings);
        std::printf("  one whole check (checkDocument): %.0f ms\n", whole);
        std::printf("  showing the deck: longest stall %.0f ms = %.2f x the whole check (target at most 1); list "
                    "filled after %.0f ms\n", showStall, showStall / whole, filled);
        std::printf("  nothing typed, as long: longest stall %.0f ms (the machine's own)\n", idleMs);
        std::printf("  typing, live checking off: longest stall %.0f ms\n", offMs);
        std::printf("  typing, live checking on:  longest stall %.0f ms (target at most 50)\n", onMs);
        Reference<util::XModifiable>(model, UNO_QUERY_THROW)->setModified(false);
        writer::OfficeSession::close(model);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "typing stalls: %s\n", error.what());
        status = 1;
    } catch (const uno::Exception& error) {
        std::fprintf(stderr, "typing stalls: %s\n", writer::toUtf8(error.Message).c_str());
        status = 1;
    }
    fs::remove_all(dir);
    return status;
}
