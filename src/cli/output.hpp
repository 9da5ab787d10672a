#pragma once
#include <string>

#include "messages.hpp"

namespace reportkit::cli {

// Writes to standard output when `file` is empty; otherwise to a temporary file beside it that
// then replaces it, so a reader never sees half a report. Throws CommandFailure when it cannot.
void writeOutput(const std::string& file, const std::string& content, const MessageCatalog& messages);

}  // namespace reportkit::cli
