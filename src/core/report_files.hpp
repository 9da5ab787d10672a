#pragma once
// Which files are reports to check: the formats LibreOffice reads for us, and plain text.
#include <cstddef>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "messages.hpp"
#include "text_encoding.hpp"

namespace reportkit {

// A file's extension in lower case, with its dot: ".docx".
std::string lowerExtension(const std::filesystem::path& path);

// .odt .fodt .ott .docx .doc .rtf .wps (any case), read through LibreOffice.
bool isOfficeReport(const std::filesystem::path& path);
// .txt: UTF-8, one paragraph a line, read by the core directly.
bool isTextReport(const std::filesystem::path& path);
// Office's owner and lock files ("~$x.docx", ".~lock.x.docx#") are not reports.
bool isOfficeScratchFile(const std::filesystem::path& path);

// A file of 0 bytes: LibreOffice would open it as a new, empty document, so it is reported as empty.
bool isEmptyFile(const std::string& path);

// A text report larger than this is not one (a link to /dev/zero, a log file): it is not read.
constexpr std::size_t kMaximumTextBytes = 32 * 1024 * 1024;

// Reads a text report into `content` as UTF-8, from UTF-8, UTF-16 with a byte-order mark or
// GB18030/GBK (`decoded`, when given, says which, for writing a copy the same way). Returns the
// message key of what went wrong, or "": only a regular file is opened, and one of 0 bytes is
// empty, as an empty .docx is.
std::string readTextFile(const std::string& path, std::string& content, DecodedText* decoded = nullptr);

// What a folder search finds: a file that may be a report (by its name: any kind of file, a link
// that points nowhere, a named pipe…, for the checker to tell), or a folder it could not look into.
struct FoundFile {
    std::string path;
    std::string problem;  // "" for a file; for a folder, the message key of why it was not searched
};

// What a candidate file is, decided before anything opens it: a text report the core reads, an
// office report LibreOffice reads, or a file that cannot be checked.
enum class CandidateKind { text, office, unreadable };

struct Candidate {
    CandidateKind kind = CandidateKind::unreadable;
    std::string problem;  // for CandidateKind::unreadable, the message key of why
};

// Classifies a file to check, in one place for the command line and the panel so that both report
// the same file the same way: another kind of file (by its name), a link that points nowhere or
// loops, a pipe or a device or a folder, no read permission, or 0 bytes (LibreOffice would open
// that as a new, empty document) is unreadable with its reason. Opens nothing but a regular file
// and reads none of it, so it never blocks.
Candidate classifyCandidate(const std::string& path);
// The same for what a folder search found: a folder it could not look into keeps its reason.
Candidate classifyCandidate(const FoundFile& found);

// Every candidate under a folder, recursively, in name order. Links to folders are not followed,
// so a link cannot make the search loop.
std::vector<FoundFile> reportCandidatesUnder(const std::string& folder);

// The file name of a report on `checked` (a folder, or a file: its name without extension) made at
// `when` (local time), in the user's language, for the panel's folder check and the command line's
// --output FOLDER alike: "材料-报告-20261207-211300.html", "docs-report-20261207-211300.html".
// "docs/", "." and ".." are named after the folder they mean; the root has only the word.
// `extension` has its dot.
std::string reportFileName(const std::filesystem::path& checked, const std::tm& when, std::string_view extension,
                           const MessageCatalog& messages);
// The same, made now.
std::string reportFileName(const std::filesystem::path& checked, std::string_view extension, const MessageCatalog& messages);

}  // namespace reportkit
