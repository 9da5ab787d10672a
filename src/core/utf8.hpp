#pragma once
// Small UTF-8 helpers the rules share. Offsets in fixes are UTF-16 code units, as Writer counts.
#include <cstddef>
#include <string>
#include <string_view>

namespace reportkit::utf8 {

bool isValid(std::string_view text);

// Number of UTF-16 code units the UTF-8 text takes (a character outside the BMP counts two).
std::size_t utf16Length(std::string_view text);

// The byte offset in UTF-8 text of a UTF-16 offset; the text's size when it lies beyond.
std::size_t byteOffset(std::string_view text, std::size_t utf16Offset);

// The first `count` code points of the text (all of it when shorter), for a paragraph's opening words.
std::string prefix(std::string_view text, std::size_t count);

// The UTF-8 bytes of one code point.
std::string encode(char32_t cp);

// Decodes one code point at `pos`; advances `pos`. Returns U+FFFD on a malformed sequence.
char32_t next(std::string_view text, std::size_t& pos);

}  // namespace reportkit::utf8
