#include "report_files.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "file_access.hpp"
#include "text_encoding.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace fs = std::filesystem;

std::string lowerExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension;
}

bool isOfficeReport(const fs::path& path) {
    static const std::array<std::string, 7> kinds = {".odt", ".fodt", ".ott", ".docx", ".doc", ".rtf", ".wps"};
    return std::find(kinds.begin(), kinds.end(), lowerExtension(path)) != kinds.end();
}

bool isTextReport(const fs::path& path) { return lowerExtension(path) == ".txt"; }

bool isOfficeScratchFile(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.rfind("~$", 0) == 0 || name.rfind(".~lock.", 0) == 0;
}

bool isEmptyFile(const std::string& path) {
    std::error_code error;
    return fs::file_size(path, error) == 0 && !error;
}

Candidate classifyCandidate(const std::string& path) {
    const bool text = isTextReport(path);
    if (!text && !isOfficeReport(path)) return {CandidateKind::unreadable, "document.error.unsupported"};
    if (std::string problem = unreadableFileProblem(path); !problem.empty()) return {CandidateKind::unreadable, problem};
    if (isEmptyFile(path)) return {CandidateKind::unreadable, "document.error.empty"};
    return {text ? CandidateKind::text : CandidateKind::office, {}};
}

Candidate classifyCandidate(const FoundFile& found) {
    if (!found.problem.empty()) return {CandidateKind::unreadable, found.problem};
    return classifyCandidate(found.path);
}

std::string readTextFile(const std::string& path, std::string& content, DecodedText* decoded) {
    std::string bytes;
    if (std::string problem = readRegularFile(path, bytes, kMaximumTextBytes); !problem.empty()) return problem;
    if (bytes.empty()) return "document.error.empty";
    std::optional<DecodedText> text = decodeText(bytes);
    if (!text) return "document.error.encoding";
    content = text->utf8;
    if (decoded) *decoded = std::move(*text);
    return {};
}

namespace {

bool isCandidateName(const fs::path& path) {
    return !isOfficeScratchFile(path) && (isOfficeReport(path) || isTextReport(path));
}

std::string folderProblem(const std::error_code& error) {
    return error == std::errc::permission_denied ? "file.error.folder-no-permission" : "file.error.folder-unlisted";
}

void collectCandidates(const fs::path& folder, std::vector<FoundFile>& found) {
    std::error_code error;
    fs::directory_iterator entries(folder, error);
    if (error) {
        found.push_back({folder.string(), folderProblem(error)});
        return;
    }
    for (; entries != fs::directory_iterator(); entries.increment(error)) {
        const fs::directory_entry& entry = *entries;
        std::error_code statusError;
        // symlink_status: a link to a folder is a candidate (if so named), never searched.
        if (fs::is_directory(entry.symlink_status(statusError))) collectCandidates(entry.path(), found);
        else if (isCandidateName(entry.path())) found.push_back({entry.path().string(), {}});
    }
    if (error) found.push_back({folder.string(), folderProblem(error)});
}

}  // namespace

std::vector<FoundFile> reportCandidatesUnder(const std::string& folder) {
    std::vector<FoundFile> found;
    collectCandidates(folder, found);
    std::sort(found.begin(), found.end(), [](const FoundFile& a, const FoundFile& b) { return a.path < b.path; });
    return found;
}

std::string reportFileName(const fs::path& checked, const std::tm& when, std::string_view extension,
                           const MessageCatalog& messages) {
    fs::path named = checked.lexically_normal();
    if (!named.has_filename()) named = named.parent_path();  // "docs/" is "docs"
    std::error_code noCurrentFolder;  // then "." keeps no name
    if (named.empty() || named.filename() == "." || named.filename() == "..")
        named = fs::absolute(named, noCurrentFolder).lexically_normal();
    if (!named.has_filename()) named = named.parent_path();
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &when);
    const std::string name = fs::is_directory(checked) ? named.filename().string() : named.stem().string();
    return (name.empty() ? messages.format("report.file-name.unnamed", {{"time", stamp}})
                         : messages.format("report.file-name", {{"name", name}, {"time", stamp}})) +
           std::string(extension);
}

std::string reportFileName(const fs::path& checked, std::string_view extension, const MessageCatalog& messages) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return reportFileName(checked, local, extension, messages);
}

}  // namespace reportkit
