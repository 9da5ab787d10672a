// The Check panel: Check runs the engine on the current document and lists the findings in
// document order; choosing one selects its place in the text. Previous and Next walk the list,
// Fix applies the chosen finding's fix and Fix all every fix, each as one undo step. Ignore keeps
// an occurrence out of the counts (remembered in the document); Rule off is a setting.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <rtl/ref.hxx>

#include "document_reader.hpp"
#include "engine.hpp"
#include "fix_applier.hpp"
#include "panels.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using writer::fromUtf8;

namespace {

class CheckPanel final : public Panel {
public:
    CheckPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
               const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl, {300, 480, 4000}), engine_(context) {}

    void layout(sal_Int32 width, sal_Int32 height) override {
        constexpr sal_Int32 margin = 6;
        constexpr sal_Int32 gap = 4;
        const sal_Int32 inner = width - 2 * margin;
        const sal_Int32 half = (inner - gap) / 2;
        const sal_Int32 third = (inner - 2 * gap) / 3;
        const sal_Int32 buttonHeight = controlHeight("CheckButton");
        place("CheckButton", margin, margin, half, buttonHeight);
        place("FixAllButton", margin + half + gap, margin, half, buttonHeight);
        const sal_Int32 summaryTop = margin + buttonHeight + gap;
        const sal_Int32 summaryHeight = controlHeight("Summary");
        place("Summary", margin, summaryTop, inner, summaryHeight);
        const sal_Int32 listTop = summaryTop + summaryHeight + gap;
        const sal_Int32 checkboxHeight = controlHeight("ShowIgnored");
        const sal_Int32 folderHeight = buttonHeight + controlHeight("FolderStatus") + 2 * gap;
        const sal_Int32 checkboxTop = height - margin - folderHeight - checkboxHeight;
        const sal_Int32 secondRow = checkboxTop - gap - buttonHeight;
        const sal_Int32 firstRow = secondRow - gap - buttonHeight;
        place("Findings", margin, listTop, inner, firstRow - gap - listTop);
        const auto row = [&](sal_Int32 top, const char* a, const char* b, const char* c) {
            place(OUString::createFromAscii(a), margin, top, third, buttonHeight);
            place(OUString::createFromAscii(b), margin + third + gap, top, third, buttonHeight);
            place(OUString::createFromAscii(c), margin + 2 * (third + gap), top, third, buttonHeight);
        };
        row(firstRow, "PreviousButton", "NextButton", "FixButton");
        row(secondRow, "IgnoreButton", "RuleOffButton", "RulesOnButton");
        place("ShowIgnored", margin, checkboxTop, inner, checkboxHeight);
        place("FolderButton", margin, checkboxTop + checkboxHeight + gap, inner, buttonHeight);
        place("FolderStatus", margin, checkboxTop + checkboxHeight + buttonHeight + 2 * gap, inner, controlHeight("FolderStatus"));
    }

private:
    std::vector<OUString> methodNames() const override {
        return {"onCheck", "onFindingSelected", "onPrevious", "onNext", "onFix",
                "onFixAll", "onIgnore", "onRuleOff", "onRulesOn", "onShowIgnored", "onCheckFolder"};
    }

    bool handle(const OUString& method) override {
        if (method == "onCheck") check();
        else if (method == "onFindingSelected") selectFinding();
        else if (method == "onPrevious") move(-1);
        else if (method == "onNext") move(+1);
        else if (method == "onFix") fixChosen();
        else if (method == "onFixAll") fixAll();
        else if (method == "onIgnore") ignoreChosen();
        else if (method == "onRuleOff") ruleOff();
        else if (method == "onRulesOn") rulesOn();
        else if (method == "onShowIgnored") check();
        else if (method == "onCheckFolder") checkFolder();
        else return false;
        return true;
    }

    Reference<awt::XListBox> list() const { return Reference<awt::XListBox>(control("Findings"), UNO_QUERY); }

    void showSummary(const std::string& text) { setLabel("Summary", text); }

    // The listed finding the list's selection stands for, or -1.
    int chosen() const {
        const sal_Int16 position = list()->getSelectedItemPos();
        return position >= 0 && position < static_cast<sal_Int16>(findings_.size()) ? position : -1;
    }

    bool showIgnored() const {
        const Reference<awt::XCheckBox> box(control("ShowIgnored"), UNO_QUERY);
        return box.is() && box->getState() == 1;
    }

