#pragma once
// What the checker service and the sidebar share inside LibreOffice: the extension's own files
// (messages, templates) and one call from a document to a localised report.
#include <functional>
#include <map>
#include <vector>
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "messages.hpp"
#include "report.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"
#include "skeleton_inserter.hpp"

#include "strings.hpp"

namespace reportkit::writer {

inline constexpr char kExtensionId[] = "org.reportkit.ReportKit";

// Today in the local calendar, for the year and date variables.
Date today();

class Engine {
public:
    explicit Engine(const css::uno::Reference<css::uno::XComponentContext>& context);

    // The office's interface language, e.g. "zh-CN".
    std::string interfaceLocale() const;
    // The catalogue for a locale ("" for the interface language).
    MessageCatalog catalog(const std::string& locale) const;
    TemplateSet templates() const;

    // Runs the rules on a document read by readDocument. templateRef: "" (recorded, else none),
    // an id, or a template file's path or URL. Throws css::lang::IllegalArgumentException, with a
    // message from the catalogue, when the template cannot be found or read.
    DocumentReport check(const Document& document, const std::string& templateRef,
                         const MessageCatalog& messages) const;

    // The same with the templates and rule settings already read (a folder check and the live check
    // read them once).
    DocumentReport check(TemplateSet& set, const std::vector<std::string>& disabled, const Document& document,
                         const std::string& templateRef, const MessageCatalog& messages) const;

    // Whether edits are checked as they are made (/org.reportkit.ReportKit/Checking/LiveChecking).
    bool liveChecking() const;
    void setLiveChecking(bool on) const;

    // Whether ReportKit is the grammar checker LibreOffice uses for zh-CN, which marks wrong markers
    // in the text (only the first one configured for a language is used).
    bool marksInText() const;
    // Puts ReportKit first for zh-CN (on) or takes it out of the list (off); the other checkers stay
    // in their order, so that turning marks off gives Chinese back to the one before.
    void setMarksInText(bool on) const;

    // The rules turned off in this office's settings (/org.reportkit.ReportKit/Checking/DisabledRules).
    std::vector<std::string> disabledRules() const;
    void setRuleEnabled(const std::string& rule, bool enabled) const;
    // The same for several rules at once (a family on the options page), in one change of the settings.
    void setRulesEnabled(const std::vector<std::string>& rules, bool enabled) const;

    // Checks the model and applies every fix but those of ignored findings, as one undo step
    // (page styles Writer cannot undo, see pagesUndoable, first; none with `pages` false); returns the number
    // of edits.
    int fixAll(const css::uno::Reference<css::frame::XModel>& model, const std::string& templateRef,
               const MessageCatalog& messages, bool pages = true) const;

    // Checks the model and adds a comment at each finding and a summary at the top. Throws
    // css::lang::IllegalArgumentException for a read-only document.
    struct Annotated {
        int comments = 0;
        DocumentReport report;  // the check the comments come from
    };
    Annotated annotate(const css::uno::Reference<css::frame::XModel>& model, const std::string& templateRef,
                       const MessageCatalog& messages) const;

    // Checks every report under a folder inside this office — documents opened hidden, read-only,
    // with nothing asked — calling `progress(done, total, path)` before each; writes the HTML report
    // into reportkit/reports in the user profile and returns its path.
    using FolderProgress = std::function<void(std::size_t done, std::size_t total, const std::string& path)>;
    std::string checkFolder(const std::string& folder, const MessageCatalog& messages,
                            const FolderProgress& progress) const;

    // Where templates come from (/org.reportkit.ReportKit/Templates), and whether an administrator
    // locked each setting (a finalized value in a lower configuration layer).
    struct TemplateSettings {
        std::vector<std::string> sharedFolders;
        std::string userFolder;  // as set: "" for the default
        bool sharedLocked = false, userLocked = false;
    };
    TemplateSettings templateSettings() const;
    // Changes what is not locked; false when a locked setting would have changed.
    bool setTemplateSettings(const std::vector<std::string>& sharedFolders, const std::string& userFolder) const;
    // The user's template folder as a path: the setting, or reportkit/templates in the profile.
    std::string userTemplateFolder() const;

    // Inserts the skeleton of a template (an id, or a file's path or URL) with the variables' values
    // at the view cursor, as one undo step. Throws css::lang::IllegalArgumentException, with every
    // problem as a sentence, for an unknown template or variable or a missing required value.
    InsertedSkeleton insertSkeleton(const css::uno::Reference<css::frame::XModel>& model, const std::string& templateRef,
                                    const std::map<std::string, std::string>& variables,
                                    const MessageCatalog& messages) const;

    // Writes a template made from the document's headings into the user's template folder, under a
    // new name (never over a file), and returns the file's path.
    std::string saveTemplateFromDocument(const css::uno::Reference<css::frame::XModel>& model) const;

private:
    // reportkit in the LibreOffice user profile: the default template folder and the folder reports.
    std::string profileFolder() const;
    std::string userTemplateFolder(const TemplateSettings& settings) const;

    // The template a user named: an id, or a template file by path or file URL.
    const Template& requestedTemplate(TemplateSet& set, const std::string& templateRef, const MessageCatalog& messages) const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string folder_;  // the installed extension's folder
};

}  // namespace reportkit::writer
