#include "report_files.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

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

std::string readTextFile(const std::string& path, std::string& content) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) return "document.error.unreadable";
    content = buffer.str();
    return utf8::isValid(content) ? "" : "document.error.not-utf8";
}

std::vector<std::string> reportFilesUnder(const std::string& folder) {
    std::vector<std::string> found;
    std::error_code error;
    for (auto entry = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, error);
         entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        const fs::path& path = entry->path();
        if (entry->is_regular_file(error) && !isOfficeScratchFile(path) && (isOfficeReport(path) || isTextReport(path)))
            found.push_back(path.string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace reportkit