    void updateButtons() {
        const int position = chosen();
        const bool any = !findings_.empty();
        enable("PreviousButton", any);
        enable("NextButton", any);
        enable("FixButton", position >= 0 && findings_[position].fix.has_value());
        enable("IgnoreButton", position >= 0 && !findings_[position].ignored);
        enable("RuleOffButton", position >= 0);
        enable("RulesOnButton", !engine_.disabledRules().empty());
        enable("FixAllButton", std::any_of(findings_.begin(), findings_.end(), [](const Finding& f) { return f.fix.has_value(); }));
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

    void check() {
        const Reference<awt::XListBox> findings = list();
        findings->removeItems(0, findings->getItemCount());
        findings_.clear();
        const MessageCatalog messages = engine_.catalog("");
        const Reference<frame::XModel> document = model();
        if (!Reference<text::XTextDocument>(document, UNO_QUERY).is()) {
            showSummary(messages.format("panel.check.not-writer"));
            updateButtons();
            return;
        }
        Document read;
        DocumentReport report;
        try {
            read = writer::readDocument(document);
            report = engine_.check(read, "", messages);
        } catch (const uno::Exception& error) {
            showSummary(messages.format("panel.check.failed", {{"detail", writer::toUtf8(error.Message)}}));
            updateButtons();
            return;
        } catch (const std::exception& error) {
            showSummary(messages.format("panel.check.failed", {{"detail", error.what()}}));
            updateButtons();
            return;
        }
        const std::string paragraphs = std::to_string(report.paragraphs);
        const int errors = report.count(Severity::error);
        const int warnings = report.count(Severity::warning);
        std::string summary = errors + warnings == 0
                                  ? messages.format("panel.check.clean", {{"paragraphs", paragraphs}})
                                  : messages.format("panel.check.summary", {{"errors", std::to_string(errors)},
                                                                            {"warnings", std::to_string(warnings)},
                                                                            {"paragraphs", paragraphs}});
        if (!report.sections.empty() || !report.topics.empty()) summary += " · " + coverageLine(report, messages);
        const auto ignoredCount = std::count_if(report.findings.begin(), report.findings.end(),
                                                [](const Finding& f) { return f.ignored; });
        if (ignoredCount > 0)
            summary += " · " + messages.format("panel.check.ignored-count", {{"count", std::to_string(ignoredCount)}});
        if (const auto off = engine_.disabledRules(); !off.empty()) {
            std::string rules;
            for (const std::string& rule : off) rules += (rules.empty() ? "" : ", ") + rule;
            summary += " · " + messages.format("panel.check.rules-off", {{"rules", rules}});
        }
        showSummary(summary);
        const bool withIgnored = showIgnored();
        for (const Finding& finding : report.findings) {
            if (finding.ignored && !withIgnored) continue;
            const std::string item = messages.format(
                "panel.check.item", {{"severity", messages.format("severity." + std::string(severityName(finding.severity)))},
                                     {"paragraph", std::to_string(finding.paragraph + 1)},
                                     {"opening", finding.opening},
                                     {"message", finding.message}});
            findings->addItem(fromUtf8(finding.ignored ? messages.format("panel.check.ignored-item", {{"item", item}}) : item),
                              findings->getItemCount());
            findings_.push_back(finding);
        }
        document_ = std::move(read);
        updateButtons();
    }

    void selectFinding() {
        updateButtons();
        const int position = chosen();
        if (position < 0) return;
        selectInText(findings_[position].paragraph, findings_[position].place);
    }

    // Chooses the previous or next finding, round the end of the list.
    void move(int step) {
        if (findings_.empty()) return;
        const int count = static_cast<int>(findings_.size());
        const int position = chosen() < 0 ? (step > 0 ? 0 : count - 1) : (chosen() + step + count) % count;
        list()->selectItemPos(static_cast<sal_Int16>(position), true);
        selectFinding();
    }

    // Runs a change to the document, then checks again and keeps the same place in the list.
    template <typename Change>
    void changeAndRecheck(Change change) {
        const int position = chosen();
        const MessageCatalog messages = engine_.catalog("");
        try {
            change(messages);
        } catch (const lang::IllegalArgumentException& error) {
            showSummary(writer::toUtf8(error.Message));  // e.g. a read-only document: nothing changed
            return;
        } catch (const uno::Exception& error) {
            showSummary(messages.format("panel.check.failed", {{"detail", writer::toUtf8(error.Message)}}));
            return;
        }
        check();
        if (!findings_.empty() && position >= 0) {
            list()->selectItemPos(static_cast<sal_Int16>(std::min(position, static_cast<int>(findings_.size()) - 1)), true);
            selectFinding();
        }
    }

    void fixChosen() {
        const int position = chosen();
        if (position < 0 || !findings_[position].fix) return;
        const Fix fix = *findings_[position].fix;
        changeAndRecheck([&](const MessageCatalog& messages) { writer::applyFix(model(), fix, messages); });
    }

    void fixAll() {
        changeAndRecheck([&](const MessageCatalog& messages) { engine_.fixAll(model(), "", messages); });
    }

    // Remembers this occurrence in the document as ignored; like any change, not on a read-only one.
    void ignoreChosen() {
        const int position = chosen();
        if (position < 0) return;
        const std::string key = ignoreKey(findings_[position], document_);
        changeAndRecheck([&](const MessageCatalog& messages) {
            const Reference<frame::XStorable> storable(model(), UNO_QUERY);
            if (storable.is() && storable->isReadonly())
                throw lang::IllegalArgumentException(fromUtf8(messages.format("fix.error.read-only")), nullptr, 0);
            writer::addIgnoredFinding(model(), key);
        });
    }

    void ruleOff() {
        const int position = chosen();
        if (position < 0) return;
        const std::string rule = findings_[position].rule;
        changeAndRecheck([&](const MessageCatalog&) { engine_.setRuleEnabled(rule, false); });
    }

    void rulesOn() {
        changeAndRecheck([&](const MessageCatalog&) {
            for (const std::string& rule : engine_.disabledRules()) engine_.setRuleEnabled(rule, true);
        });
    }

    writer::Engine engine_;
    std::atomic<bool> folderCheckRunning_{false};
    std::vector<Finding> findings_;  // as listed
    Document document_;              // as read for the last check
};

}  // namespace

rtl::Reference<Panel> createCheckPanel(const Reference<uno::XComponentContext>& context,
                                       const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new CheckPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
