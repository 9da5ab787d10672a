#include "text_files.hpp"

#include <fstream>
#include <sstream>

#include "utf8.hpp"

namespace reportkit::cli {

std::string readTextFile(const std::string& path, std::string& content) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) return "document.error.unreadable";
    content = buffer.str();
    return utf8::isValid(content) ? "" : "document.error.not-utf8";
}

}  // namespace reportkit::cli
