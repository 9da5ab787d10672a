#pragma once
// Small UTF-8 helpers the rules share. Offsets in fixes are UTF-16 code units, as Writer counts.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit::utf8 {

bool isValid(std::string_view text);
// The byte offset of the first malformed sequence, or npos when the text is valid UTF-8.
std::size_t firstInvalid(std::string_view text);

// Number of UTF-16 code units the UTF-8 text takes (a character outside the BMP counts two).
std::size_t utf16Length(std::string_view text);

// The byte offset in UTF-8 text of a UTF-16 offset; the text's size when it lies beyond.
std::size_t byteOffset(std::string_view text, std::size_t utf16Offset);

// byteOffset of each of several UTF-16 offsets, in any order, in one walk of the text.
std::vector<std::size_t> byteOffsets(std::string_view text, const std::vector<std::size_t>& utf16Offsets);

// The first `count` code points of the text (all of it when shorter), for a paragraph's opening words.
std::string prefix(std::string_view text, std::size_t count);

// The UTF-8 bytes of one code point.
std::string encode(char32_t cp);

// Length of the sequence a lead byte starts, 0 if it cannot start one.
inline std::size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Decodes one code point at `pos`; advances `pos`. Returns U+FFFD on a malformed sequence.
// Inline: every rule walks its paragraphs with it.
inline char32_t next(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    const std::size_t length = sequenceLength(lead);
    if (length == 0 || pos + length > text.size()) {
        ++pos;
        return U'\uFFFD';
    }
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + i]);
        if ((byte & 0xC0) != 0x80) {
            ++pos;
            return U'\uFFFD';
        }
        cp = (cp << 6) | (byte & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) {
        ++pos;
        return U'\uFFFD';
    }
    pos += length;
    return cp;
}

}  // namespace reportkit::utf8
