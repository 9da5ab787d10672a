#pragma once
// Recognition of section-number markers at the start of a paragraph, in the standard forms of a
// numbering scheme and in the variants people type instead.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbering_scheme.hpp"

namespace reportkit {

// A space that lays text out rather than writes it: half-width, tab, ideographic (　), no-break.
bool isLayoutSpace(char32_t cp);

// 1..999 as Chinese numerals: 一 … 十 十一 … 二十 … 九十九 一百 一百零一 …. Empty for other values.
std::string chineseNumeral(int value);
// 1..9 for 一 … 九, 0 for any other character.
int chineseDigitValue(char32_t cp);

// Parses a Chinese numeral (1..999) at the start of `text`; sets `bytes` to its length.
std::optional<int> parseChineseNumeral(std::string_view text, std::size_t& bytes);

enum class MarkerForm {
    numeralComma,  // 一、
    numeralParen,  // （一）
    digitStop,     // 1.
    digitParen,    // （1）
    circled,       // ① — not one of GB/T 9704's forms
    enumeration,   // 第一， opening an in-paragraph enumeration; not a structure level
    chapter,       // 第一章
    section,       // 第一节
    article,       // 第一条
    decimal,       // 1.2.3
};

struct Marker {
    MarkerForm form = MarkerForm::numeralComma;
    int level = 0;           // 1..4 for a structure level; 0 for an enumeration; 5 for a circled number below level 4
    int number = 0;          // the last number: 3 in "（三）" and in "1.2.3"
    std::vector<int> path;   // every number, for decimal markers
    std::size_t offset = 0;  // bytes of indentation before the marker
    std::string text;        // the marker as written, with any spaces after it
    std::string standard;    // the scheme's form for this level and number; "" where there is none

    bool isStandard() const { return standard.empty() || text == standard; }
};

// The marker a paragraph (or an automatic list label) starts with, after any indentation. Text
// such as "一是", "十九届", "（2021年12月）", "（试行）" or "2.5倍" is not a marker; "1.2022年底前" is
// item 1 opening with a date.
std::optional<Marker> findMarker(std::string_view paragraph, const NumberingScheme& scheme);

// A level-3 marker followed directly by a figure — "3.5亿元…", "1.5倍" — which findMarker takes for a
// number: it is item 3 opening with a figure only where the count around it says so (numbering.cpp).
std::optional<Marker> findFigureLedMarker(std::string_view paragraph, const NumberingScheme& scheme);

// The standard marker of a level and number in a scheme, e.g. (2, 3) → "（三）" in GB/T 9704.
std::string standardMarker(const NumberingScheme& scheme, int level, int number);

// The heading sentence of a run-in heading: the text after the marker up to and including the
// first "。"; the whole rest when there is none.
std::string_view headingSentence(std::string_view paragraph, const Marker& marker);

}  // namespace reportkit
