#include "utf8.hpp"

#include <algorithm>
#include <numeric>

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
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    std::size_t units = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        // Most characters are ASCII or three bytes led by E1–EC or EE–EF (Chinese, full-width
        // forms), which are well formed whatever their continuation bytes: one unit each, counted
        // without decoding. E0 and ED leads can be overlong or surrogates: decoded.
        const unsigned char lead = byte(pos);
        if (lead < 0x80) {
            ++units;
            ++pos;
        } else if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && pos + 2 < text.size() && (byte(pos + 1) & 0xC0) == 0x80 &&
                   (byte(pos + 2) & 0xC0) == 0x80) {
            ++units;
            pos += 3;
        } else {
            units += next(text, pos) > 0xFFFF ? 2 : 1;
        }
    }
    return units;
}

std::size_t byteOffset(std::string_view text, std::size_t utf16Offset) {
    std::size_t units = 0;
    std::size_t pos = 0;
    while (pos < text.size() && units < utf16Offset) units += next(text, pos) > 0xFFFF ? 2 : 1;
    return pos;
}

std::vector<std::size_t> byteOffsets(std::string_view text, const std::vector<std::size_t>& utf16Offsets) {
    std::vector<std::size_t> order(utf16Offsets.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return utf16Offsets[a] < utf16Offsets[b]; });
    std::vector<std::size_t> result(utf16Offsets.size());
    std::size_t units = 0;
    std::size_t pos = 0;
    for (const std::size_t index : order) {
        while (pos < text.size() && units < utf16Offsets[index]) units += next(text, pos) > 0xFFFF ? 2 : 1;
        result[index] = pos;
    }
    return result;
}

std::string prefix(std::string_view text, std::size_t count) {
    std::size_t pos = 0;
    for (std::size_t n = 0; n < count && pos < text.size(); ++n) next(text, pos);
    return std::string(text.substr(0, pos));
}

}  // namespace reportkit::utf8
