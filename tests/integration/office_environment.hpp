#pragma once
// One real headless LibreOffice for a test binary: the built .oxt installed by unopkg into a
// throwaway profile, started on first use and stopped by its process id when the tests end.
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "office_session.hpp"

namespace reportkit::test {

// A fresh folder under the system's temporary folder, removed when the tests end.
const std::string& scratchDir();

writer::OfficeOptions officeOptions(const std::string& profileDir);
writer::OfficeSession& office();

std::string sourcePath(const std::string& relative);
std::string buildPath(const std::string& relative);

// A copy of a source file in the scratch folder, for tests that open documents for editing (Writer
// writes a lock file beside an edited document, which must never land in the source tree).
std::string scratchCopy(const std::string& relative);

// Opens a document hidden and read-only; fails the test when it cannot.
css::uno::Reference<css::frame::XModel> loadModel(const std::string& path);

// Converts a document with LibreOffice into `target`, whose extension chooses the filter
// (.odt or .docx); a .txt source is read as UTF-8, one paragraph a line. With a password the
// copy is encrypted.
void convert(const std::string& source, const std::string& target, const std::string& password = {});

// Runs a command; returns its exit status and what it wrote to standard output and error.
struct CommandResult {
    int status = -1;
    std::string out;
    std::string err;
};
CommandResult runCommand(const std::string& commandLine);

// Turns the format rules and structure.items off in the test office's settings while it lives, for
// tests of numbering on short documents in LibreOffice's default format (which have format findings
// by the dozen, and a section or two of fewer items than a real report has).
class FormatAndItemRulesOff {
public:
    FormatAndItemRulesOff();  // in office()
    explicit FormatAndItemRulesOff(const css::uno::Reference<css::uno::XComponentContext>& context);
    ~FormatAndItemRulesOff();
    FormatAndItemRulesOff(const FormatAndItemRulesOff&) = delete;
    FormatAndItemRulesOff& operator=(const FormatAndItemRulesOff&) = delete;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace reportkit::test
