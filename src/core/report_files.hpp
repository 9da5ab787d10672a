#pragma once
// Which files are reports to check: the formats LibreOffice reads for us, and plain text.
#include <filesystem>
#include <string>
#include <vector>

namespace reportkit {

// .odt .fodt .ott .docx .doc .rtf .wps (any case), read through LibreOffice.
bool isOfficeReport(const std::filesystem::path& path);
// .txt: UTF-8, one paragraph a line, read by the core directly.
bool isTextReport(const std::filesystem::path& path);
// Office's owner and lock files ("~$x.docx", ".~lock.x.docx#") are not reports.
bool isOfficeScratchFile(const std::filesystem::path& path);

// Reads a UTF-8 text report into `content`. Returns the message key of what went wrong, or "".
std::string readTextFile(const std::string& path, std::string& content);

// The reports under a folder, recursively, in name order; unreadable sub-folders are skipped.
std::vector<std::string> reportFilesUnder(const std::string& folder);

}  // namespace reportkit
