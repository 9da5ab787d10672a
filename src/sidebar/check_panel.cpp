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
#include <com/sun/star/awt/XItemList.hpp>
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

#include "changed_rows.hpp"
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
constexpr const char* kKinds[] = {"numbering", "heading", "structure", "topic", "punctuation", "numbers", "terms", "format", "engine"};

std::string kindOf(const Finding& finding) {
    const std::string kind = finding.rule.substr(0, finding.rule.find('.'));
    return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds) ? kind : "engine";
}

class CheckPanel final : public Panel {
public:
    CheckPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
               const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl), engine_(context) {}

private:
    std::vector<LayoutItem> items() const override {
        return {LayoutItem::row({"CheckButton", "FixAllButton", "FolderButton"}),
                LayoutItem::text("Summary"),
                LayoutItem::list("Findings", 4, 8),
                LayoutItem::text("Details"),
                LayoutItem::row({"PreviousButton", "NextButton", "FixButton"}),
                LayoutItem::row({"IgnoreButton", "RuleOffButton", "RulesOnButton"}),
                LayoutItem::row({"ShowIgnored"}),
                LayoutItem::row({"LiveChecking", "MarkInText"}),
                LayoutItem::text("FolderStatus")};
    }

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
        // The list is filled on the main thread's next turn, not in the one in which the sidebar
        // makes the deck (which holds Writer up as long as it takes).
        const rtl::Reference<CheckPanel> self(this);
        later([self] { self->showFirst(); });
    }

    void showFirst() {
        try {
            // The title's count comes with the first notification: the sidebar may still be
            // making the deck, and asking it for its panels would make it again.
            if (attach()) {
                show(live_->latest(false), false);
                if (!wanted_.empty()) showDetails(messages_.format("panel.check.choose"));
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

    // The finding (an index into shown_->report.findings) the list's selection stands for, or -1.
    int chosen() const {
        const sal_Int16 row = list()->getSelectedItemPos();
        return row >= 0 && row < static_cast<sal_Int16>(rows_.size()) ? rows_[row] : -1;
    }

    const Finding* chosenFinding() const {
        const int index = chosen();
        return index >= 0 ? &shown_->report.findings[index] : nullptr;
    }

    void updateButtons() {
        const Finding* finding = chosenFinding();
        const auto& findings = shown_->report.findings;
        const bool any = std::any_of(rows_.begin(), rows_.end(), [](int index) { return index >= 0; });
        enable("PreviousButton", any);
        enable("NextButton", any);
        enable("FixButton", finding && finding->fix.has_value());
        enable("IgnoreButton", finding && !finding->ignored && finding->paragraph >= 0);
        enable("RuleOffButton", finding != nullptr);
        enable("RulesOnButton", !shown_->failed && !disabledRules_.empty());
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
    void show(std::shared_ptr<const LiveCheck::Snapshot> snapshot, bool withTitle = true) {
        std::string keep;
        const Finding* before = chosenFinding();
        if (before) keep = ignoreKey(*before, shown_->document);
        const int keepNear = before ? before->paragraph : -1;
        disabledRules_ = engine_.disabledRules();
        shown_ = std::move(snapshot);  // shared with the live check, never copied
        if (shown_->failed) {
            showRows({}, {});
            showSummary(messages_.format("panel.check.failed", {{"detail", shown_->error}}));
            showDetails("");
            if (withTitle) showCount(-1);
            updateButtons();
            return;
        }
        // Kept alive here: writing the rows can choose a row, whose handler may show a newer result.
        const std::shared_ptr<const LiveCheck::Snapshot> showing = shown_;
        const DocumentReport& report = showing->report;
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
        std::vector<OUString> texts;
        std::vector<int> indices;
        for (const char* kind : kKinds) {
            std::vector<int> members;
            for (std::size_t i = 0; i < report.findings.size(); ++i)
                if (kindOf(report.findings[i]) == kind && (withIgnored || !report.findings[i].ignored))
                    members.push_back(static_cast<int>(i));
            if (members.empty()) continue;
            texts.push_back(fromUtf8(messages_.format("panel.group." + std::string(kind),
                                                      {{"count", std::to_string(members.size())}})));
            indices.push_back(-1);
            for (const int index : members) {
                texts.push_back(fromUtf8(rowText(report.findings[index])));
                indices.push_back(index);
            }
        }
        if (withTitle) showCount(errors + warnings);
        // The same occurrence stays chosen; gone (or not listed), nothing is.
        int again = keep.empty() ? -1 : findSameFinding(report.findings, showing->document, keep, keepNear);
        if (std::find(indices.begin(), indices.end(), again) == indices.end()) again = -1;
        toSelect_ = again;
        showRows(std::move(texts), std::move(indices));
        if (shown_ != showing) return;  // a newer result was shown meanwhile, with its details
        // What a fix corrected is said once, in the check right after it; the next one clears it.
        const std::string fixed = std::exchange(fixed_, {});
        if (!fixed.empty())
            showDetails(fixed);
        else if (again >= 0)
            showDetails(detailsOf(report.findings[again]));
        else if (!keep.empty())
            showDetails(messages_.format("panel.check.gone"));
        else if (wanted_.empty() || showsFixed_)
            showDetails("");
        showsFixed_ = !fixed.empty();
        updateButtons();
    }

    std::string rowText(const Finding& finding) const {
        std::string item = messages_.format(
            "panel.check.item", {{"severity", messages_.format("severity." + std::string(severityName(finding.severity)))},
                                 {"place", placeOf(finding)},
                                 {"message", finding.message}});
        if (finding.fix) item = messages_.format("panel.check.item-fixable", {{"item", item}});
        if (finding.ignored) item = messages_.format("panel.check.ignored-item", {{"item", item}});
        return item;
    }

    // Brings the list to the rows `texts` (with, per row, its finding's index in shown_, -1 for a
    // group's row), changing only the rows that differ, and a few at a time. The list box's model
    // rebuilds its whole window at each addItem or removeItems, so that adding 600 rows one by one
    // cost 600 rebuilds (14 s to a minute); its XItemList changes one row of the window at a time.
    // A row that is the same text as before is the same finding; the others are not choosable
    // until they are written.
    void showRows(std::vector<OUString> texts, std::vector<int> indices) {
        const RowChange change = changedRows(texts_, texts);
        std::vector<int> rows(texts_.size(), -1);
        std::copy_n(indices.begin(), change.start, rows.begin());
        const std::size_t kept = texts_.size() - change.start - change.removed;
        std::copy_n(indices.end() - kept, kept, rows.end() - kept);
        rows_ = std::move(rows);
        wanted_ = std::move(texts);
        wantedRows_ = std::move(indices);
        writeRows();
    }

    // Writes up to kRowsAtOnce changed rows, then the next ones on the main thread's next turn, so
    // that a long list never holds Writer up; the chosen finding stays chosen throughout (each
    // change of the list box's items clears its selection).
    void writeRows() {
        static constexpr std::size_t kRowsAtOnce = 40;
        const Reference<awt::XListBox> findings = list();
        if (!findings.is()) return;
        const int chosenBefore = toSelect_ >= 0 ? toSelect_ : chosen();
        const RowChange change = changedRows(texts_, wanted_);
        const Reference<awt::XItemList> items(control("Findings")->getModel(), UNO_QUERY);
        if (wanted_.empty() || !items.is()) {
            findings->removeItems(0, findings->getItemCount());
            findings->addItems(uno::Sequence<OUString>(wanted_.data(), static_cast<sal_Int32>(wanted_.size())), 0);
            texts_ = wanted_;
            rows_ = wantedRows_;
        } else {
            const std::size_t replaced = std::min(change.removed, change.added);
            std::size_t budget = kRowsAtOnce;
            std::size_t row = change.start;
            for (; row < change.start + replaced && budget > 0; ++row, --budget) {
                items->setItemText(static_cast<sal_Int32>(row), wanted_[row]);
                texts_[row] = wanted_[row];
                rows_[row] = wantedRows_[row];
            }
            for (std::size_t surplus = change.removed - replaced; row == change.start + replaced && surplus > 0 && budget > 0;
                 --surplus, --budget) {
                items->removeItem(static_cast<sal_Int32>(row));
                texts_.erase(texts_.begin() + static_cast<std::ptrdiff_t>(row));
                rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row));
            }
            if (change.added > replaced && row == change.start + replaced && budget > 0) {
                for (const std::size_t end = change.start + change.added; row < end && budget > 0; ++row, --budget) {
                    items->insertItemText(static_cast<sal_Int32>(row), wanted_[row]);
                    texts_.insert(texts_.begin() + static_cast<std::ptrdiff_t>(row), wanted_[row]);
                    rows_.insert(rows_.begin() + static_cast<std::ptrdiff_t>(row), wantedRows_[row]);
                }
            }
        }
        selectRowOf(chosenBefore);
        if (texts_ != wanted_ && !writing_) {
            writing_ = true;
            const rtl::Reference<CheckPanel> self(this);
            later([self] {
                self->writing_ = false;
                self->writeRows();
                self->updateButtons();
            });
        }
    }

    // Chooses the row of a finding (an index into shown_'s findings); one not written yet is
    // chosen when it is.
    void selectRowOf(int finding) {
        if (finding < 0) return;
        const auto row = std::find(rows_.begin(), rows_.end(), finding);
        toSelect_ = row == rows_.end() ? finding : -1;
        if (row != rows_.end()) list()->selectItemPos(static_cast<sal_Int16>(row - rows_.begin()), true);
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
    // Made from the panel's name in the messages each time, never from the title shown: the
    // sidebar keeps a panel's title in the user's profile, and a title read back and counted again
    // piled up counts (检查（11）（11）) from window to window and session to session.
    void showCount(int count) {
        try {
            const Reference<ui::XPanel> panel = deckPanel("ReportKitCheckPanel");
            if (!panel.is()) return;
            const std::string name = messages_.format("panel.check.name");
            panel->setTitle(fromUtf8(count <= 0 ? name
                                                : messages_.format("panel.check.title",
                                                                   {{"title", name}, {"count", std::to_string(count)}})));
        } catch (const uno::Exception&) {
            // A sidebar being rebuilt: the title follows at the next refresh.
        }
    }

    // The chosen finding as it stands in the text now: the list is brought up to date first, and
    // the same occurrence is found again in it. Null, with the reason shown, when it is gone.
    const Finding* currentChosen() {
        const Finding* finding = chosenFinding();
        if (!finding || !live_.is()) return nullptr;
        const std::string key = ignoreKey(*finding, shown_->document);
        const int near = finding->paragraph;
        const std::shared_ptr<const LiveCheck::Snapshot> now = live_->latest(true);
        if (now->generation != shown_->generation) show(now);
        const int again = findSameFinding(shown_->report.findings, shown_->document, key, near);
        if (again < 0) {
            showDetails(messages_.format("panel.check.gone"));
            return nullptr;
        }
        selectRowOf(again);
        return &shown_->report.findings[again];
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
        const bool irreversible = std::any_of(shown_->report.findings.begin(), shown_->report.findings.end(), [&](const Finding& f) {
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
        const std::vector<std::string> keys = ignoreKeys(*finding, shown_->document);  // its repeats too
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
    std::shared_ptr<const LiveCheck::Snapshot> shown_ = std::make_shared<const LiveCheck::Snapshot>();  // what the list shows
    std::vector<OUString> texts_;       // the list's rows as shown
    std::vector<int> rows_;             // per row shown: the finding's index in shown_, -1 for a group's row
                                        // or a row not written yet
    std::vector<OUString> wanted_;      // the rows the list is being brought to, and their findings
    std::vector<int> wantedRows_;
    int toSelect_ = -1;                 // the finding to choose once its row is written, or -1
    bool writing_ = false;              // more rows are to be written on the next turn
    std::vector<std::string> disabledRules_;
    std::string fixed_;                 // what the fix just made corrected, for the check after it
    bool showsFixed_ = false;           // the details say what a fix corrected
};

}  // namespace

rtl::Reference<Panel> createCheckPanel(const Reference<uno::XComponentContext>& context,
                                       const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new CheckPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
