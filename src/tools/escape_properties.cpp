// escape_properties IN OUT: copies a UTF-8 .properties file, writing every character outside
// printable ASCII as \uXXXX (UTF-16), the only form LibreOffice's string resources read.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "utf8.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: escape_properties IN OUT\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    if (!in || !reportkit::utf8::isValid(text)) {
        std::cerr << argv[1] << ": cannot be read as UTF-8\n";
        return 1;
    }
    std::string out;
    char escape[16];
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = reportkit::utf8::next(text, pos);
        if (cp == '\n' || cp == '\r' || (cp >= 0x20 && cp < 0x7F)) {
            out += static_cast<char>(cp);
            continue;
        }
        if (cp > 0xFFFF) {  // a surrogate pair
            cp -= 0x10000;
            std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(0xD800 + (cp >> 10)));
            out += escape;
            cp = 0xDC00 + (cp & 0x3FF);
        }
        std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(cp));
        out += escape;
    }
    std::ofstream(argv[2], std::ios::binary) << out;
    return 0;
}
