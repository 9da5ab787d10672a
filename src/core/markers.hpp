#pragma once
// Recognition of section-number markers at the start of a paragraph (GB/T 9704-2012).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

// 1..99 as Chinese numerals: 一 … 十 十一 … 二十 … 九十九. Empty for other values.
std::string chineseNumeral(int value);

// Parses a Chinese numeral (1..99) at the start of `text`; sets `bytes` to its length.
std::optional<int> parseChineseNumeral(std::string_view text, std::size_t& bytes);

struct Marker {
    int level = 0;           // 1 for 一、 (more levels come with the numbering issue)
    int number = 0;          // the value of the numeral
    std::string text;        // the marker as written, e.g. "一."
    std::string standard;    // the marker in GB/T 9704 form, e.g. "一、"
    bool isStandard() const { return text == standard; }
};

// The marker a paragraph starts with, if any. Text such as "一是" or "十九届" is not a marker.
std::optional<Marker> findMarker(std::string_view paragraph);

}  // namespace reportkit
