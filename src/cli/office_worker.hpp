#pragma once
// One private LibreOffice for a command: started at the first document that needs it, guarded by a
// per-document time limit, and started afresh after a crash or a hang.
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <org/reportkit/XChecker.hpp>

#include "environment.hpp"
#include "report.hpp"

namespace reportkit::cli {

class OfficeWorker {
public:
    // `slot` numbers parallel workers: each has a profile of its own (slot 0 the plain one).
    OfficeWorker(const Environment& environment, std::chrono::seconds timeout, int slot = 0);
    ~OfficeWorker();

    // Takes this worker's profile now (see lockProfile) instead of at its first document, so that a
    // profile that cannot be used is known before any document is given out.
    void claimProfile();

    // Checks a document with the extension's checker inside LibreOffice.
    DocumentReport check(const std::string& path, const std::string& templateRef);

    struct FixResult {
        int edits = 0;
        DocumentReport after;  // the fixed copy, checked again; unreadable when the fix failed
    };
    // Opens `input`, applies every fix as one step and stores the result as `output` in the same
    // format. The input file is never written.
    FixResult fix(const std::string& input, const std::string& output, const std::string& templateRef);

    struct AnnotateResult {
        int comments = 0;
        DocumentReport report;  // the input's check; unreadable when it could not be annotated
    };
    // Opens `input`, checks it, adds a comment at each finding and a summary at the top, and
    // stores the result as `output` in the same format. The input file is never written.
    AnnotateResult annotate(const std::string& input, const std::string& output, const std::string& templateRef);

    struct NewResult {
        std::string inserted;  // the checker's insertSkeleton JSON
        DocumentReport after;  // the new document checked; unreadable when it could not be made
    };
    // Makes a new document with a template's skeleton and stores it as `output` (by its extension:
    // .odt or .docx).
    NewResult create(const std::string& templateRef, const std::map<std::string, std::string>& variables,
                     const std::string& output);

private:
    // Opens the document and runs `use` on its model under the time limit. Returns the report of an
    // unreadable document when opening, `use` or LibreOffice fails; otherwise the one `use` returns.
    DocumentReport withModel(const std::string& path, writer::OfficeSession::LoadMode mode,
                             const std::function<DocumentReport(const css::uno::Reference<css::frame::XModel>&)>& use);
    // Copies `input` into the profile, opens the copy for editing, runs `edit` on it and stores it as
    // `output` in the input's format. Returns the report `edit` returns, with the input's path.
    DocumentReport editCopy(const std::string& input, const std::string& output,
                            const std::function<DocumentReport(const css::uno::Reference<css::frame::XModel>&)>& edit);
    void start();
    void stop();
    // The extension's checker in this worker's office, made at its first use there.
    const css::uno::Reference<org::reportkit::XChecker>& checker();
    // Takes the profile's lock file, waiting (and saying so) while another reportkit holds it;
    // returns its descriptor. Throws CommandFailure when the profile's folder cannot be written.
    static int lockProfile(const std::string& profileDir, const MessageCatalog& messages);

    const Environment& environment_;
    writer::OfficeOptions options_;
    std::chrono::seconds timeout_;
    std::unique_ptr<writer::OfficeSession> session_;
    css::uno::Reference<org::reportkit::XChecker> checker_;
    int lock_ = -1;
};

}  // namespace reportkit::cli
