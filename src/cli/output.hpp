#pragma once
#include <map>
#include <string>
#include <vector>

#include "file_access.hpp"
#include "messages.hpp"

namespace reportkit::cli {

// Writes to standard output when `file` is empty. A regular file (or a new one) is written whole
// to a temporary file beside it that then replaces it, so a reader never sees half a report;
// anything else — a named pipe, a device such as /dev/stdout or /dev/full, a symbolic link — is
// opened and written through, never replaced. Throws CommandFailure when it cannot.
void writeOutput(const std::string& file, const std::string& content, const MessageCatalog& messages);

// The files a command reads, by identity, so that nothing it writes lands on one of them under
// another name (a hard link, a symbolic link, "./a.docx" for "a.docx").
class InputFiles {
public:
    explicit InputFiles(const std::vector<std::string>& paths);
    // The input that `path` is the same file as, or "" when it is none of them (or not there).
    std::string sameFileAs(const std::string& path) const;

private:
    std::map<FileIdentity, std::string> byIdentity_;
};

// Throws CommandFailure when `output` is one of the inputs.
void refuseOverwritingInput(const InputFiles& inputs, const std::string& output, const MessageCatalog& messages);

}  // namespace reportkit::cli
