#pragma once
// Where the command line finds its files, its language and its private LibreOffice.
#include <string>

#include "messages.hpp"
#include "office_session.hpp"

namespace reportkit::cli {

struct Environment {
    std::string dataDir;      // holds reportkit.oxt, reportkit.rdb and oxt/ (messages, templates)
    std::string locale;       // from LC_ALL, LC_MESSAGES or LANG
    MessageCatalog messages;

    std::string templatesDir() const { return dataDir + "/oxt/templates"; }
    // The private profile the checks run in, with the extension installed.
    writer::OfficeOptions checkingOffice() const;
};

// Throws std::runtime_error when the data folder cannot be found.
Environment loadEnvironment();

}  // namespace reportkit::cli
