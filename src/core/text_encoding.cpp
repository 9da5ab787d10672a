#include "text_encoding.hpp"

#include <cerrno>
#include <iconv.h>

#include "utf8.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kUtf8Mark = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeMark = "\xFF\xFE";
constexpr std::string_view kUtf16BeMark = "\xFE\xFF";

// UTF-16 code units (two bytes each, in the given order) to UTF-8; nothing for an odd length or
// a lone surrogate.
std::optional<std::string> fromUtf16(std::string_view bytes, bool littleEndian) {
    if (bytes.size() % 2 != 0) return std::nullopt;
    const auto unit = [&](std::size_t i) {
        const auto lo = static_cast<unsigned char>(bytes[i + (littleEndian ? 0 : 1)]);
        const auto hi = static_cast<unsigned char>(bytes[i + (littleEndian ? 1 : 0)]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    std::string text;
    text.reserve(bytes.size() * 3 / 2);
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 2 >= bytes.size()) return std::nullopt;
            const char32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return std::nullopt;
        }
        text += utf8::encode(cp);
    }
    return text;
}

std::string toUtf16(std::string_view text, bool littleEndian) {
    std::string bytes;
    const auto put = [&](char32_t unit) {
        const char lo = static_cast<char>(unit & 0xFF), hi = static_cast<char>(unit >> 8);
        bytes += littleEndian ? lo : hi;
        bytes += littleEndian ? hi : lo;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::next(text, pos);
        if (cp >= 0x10000) {
            put(0xD800 + ((cp - 0x10000) >> 10));
            put(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            put(cp);
        }
    }
    return bytes;
}

// Through the C library's iconv, which knows GB18030 whole; nothing when a byte sequence or a
// character has no form in the other encoding.
std::optional<std::string> convert(std::string_view bytes, const char* from, const char* to) {
    const iconv_t converter = iconv_open(to, from);
    if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string result;
    std::string buffer(4096, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    bool failed = false;
    while (inLeft > 0 && !failed) {
        char* out = buffer.data();
        std::size_t outLeft = buffer.size();
        if (iconv(converter, &in, &inLeft, &out, &outLeft) == static_cast<std::size_t>(-1) && errno != E2BIG) failed = true;
        result.append(buffer.data(), buffer.size() - outLeft);
    }
    iconv_close(converter);
    if (failed) return std::nullopt;
    return result;
}

}  // namespace

std::optional<DecodedText> decodeText(std::string_view bytes) {
    const auto startsWith = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
    if (startsWith(kUtf8Mark)) {
        if (!utf8::isValid(bytes.substr(kUtf8Mark.size()))) return std::nullopt;
        return DecodedText{std::string(bytes.substr(kUtf8Mark.size())), "UTF-8", true};
    }
    for (const bool little : {true, false})
        if (startsWith(little ? kUtf16LeMark : kUtf16BeMark)) {
            auto text = fromUtf16(bytes.substr(2), little);
            if (!text) return std::nullopt;
            return DecodedText{std::move(*text), little ? "UTF-16LE" : "UTF-16BE", true};
        }
    if (utf8::isValid(bytes)) return DecodedText{std::string(bytes), "UTF-8", false};
    if (auto text = convert(bytes, "GB18030", "UTF-8")) return DecodedText{std::move(*text), "GB18030", false};
    return std::nullopt;
}

std::optional<std::string> encodeText(std::string_view text, const DecodedText& as) {
    if (as.encoding == "UTF-8") return (as.byteOrderMark ? std::string(kUtf8Mark) : std::string()) + std::string(text);
    if (as.encoding == "UTF-16LE" || as.encoding == "UTF-16BE") {
        const bool little = as.encoding == "UTF-16LE";
        return std::string(little ? kUtf16LeMark : kUtf16BeMark) + toUtf16(text, little);
    }
    return convert(text, "UTF-8", as.encoding.c_str());
}

}  // namespace reportkit
