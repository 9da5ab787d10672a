#include "environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace reportkit::cli {

namespace fs = std::filesystem;

namespace {

std::string variable(const char* name, const std::string& fallback = {}) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

std::string userLocale() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (std::string value = variable(name); !value.empty()) return value;
    return "en";
}

// The build tree keeps everything beside the executable; REPORTKIT_DATA_DIR overrides.
std::string findDataDir() {
    std::vector<fs::path> candidates;
    if (std::string configured = variable("REPORTKIT_DATA_DIR"); !configured.empty()) candidates.push_back(configured);
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        candidates.push_back(executable.parent_path());
        candidates.push_back(executable.parent_path().parent_path() / "share" / "reportkit");
    }
    for (const fs::path& candidate : candidates)
        if (fs::is_directory(candidate / "oxt" / "messages")) return candidate.string();
    throw std::runtime_error("reportkit: cannot find its data folder (oxt/messages) beside the program; "
                             "set REPORTKIT_DATA_DIR");
}

}  // namespace

writer::OfficeOptions Environment::checkingOffice() const {
    writer::OfficeOptions options;
    options.programDir = variable("REPORTKIT_OFFICE_PROGRAM", REPORTKIT_OFFICE_PROGRAM);
    const std::string cache = variable("XDG_CACHE_HOME", variable("HOME", "/tmp") + "/.cache");
    options.profileDir = variable("REPORTKIT_OFFICE_PROFILE", cache + "/reportkit/office");
    options.extension = dataDir + "/reportkit.oxt";
    options.typeLibrary = dataDir + "/reportkit.rdb";
    return options;
}

Environment loadEnvironment() {
    Environment environment;
    environment.dataDir = findDataDir();
    environment.locale = userLocale();
    environment.messages = MessageCatalog::load(environment.dataDir + "/oxt/messages", environment.locale);
    return environment;
}

}  // namespace reportkit::cli
