// The Check panel: a view of the document's live check. The list shows the findings grouped by
// kind, each row with its place and message, and the chosen one's whole message below it; it
// refreshes by itself after edits. Choosing, fixing or ignoring a finding first makes sure the
// list still describes the text: a finding whose text changed is found again in a fresh check,
// or reported gone, and a fix is only ever applied to the text it was computed from.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>
#include <utility>

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include "document_reader.hpp"
#include "engine.hpp"
#include "fix_applier.hpp"
#include "live_check.hpp"
#include "panels.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using writer::fromUtf8;
using writer::LiveCheck;

namespace {

// The kinds findings are grouped by, in the list's order: the first part of the rule id.
constexpr const char* kKinds[] = {"numbering", "heading", "structure", "topic", "format", "engine"};

std::string kindOf(const Finding& finding) {
    const std::string kind = finding.rule.substr(0, finding.rule.find('.'));
    return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds) ? kind : "engine";
}

class CheckPanel final : public Panel {
public:
    CheckPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
               const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl, {420, 560, 4000}), engine_(context) {}

    static constexpr sal_Int32 kMargin = 6;
    static constexpr sal_Int32 kGap = 4;

    // Everything but the list: a row of buttons above it and two below, the summary, the details,
    // the check boxes and the folder check's status.
    sal_Int32 fixedHeight() const {
        return 2 * kMargin + 8 * kGap + 3 * controlHeight("CheckButton") + controlHeight("Summary") +
               controlHeight("Details") + 2 * controlHeight("ShowIgnored") + controlHeight("FolderStatus");
    }

    sal_Int32 minimumHeight() const override { return fixedHeight() + 2 * controlHeight("CheckButton"); }

    void layout(sal_Int32 width, sal_Int32 height) override {
        const sal_Int32 inner = width - 2 * kMargin;
        const sal_Int32 half = (inner - kGap) / 2;
        const sal_Int32 third = (inner - 2 * kGap) / 3;
        const sal_Int32 button = controlHeight("CheckButton");
        const sal_Int32 box = controlHeight("ShowIgnored");
        sal_Int32 top = kMargin;
        const auto next = [&](const char* name, sal_Int32 x, sal_Int32 w, sal_Int32 h) {
            place(OUString::createFromAscii(name), x, top, w, h);
        };
        const auto row = [&](const char* a, const char* b, const char* c) {
            next(a, kMargin, third, button);
            next(b, kMargin + third + kGap, third, button);
            next(c, kMargin + 2 * (third + kGap), third, button);
            top += button + kGap;
        };
        row("CheckButton", "FixAllButton", "FolderButton");
        next("Summary", kMargin, inner, controlHeight("Summary"));
        top += controlHeight("Summary") + kGap;
        // The list takes what the rest leaves.
        const sal_Int32 listHeight = std::max<sal_Int32>(height - fixedHeight(), 2 * button);
        next("Findings", kMargin, inner, listHeight);
        top += listHeight + kGap;
        next("Details", kMargin, inner, controlHeight("Details"));
        top += controlHeight("Details") + kGap;
        row("PreviousButton", "NextButton", "FixButton");
        row("IgnoreButton", "RuleOffButton", "RulesOnButton");
        next("ShowIgnored", kMargin, inner, box);
        top += box + kGap;
        next("LiveChecking", kMargin, half, box);
        next("MarkInText", kMargin + half + kGap, half, box);
        top += box + kGap;
        next("FolderStatus", kMargin, inner, controlHeight("FolderStatus"));
    }

