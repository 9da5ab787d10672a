#include "environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <langinfo.h>
#include <locale.h>

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

// LibreOffice turns a file URL back into a name through its locale's character set: with LANG
// unset, C, or a locale that is not installed, that is ASCII and no Chinese name can be opened. The
// offices we start inherit a UTF-8 character set then (the messages' language is unchanged: it is
// chosen from the variables read before, and passed to the checker explicitly).
void giveOfficesUtf8FileNames() {
    const locale_t user = newlocale(LC_CTYPE_MASK, "", static_cast<locale_t>(0));
    const std::string codeset = user ? nl_langinfo_l(CODESET, user) : "";
    if (user) freelocale(user);
    if (codeset == "UTF-8") return;
    setenv(variable("LC_ALL").empty() ? "LC_CTYPE" : "LC_ALL", "C.UTF-8", 1);
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
    giveOfficesUtf8FileNames();
    return environment;
}

}  // namespace reportkit::cli
