#pragma once
#include <string>

namespace reportkit::cli {

// Reads a UTF-8 text file into `content`. Returns the message key of what went wrong, or "".
std::string readTextFile(const std::string& path, std::string& content);

}  // namespace reportkit::cli
