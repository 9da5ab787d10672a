#pragma once
// Which files are reports to check: the formats LibreOffice reads for us, and plain text.
#include <filesystem>
#include <string>
#include <vector>

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

// Reads a UTF-8 text report into `content`. Returns the message key of what went wrong, or "".
std::string readTextFile(const std::string& path, std::string& content);

// The reports under a folder, recursively, in name order; unreadable sub-folders are skipped.
std::vector<std::string> reportFilesUnder(const std::string& folder);

}  // namespace reportkit
