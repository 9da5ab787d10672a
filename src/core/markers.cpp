#include "markers.hpp"

#include <array>

namespace reportkit {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"〇", "一", "二", "三", "四",
                                                      "五", "六", "七", "八", "九"};
constexpr std::string_view kTen = "十";

std::optional<int> digitAt(std::string_view text, std::size_t& bytes) {
    for (int value = 1; value <= 9; ++value) {
        if (text.substr(0, kDigits[value].size()) == kDigits[value]) {
            bytes = kDigits[value].size();
            return value;
        }
    }
    return std::nullopt;
}

// Separators people type after a level-1 numeral instead of the ideographic comma.
constexpr std::array<std::string_view, 8> kLevel1Separators = {"、", ".", "．", "，", ",", "：", ":", "。"};

}  // namespace

std::string chineseNumeral(int value) {
    if (value < 1 || value > 99) return {};
    const int tens = value / 10;
    const int units = value % 10;
    std::string result;
    if (tens > 1) result += kDigits[tens];
    if (tens > 0) result += kTen;
    if (units > 0) result += kDigits[units];
    return result;
}

std::optional<int> parseChineseNumeral(std::string_view text, std::size_t& bytes) {
    std::size_t used = 0;
    int tens = 0;
    std::size_t digitBytes = 0;
    auto first = digitAt(text, digitBytes);
    if (first) {
        used = digitBytes;
        if (text.substr(used, kTen.size()) != kTen) {
            bytes = used;
            return first;  // 一 … 九
        }
        if (*first == 1) return std::nullopt;  // "一十" is not how numbers are written
        tens = *first;
    } else if (text.substr(0, kTen.size()) == kTen) {
        tens = 1;
        used = 0;
    } else {
        return std::nullopt;
    }
    used += kTen.size();
    int units = 0;
    if (auto unit = digitAt(text.substr(used), digitBytes)) {
        units = *unit;
        used += digitBytes;
    }
    bytes = used;
    return tens * 10 + units;
}

std::optional<Marker> findMarker(std::string_view paragraph) {
    std::size_t numeralBytes = 0;
    const auto number = parseChineseNumeral(paragraph, numeralBytes);
    if (!number) return std::nullopt;
    const std::string_view rest = paragraph.substr(numeralBytes);
    for (std::string_view separator : kLevel1Separators) {
        if (rest.substr(0, separator.size()) != separator) continue;
        Marker marker;
        marker.level = 1;
        marker.number = *number;
        marker.text = std::string(paragraph.substr(0, numeralBytes + separator.size()));
        marker.standard = chineseNumeral(*number) + "、";
        return marker;
    }
    return std::nullopt;
}

}  // namespace reportkit