private:
    std::vector<OUString> methodNames() const override {
        return {"onCheck", "onFindingSelected", "onPrevious", "onNext", "onFix", "onFixAll", "onIgnore",
                "onRuleOff", "onRulesOn", "onShowIgnored", "onLiveChecking", "onMarkInText", "onCheckFolder"};
    }

    bool handle(const OUString& method) override {
        if (method == "onCheck") checkNow();
        else if (method == "onFindingSelected") selectFinding();
        else if (method == "onPrevious") move(-1);
        else if (method == "onNext") move(+1);
        else if (method == "onFix") fixChosen();
        else if (method == "onFixAll") fixAll();
        else if (method == "onIgnore") ignoreChosen();
        else if (method == "onRuleOff") ruleOff();
        else if (method == "onRulesOn") rulesOn();
        else if (method == "onShowIgnored") show(shown_);
        else if (method == "onLiveChecking") liveCheckingChanged();
        else if (method == "onMarkInText") engine_.setMarksInText(isChecked("MarkInText"));
        else if (method == "onCheckFolder") checkFolder();
        else return false;
        return true;
    }

    void initialise() override {
        const Reference<awt::XCheckBox> live(control("LiveChecking"), UNO_QUERY);
        if (live.is()) live->setState(LiveCheck::enabled(context_) ? 1 : 0);
        const Reference<awt::XCheckBox> marks(control("MarkInText"), UNO_QUERY);
        if (marks.is()) marks->setState(engine_.marksInText() ? 1 : 0);
        messages_ = engine_.catalog("");
        try {
            // The title's count comes with the first notification: the sidebar is still making the
            // deck now, and asking it for its panels would make it again.
            if (attach()) {
                show(live_->latest(false), false);
                if (!rows_.empty()) showDetails(messages_.format("panel.check.choose"));
                live_->notifySoon();
            }
        } catch (const uno::Exception& error) {
            showSummary(messages_.format("panel.check.failed", {{"detail", writer::toUtf8(error.Message)}}));
        }
    }

    // The live check of the frame's document, followed; false for a document that is not text.
    bool attach() {
        live_ = liveCheck();
        if (!live_.is()) showSummary(messages_.format("panel.check.not-writer"));
        return live_.is();
    }

    void liveCheckRefreshed() override {
        if (live_.is()) show(live_->latest(false));
    }

    Reference<awt::XListBox> list() const { return Reference<awt::XListBox>(control("Findings"), UNO_QUERY); }

    void showSummary(const std::string& text) { setLabel("Summary", text); }
    void showDetails(const std::string& text) { setLabel("Details", text); }

    bool isChecked(const char* box) const {
        const Reference<awt::XCheckBox> check(control(OUString::createFromAscii(box)), UNO_QUERY);
        return check.is() && check->getState() == 1;
    }

    // The finding (an index into shown_.report.findings) the list's selection stands for, or -1.
    int chosen() const {
        const sal_Int16 row = list()->getSelectedItemPos();
        return row >= 0 && row < static_cast<sal_Int16>(rows_.size()) ? rows_[row] : -1;
    }

    const Finding* chosenFinding() const {
        const int index = chosen();
        return index >= 0 ? &shown_.report.findings[index] : nullptr;
    }

    void updateButtons() {
        const Finding* finding = chosenFinding();
        const auto& findings = shown_.report.findings;
        const bool any = std::any_of(rows_.begin(), rows_.end(), [](int index) { return index >= 0; });
        enable("PreviousButton", any);
        enable("NextButton", any);
        enable("FixButton", finding && finding->fix.has_value());
        enable("IgnoreButton", finding && !finding->ignored && finding->paragraph >= 0);
        enable("RuleOffButton", finding != nullptr);
        enable("RulesOnButton", !shown_.failed && !disabledRules_.empty());
        enable("FixAllButton", std::any_of(findings.begin(), findings.end(),
                                           [](const Finding& f) { return f.fix.has_value() && !f.ignored; }));
    }

    std::string placeOf(const Finding& finding) const {
        if (finding.paragraph < 0) return messages_.format("panel.check.whole-document");
        return messages_.format("panel.check.place",
                                {{"paragraph", std::to_string(finding.paragraph + 1)}, {"opening", finding.opening}});
    }

    std::string ruleName(const std::string& rule) const {
        const std::string key = "rule." + rule;
        return messages_.contains(key) ? messages_.format(key) : rule;
    }

    // Renders a live check's result: the summary, the grouped list, the panel's title; keeps the
    // chosen finding chosen when it is still there.
    void show(const LiveCheck::Snapshot& snapshot, bool withTitle = true) {
        const Reference<awt::XListBox> findings = list();
        std::string keep;
        const Finding* before = chosenFinding();
        if (before) keep = ignoreKey(*before, shown_.document);
        const int keepNear = before ? before->paragraph : -1;
        disabledRules_ = engine_.disabledRules();
        shown_ = snapshot;
        rows_.clear();
        findings->removeItems(0, findings->getItemCount());
        if (snapshot.failed) {
            showSummary(messages_.format("panel.check.failed", {{"detail", snapshot.error}}));
            showDetails("");
            if (withTitle) showCount(-1);
            updateButtons();
            return;
        }
        const DocumentReport& report = snapshot.report;
        const std::string paragraphs = std::to_string(report.paragraphs);
        const int errors = report.count(Severity::error);
        const int warnings = report.count(Severity::warning);
        std::string summary = errors + warnings == 0
                                  ? messages_.format("panel.check.clean", {{"paragraphs", paragraphs}})
                                  : messages_.format("panel.check.summary", {{"errors", std::to_string(errors)},
                                                                             {"warnings", std::to_string(warnings)},
                                                                             {"paragraphs", paragraphs}});
        if (!report.sections.empty() || !report.topics.empty()) summary += " · " + coverageLine(report, messages_);
        const auto ignoredCount = std::count_if(report.findings.begin(), report.findings.end(),
                                                [](const Finding& f) { return f.ignored; });
        if (ignoredCount > 0)
            summary += " · " + messages_.format("panel.check.ignored-count", {{"count", std::to_string(ignoredCount)}});
        // The names of a rule or two fit the summary's three lines; more are counted.
        if (disabledRules_.size() > 2) {
            summary += " · " + messages_.format("panel.check.rules-off-count", {{"count", std::to_string(disabledRules_.size())}});
        } else if (!disabledRules_.empty()) {
            std::string rules;
            for (const std::string& rule : disabledRules_) rules += (rules.empty() ? "" : messages_.format("panel.list-separator")) + ruleName(rule);
            summary += " · " + messages_.format("panel.check.rules-off", {{"rules", rules}});
        }
        showSummary(summary);

        const bool withIgnored = isChecked("ShowIgnored");
        for (const char* kind : kKinds) {
            std::vector<int> members;
            for (std::size_t i = 0; i < report.findings.size(); ++i)
                if (kindOf(report.findings[i]) == kind && (withIgnored || !report.findings[i].ignored))
                    members.push_back(static_cast<int>(i));
            if (members.empty()) continue;
            findings->addItem(fromUtf8(messages_.format("panel.group." + std::string(kind),
                                                        {{"count", std::to_string(members.size())}})),
                              findings->getItemCount());
            rows_.push_back(-1);
            for (const int index : members) {
                const Finding& finding = report.findings[index];
                std::string item = messages_.format(
                    "panel.check.item",
                    {{"severity", messages_.format("severity." + std::string(severityName(finding.severity)))},
                     {"place", placeOf(finding)},
                     {"message", finding.message}});
                if (finding.fix) item = messages_.format("panel.check.item-fixable", {{"item", item}});
                if (finding.ignored) item = messages_.format("panel.check.ignored-item", {{"item", item}});
                findings->addItem(fromUtf8(item), findings->getItemCount());
                rows_.push_back(index);
            }
        }
        if (withTitle) showCount(errors + warnings);
        // The same occurrence stays chosen; gone, nothing is.
        const int again = keep.empty() ? -1 : findSameFinding(report.findings, snapshot.document, keep, keepNear);
        const auto row = std::find(rows_.begin(), rows_.end(), again);
        // What a fix corrected is said once, in the check right after it; the next one clears it.
        const std::string fixed = std::exchange(fixed_, {});
        const bool chosen = again >= 0 && row != rows_.end();
        if (chosen) findings->selectItemPos(static_cast<sal_Int16>(row - rows_.begin()), true);
        if (!fixed.empty()) {
            showDetails(fixed);
        } else if (chosen) {
            showDetails(detailsOf(report.findings[again]));
        } else if (!keep.empty()) {
            showDetails(messages_.format("panel.check.gone"));
        } else if (rows_.empty() || showsFixed_) {
            showDetails("");
        }
        showsFixed_ = !fixed.empty();
        updateButtons();
    }

    // The chosen finding's whole message, what was found and what is expected, and what Fix does.
    std::string detailsOf(const Finding& finding) const {
        std::string text = ruleName(finding.rule) + " · " + placeOf(finding) + "\n" + finding.message;
        if (!finding.found.empty() && !finding.expected.empty())
            text += "\n" + messages_.format("panel.check.found-expected", {{"found", finding.found}, {"expected", finding.expected}});
        if (finding.fix) text += "\n" + messages_.format("panel.check.fix-hint");
        return text;
    }

    // The count in the panel's title ("Check (3)"), so that it shows while the panel is collapsed.
    void showCount(int count) {
        try {
            const Reference<ui::XPanel> panel = deckPanel("ReportKitCheckPanel");
            if (!panel.is()) return;
            if (title_.isEmpty()) title_ = panel->getTitle();
            panel->setTitle(count <= 0 ? title_
                                       : fromUtf8(messages_.format("panel.check.title",
                                                                   {{"title", writer::toUtf8(title_)},
                                                                    {"count", std::to_string(count)}})));
        } catch (const uno::Exception&) {
            // A sidebar being rebuilt: the title follows at the next refresh.
        }
    }

    // The chosen finding as it stands in the text now: the list is brought up to date first, and
    // the same occurrence is found again in it. Null, with the reason shown, when it is gone.
    const Finding* currentChosen() {
        const Finding* finding = chosenFinding();
        if (!finding || !live_.is()) return nullptr;
        const std::string key = ignoreKey(*finding, shown_.document);
        const int near = finding->paragraph;
        const LiveCheck::Snapshot now = live_->latest(true);
        if (now.generation != shown_.generation) show(now);
        const int again = findSameFinding(shown_.report.findings, shown_.document, key, near);
        if (again < 0) {
            showDetails(messages_.format("panel.check.gone"));
            return nullptr;
        }
        const auto row = std::find(rows_.begin(), rows_.end(), again);
        if (row != rows_.end()) list()->selectItemPos(static_cast<sal_Int16>(row - rows_.begin()), true);
        return &shown_.report.findings[again];
    }

    void selectFinding() {
        updateButtons();
        if (!chosenFinding()) {
            showDetails(list()->getSelectedItemPos() >= 0 ? messages_.format("panel.check.choose") : "");
            return;
        }
        const Finding* finding = currentChosen();
        updateButtons();
        if (!finding) return;
        showDetails(detailsOf(*finding));
        if (finding->paragraph >= 0) selectInText(finding->paragraph, finding->place);
    }

    // Chooses the previous or next finding, round the end of the list; group rows are passed over.
    void move(int step) {
        std::vector<int> findingRows;
        for (std::size_t row = 0; row < rows_.size(); ++row)
            if (rows_[row] >= 0) findingRows.push_back(static_cast<int>(row));
        if (findingRows.empty()) return;
        const int count = static_cast<int>(findingRows.size());
        const int current = list()->getSelectedItemPos();
        int at = step > 0 ? 0 : count - 1;
        for (int i = 0; i < count; ++i)
            if (findingRows[i] == current) at = (i + step + count) % count;
        // From a group row, the finding after it (or before it, going back).
        if (current >= 0 && std::find(findingRows.begin(), findingRows.end(), current) == findingRows.end()) {
            const auto next = std::upper_bound(findingRows.begin(), findingRows.end(), current);
            at = step > 0 ? (next == findingRows.end() ? 0 : static_cast<int>(next - findingRows.begin()))
                          : (next == findingRows.begin() ? count - 1 : static_cast<int>(next - findingRows.begin()) - 1);
        }
        list()->selectItemPos(static_cast<sal_Int16>(findingRows[at]), true);
        selectFinding();
    }

    // Runs a change to the document, then checks again at once (not after the idle pause).
    template <typename Change>
    void changeAndRecheck(Change change) {
        try {
            change();
        } catch (const writer::StaleFix& stale) {
            live_->refreshNow();
            showDetails(stale.what());
            return;
        } catch (const lang::IllegalArgumentException& error) {
            showDetails(writer::toUtf8(error.Message));  // e.g. a read-only document: nothing changed
            return;
        } catch (const uno::Exception& error) {
            showDetails(messages_.format("panel.check.failed", {{"detail", writer::toUtf8(error.Message)}}));
            return;
        }
        live_->refreshNow();
    }

    void checkNow() {
        messages_ = engine_.catalog("");
        if (!attach()) return;
        live_->refreshNow();
    }

    void fixChosen() {
        const Finding* finding = currentChosen();
        if (!finding || !finding->fix) return;
        const Fix fix = *finding->fix;
        if (!writer::pagesUndoable(model(), fix) && !ask("panel.check.pages.title", "panel.check.pages.question")) return;
        const std::string message = finding->message;
        changeAndRecheck([&] {
            writer::applyFix(model(), fix, messages_, context_);
            fixed_ = messages_.format("panel.check.fixed", {{"message", message}});
        });
    }

    // Page styles' fixes that cannot be undone: the writer chooses whether Fix all makes them.
    void fixAll() {
        if (!attach()) return;
        const bool irreversible = std::any_of(shown_.report.findings.begin(), shown_.report.findings.end(), [&](const Finding& f) {
            return !f.ignored && f.fix && !writer::pagesUndoable(model(), *f.fix);
        });
        const bool withPages = !irreversible || ask("panel.check.pages.title", "panel.check.pages.question");
        changeAndRecheck([&] {
            const int edits = engine_.fixAll(model(), "", messages_, withPages);
            if (edits > 0) fixed_ = messages_.format("panel.check.fixed-all", {{"count", std::to_string(edits)}});
        });
    }

    // Asks a yes-or-no question over the document's window; true for yes, and where no box can be shown.
    bool ask(const std::string& titleKey, const std::string& questionKey, const MessageArgs& args = {}) {
        const Reference<awt::XMessageBoxFactory> boxes(awt::Toolkit::create(context_), UNO_QUERY);
        const Reference<awt::XWindowPeer> parent(frame_->getContainerWindow(), UNO_QUERY);
        if (!boxes.is() || !parent.is()) return true;
        const Reference<awt::XMessageBox> box = boxes->createMessageBox(
            parent, awt::MessageBoxType_QUERYBOX, awt::MessageBoxButtons::BUTTONS_YES_NO,
            fromUtf8(messages_.format(titleKey)), fromUtf8(messages_.format(questionKey, args)));
        return box->execute() == awt::MessageBoxResults::YES;
    }

    // Remembers this occurrence in the document as ignored; like any change, not on a read-only one.
    void ignoreChosen() {
        const Finding* finding = currentChosen();
        if (!finding) return;
        const std::vector<std::string> keys = ignoreKeys(*finding, shown_.document);  // its repeats too
        changeAndRecheck([&] {
            const Reference<frame::XStorable> storable(model(), UNO_QUERY);
            if (storable.is() && storable->isReadonly())
                throw lang::IllegalArgumentException(fromUtf8(messages_.format("fix.error.read-only")), nullptr, 0);
            writer::addIgnoredFindings(model(), keys);
        });
    }

    // Turning a rule off changes every document's checks: the writer is asked first.
    void ruleOff() {
        const Finding* finding = chosenFinding();
        if (!finding) return;
        const std::string rule = finding->rule;
        if (!ask("panel.check.rule-off.title", "panel.check.rule-off.question", {{"rule", ruleName(rule)}})) return;
        changeAndRecheck([&] { engine_.setRuleEnabled(rule, false); });
    }

    void rulesOn() {
        changeAndRecheck([&] {
            for (const std::string& rule : engine_.disabledRules()) engine_.setRuleEnabled(rule, true);
        });
    }

    void liveCheckingChanged() {
        const bool on = isChecked("LiveChecking");
        LiveCheck::setEnabled(context_, on);
        if (on && attach()) live_->refreshNow();
    }

    // The folder check runs in a thread of its own, so that the writer can go on working; the
    // thread holds the panel until it ends.
    void checkFolder() {
        if (folderCheckRunning_) return;
        const Reference<ui::dialogs::XFolderPicker2> picker = ui::dialogs::FolderPicker::create(context_);
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
        const std::string folder = writer::systemPath(picker->getDirectory());
        folderCheckRunning_ = true;
        enable("FolderButton", false);
        const rtl::Reference<CheckPanel> self(this);
        std::thread([self, folder] { self->runFolderCheck(folder); }).detach();
    }

    void runFolderCheck(const std::string& folder) {
        const MessageCatalog messages = engine_.catalog("");
        try {
            std::size_t checked = 0;
            const std::string file = engine_.checkFolder(
                folder, messages, [&](std::size_t done, std::size_t total, const std::string& path) {
                    checked = total;
                    setLabel("FolderStatus", messages.format("panel.folder.progress",
                                                             {{"done", std::to_string(done + 1)},
                                                              {"total", std::to_string(total)},
                                                              {"name", std::filesystem::path(path).filename().string()}}));
                });
            setLabel("FolderStatus", messages.format("panel.folder.done", {{"total", std::to_string(checked)}, {"file", file}}));
            try {
                system::SystemShellExecute::create(context_)->execute(writer::fileUrl(file), OUString(),
                                                                      system::SystemShellExecuteFlags::URIS_ONLY);
            } catch (const uno::Exception&) {
                // No browser: the status names the file.
            }
        } catch (const uno::Exception& error) {
            setLabel("FolderStatus", messages.format("panel.folder.failed", {{"detail", writer::toUtf8(error.Message)}}));
        } catch (const std::exception& error) {
            setLabel("FolderStatus", messages.format("panel.folder.failed", {{"detail", error.what()}}));
        }
        enable("FolderButton", true);
        folderCheckRunning_ = false;
    }

    writer::Engine engine_;
    MessageCatalog messages_;
    rtl::Reference<LiveCheck> live_;
    std::atomic<bool> folderCheckRunning_{false};
    LiveCheck::Snapshot shown_;         // what the list shows
    std::vector<int> rows_;             // per list row: the finding's index in shown_, -1 for a group's row
    std::vector<std::string> disabledRules_;
    OUString title_;                    // the panel's own title, without the count
    std::string fixed_;                 // what the fix just made corrected, for the check after it
    bool showsFixed_ = false;           // the details say what a fix corrected
};

}  // namespace

rtl::Reference<Panel> createCheckPanel(const Reference<uno::XComponentContext>& context,
                                       const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new CheckPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
