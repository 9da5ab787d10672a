#include "utf8.hpp"

namespace reportkit::utf8 {


std::string encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::size_t firstInvalid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t before = pos;
        if (next(text, pos) == U'\uFFFD' && pos == before + 1 &&
            static_cast<unsigned char>(text[before]) >= 0x80)
            return before;
    }
    return std::string_view::npos;
}

bool isValid(std::string_view text) { return firstInvalid(text) == std::string_view::npos; }

std::size_t utf16Length(std::string_view text) {
    std::size_t units = 0;
    for (std::size_t pos = 0; pos < text.size();) units += next(text, pos) > 0xFFFF ? 2 : 1;
    return units;
}

std::size_t byteOffset(std::string_view text, std::size_t utf16Offset) {
    std::size_t units = 0;
    std::size_t pos = 0;
    while (pos < text.size() && units < utf16Offset) units += next(text, pos) > 0xFFFF ? 2 : 1;
    return pos;
}

std::string prefix(std::string_view text, std::size_t count) {
    std::size_t pos = 0;
    for (std::size_t n = 0; n < count && pos < text.size(); ++n) next(text, pos);
    return std::string(text.substr(0, pos));
}

}  // namespace reportkit::utf8
