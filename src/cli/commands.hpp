#pragma once
// The reportkit commands. Each returns the process exit status: 0 no error finding, 1 some error
// finding, 2 bad usage or a document that could not be read.
#include <string>
#include <vector>

#include "environment.hpp"
#include "report.hpp"

namespace reportkit::cli {

enum ExitStatus { kClean = 0, kErrorsFound = 1, kFailure = 2 };

// A usage mistake: the message (already localised) is followed by the usage text.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A command that cannot go on, e.g. an output file that cannot be written; already localised.
class CommandFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes the reports in the format (json, text, csv, html) to the file or standard output and
// returns the exit status they make: 2 when one is unreadable, else 1 when one has an error finding.
int writeReports(const std::vector<DocumentReport>& reports, const std::string& format, const std::string& outputFile,
                 const MessageCatalog& messages);
// Throws UsageError for a format other than json, text, csv and html.
void checkFormat(const MessageCatalog& messages, const std::string& format);

// The arguments of the commands that write a copy of a document (fix, annotate):
// INPUT -o OUTPUT [--template ID|FILE] [--templates DIR]... [--timeout SECONDS]. The input exists,
// the output has its format and is not the input: a copy is never the original.
struct CopyArguments {
    std::string input, output, templateOption;
    std::vector<std::string> templateFolders;
    int timeout = 120;
};
CopyArguments parseCopyArguments(const Environment& environment, const std::vector<std::string>& arguments,
                                 const char* usageKey);

int annotateCommand(const Environment& environment, const std::vector<std::string>& arguments);
int mergeCommand(const Environment& environment, const std::vector<std::string>& arguments);
int checkCommand(const Environment& environment, const std::vector<std::string>& arguments);
int newCommand(const Environment& environment, const std::vector<std::string>& arguments);
int fixCommand(const Environment& environment, const std::vector<std::string>& arguments);
int templatesCommand(const Environment& environment, const std::vector<std::string>& arguments);
int showCommand(const Environment& environment, const std::vector<std::string>& arguments);

}  // namespace reportkit::cli
