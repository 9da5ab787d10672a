#include "markers.hpp"

#include <algorithm>

#include <array>
#include <initializer_list>

#include "utf8.hpp"

namespace reportkit {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::string_view kTen = "十";
constexpr std::string_view kHundred = "百";
constexpr std::string_view kZero = "零";

// A small reader over UTF-8 text that can look ahead and step back.
class Cursor {
public:
    explicit Cursor(std::string_view text, std::size_t pos = 0) : text_(text), pos_(pos) {}
    std::size_t pos() const { return pos_; }
    bool atEnd() const { return pos_ >= text_.size(); }
    char32_t peek() const {
        if (atEnd()) return 0;
        std::size_t pos = pos_;
        return utf8::next(text_, pos);
    }
    char32_t take() { return atEnd() ? 0 : utf8::next(text_, pos_); }
    bool takeIf(char32_t cp) {
        if (peek() != cp) return false;
        take();
        return true;
    }
    template <std::size_t N>
    char32_t takeAnyOf(const std::array<char32_t, N>& set) {
        if (atEnd()) return 0;
        std::size_t after = pos_;
        const char32_t cp = utf8::next(text_, after);  // decoded once, whatever the set's size
        if (std::find(set.begin(), set.end(), cp) == set.end()) return 0;
        pos_ = after;
        return cp;
    }
    std::string_view rest() const { return text_.substr(std::min(pos_, text_.size())); }
    void advance(std::size_t bytes) { pos_ += bytes; }
    std::size_t skipSpaces() {
        // A layout space's first byte is one of these: most markers have no space to skip.
        if (atEnd() || std::string_view(" \t\xC2\xE3").find(text_[pos_]) == std::string_view::npos) return 0;
        const std::size_t start = pos_;
        while (isLayoutSpace(peek())) take();
        return pos_ - start;
    }

private:
    std::string_view text_;
    std::size_t pos_;
};

// The digit 一 … 九 that opens the text, decoded once rather than compared with each digit.
std::optional<int> digitAt(std::string_view text, std::size_t& bytes) {
    if (text.empty()) return std::nullopt;
    std::size_t end = 0;
    const int value = chineseDigitValue(utf8::next(text, end));
    if (value == 0) return std::nullopt;
    bytes = end;
    return value;
}

bool isDigit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
bool isChineseDigit(char32_t cp) {
    for (char32_t digit : {U'〇', U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'百', U'零'})
        if (cp == digit) return true;
    return false;
}

// Arabic digits, half- or full-width, at most three. Sets `fullWidth` when any is full-width.
std::optional<int> takeDigits(Cursor& cursor, bool& fullWidth) {
    int value = 0;
    int count = 0;
    fullWidth = false;
    while (isDigit(cursor.peek()) && count < 4) {
        const char32_t cp = cursor.take();
        fullWidth = fullWidth || cp >= U'０';
        value = value * 10 + static_cast<int>(cp >= U'０' ? cp - U'０' : cp - U'0');
        ++count;
    }
    if (count == 0 || count > 3 || value == 0) return std::nullopt;
    return value;
}

std::optional<int> takeNumeral(Cursor& cursor) {
    std::size_t bytes = 0;
    const auto value = parseChineseNumeral(cursor.rest(), bytes);
    if (value) cursor.advance(bytes);
    return value;
}

constexpr std::array<char32_t, 2> kOpen = {U'（', U'('};
constexpr std::array<char32_t, 2> kClose = {U'）', U')'};

Marker makeMarker(MarkerForm form, int level, int number, std::string_view text, std::size_t offset,
                  std::size_t end, std::string standard) {
    Marker marker;
    marker.form = form;
    marker.level = level;
    marker.number = number;
    marker.offset = offset;
    marker.text = std::string(text.substr(offset, end - offset));
    marker.standard = std::move(standard);
    return marker;
}

// （一） （1） and their variants: half-width or mixed brackets, spaces inside, a stop after.
std::optional<Marker> bracketed(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    Cursor cursor(text, offset);
    if (!cursor.takeAnyOf(kOpen)) return std::nullopt;
    cursor.skipSpaces();
    bool fullWidth = false;
    std::optional<int> number = takeNumeral(cursor);
    const bool chinese = number.has_value();
    if (!chinese) number = takeDigits(cursor, fullWidth);
    if (!number) return std::nullopt;
    cursor.skipSpaces();
    if (!cursor.takeAnyOf(kClose)) return std::nullopt;
    cursor.takeAnyOf(std::array<char32_t, 5>{U'、', U'.', U'．', U'，', U','});
    cursor.skipSpaces();
    const int level = chinese ? 2 : 4;
    return makeMarker(chinese ? MarkerForm::numeralParen : MarkerForm::digitParen, level, *number, text, offset,
                      cursor.pos(), standardMarker(scheme, level, *number));
}

// ㈠ … ㈩ for level 2, ⑴ … ⒇ for level 4, ① … ⑳ (no GB/T level; the analysis places it).
std::optional<Marker> enclosed(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    Cursor cursor(text, offset);
    const char32_t cp = cursor.take();
    int level = 0;
    int number = 0;
    MarkerForm form = MarkerForm::numeralParen;
    if (cp >= U'㈠' && cp <= U'㈩') {
        level = 2;
        number = static_cast<int>(cp - U'㈠') + 1;
    } else if (cp >= U'⑴' && cp <= U'⒇') {
        level = 4;
        number = static_cast<int>(cp - U'⑴') + 1;
        form = MarkerForm::digitParen;
    } else if (cp >= U'①' && cp <= U'⑳') {
        level = 4;
        number = static_cast<int>(cp - U'①') + 1;
        form = MarkerForm::circled;
    } else {
        return std::nullopt;
    }
    cursor.takeAnyOf(std::array<char32_t, 3>{U'、', U'.', U'．'});
    cursor.skipSpaces();
    return makeMarker(form, level, number, text, offset, cursor.pos(), standardMarker(scheme, level, number));
}

// 第一， (an enumeration item), and in the regulation scheme 第一章 第一节 第一条.
std::optional<Marker> ordinal(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    Cursor cursor(text, offset);
    if (!cursor.takeIf(U'第')) return std::nullopt;
    bool fullWidth = false;
    std::optional<int> number = takeNumeral(cursor);
    const bool chinese = number.has_value();
    if (!chinese) number = takeDigits(cursor, fullWidth);
    if (!number) return std::nullopt;
    if (scheme.kind == SchemeKind::regulation) {
        const char32_t unit = cursor.takeAnyOf(std::array<char32_t, 3>{U'章', U'节', U'条'});
        if (!unit) return std::nullopt;
        const int level = unit == U'章' ? 1 : unit == U'节' ? 2 : 3;
        const MarkerForm form = level == 1 ? MarkerForm::chapter : level == 2 ? MarkerForm::section : MarkerForm::article;
        const std::size_t end = cursor.pos();
        cursor.skipSpaces();
        Marker marker = makeMarker(form, level, *number, text, offset, cursor.pos(), standardMarker(scheme, level, *number));
        // The space after 第一条 is layout, not numbering: only the numeral's form is checked.
        if (chinese) marker.standard = marker.text;
        else marker.standard = standardMarker(scheme, level, *number) + std::string(text.substr(end, cursor.pos() - end));
        return marker;
    }
    if (!chinese) return std::nullopt;
    const char32_t stop = cursor.takeAnyOf(std::array<char32_t, 5>{U'，', U'、', U',', U'.', U'．'});
    // "第一、二季度" counts quarters; it does not enumerate.
    if (!stop || isChineseDigit(cursor.peek())) return std::nullopt;
    cursor.skipSpaces();
    return makeMarker(MarkerForm::enumeration, 0, *number, text, offset, cursor.pos(), "第" + chineseNumeral(*number) + "，");
}

// 一、 and its variants 一. 一． 一， 一, 一： 一: 一。 and "一 " before the heading.
std::optional<Marker> numeralComma(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    Cursor cursor(text, offset);
    const auto number = takeNumeral(cursor);
    if (!number) return std::nullopt;
    const char32_t stop = cursor.takeAnyOf(std::array<char32_t, 8>{U'、', U'.', U'．', U'，', U',', U'：', U':', U'。'});
    const std::size_t spaces = cursor.skipSpaces();
    if (!stop && (spaces == 0 || cursor.atEnd())) return std::nullopt;
    if (stop == U'、' && isChineseDigit(cursor.peek())) return std::nullopt;  // "一、二等奖"
    return makeMarker(MarkerForm::numeralComma, 1, *number, text, offset, cursor.pos(), standardMarker(scheme, 1, *number));
}

// A year opening an item's text: "2022年" after "1." is a date, never the rest of a decimal number.
bool opensWithYear(std::string_view text) {
    Cursor cursor(text);
    int digits = 0;
    while (digits < 5 && isDigit(cursor.peek())) {
        cursor.take();
        ++digits;
    }
    return digits == 4 && cursor.peek() == U'年';
}

// What follows a level-3 number's stop: "1.学习" a marker; "1.2022年" a marker opening with a date;
// "2.5倍" or "3.12" a figure, which is an item opening with a figure only where the count says so.
enum class AfterStop { text, year, figure };

// 1. and its variants 1． 1、 1， 1, 1) 1）, with full-width digits too; `figure` says whether a
// figure may follow the stop ("3.5亿元" read as item 3).
std::optional<Marker> digitStop(std::string_view text, std::size_t offset, const NumberingScheme& scheme, bool figure) {
    Cursor cursor(text, offset);
    bool fullWidth = false;
    const auto number = takeDigits(cursor, fullWidth);
    if (!number) return std::nullopt;
    const char32_t stop = cursor.takeAnyOf(std::array<char32_t, 7>{U'.', U'．', U'、', U'，', U',', U')', U'）'});
    if (!stop) return std::nullopt;
    const AfterStop after = !isDigit(cursor.peek()) ? AfterStop::text
                            : opensWithYear(cursor.rest()) ? AfterStop::year
                                                           : AfterStop::figure;
    if ((after == AfterStop::figure) != figure) return std::nullopt;
    cursor.skipSpaces();
    // Where the scheme accepts either stop, 1． is as standard as 1.; full-width digits are not.
    const bool ownStop = scheme.kind == SchemeKind::gbt9704 && scheme.level3Stop.empty() && stop == U'．' && !fullWidth;
    return makeMarker(MarkerForm::digitStop, 3, *number, text, offset, cursor.pos(),
                      ownStop ? std::to_string(*number) + "．" : standardMarker(scheme, 3, *number));
}

std::optional<Marker> textDigitStop(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    return digitStop(text, offset, scheme, false);
}

// 1 / 1.1 / 1.1.1 followed by a space, for the decimal scheme.
std::optional<Marker> decimal(std::string_view text, std::size_t offset, const NumberingScheme& scheme) {
    Cursor cursor(text, offset);
    std::vector<int> path;
    bool fullWidth = false;
    while (true) {
        const auto number = takeDigits(cursor, fullWidth);
        // Deeper than any report numbers ("1.1.1.1.1.1.1.1.1.1…" running on through a paragraph).
        if (!number || *number > 99 || path.size() >= 9) return std::nullopt;
        path.push_back(*number);
        if (!(cursor.peek() == U'.' && isDigit(Cursor(cursor.rest(), 1).peek()))) break;
        cursor.take();
    }
    if (cursor.skipSpaces() == 0 || cursor.atEnd()) return std::nullopt;
    Marker marker = makeMarker(MarkerForm::decimal, static_cast<int>(path.size()), path.back(), text, offset,
                               cursor.pos(), "");
    marker.path = std::move(path);
    marker.standard = marker.text;  // layout is free in technical reports; only the numbers are checked
    (void)scheme;
    return marker;
}

}  // namespace

int chineseDigitValue(char32_t cp) {
    switch (cp) {
        case U'一': return 1;
        case U'二': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return 0;
    }
}

bool isLayoutSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

namespace {

std::string composeChineseNumeral(int value) {
    const int hundreds = value / 100;
    const int tens = value / 10 % 10;
    const int units = value % 10;
    std::string result;
    if (hundreds > 0) {
        result += std::string(kDigits[hundreds]) + std::string(kHundred);
        if (tens == 0 && units > 0) result += kZero;
    }
    if (tens > 1 || (tens == 1 && hundreds > 0)) result += kDigits[tens];
    if (tens > 0) result += kTen;
    if (units > 0) result += kDigits[units];
    return result;
}

// Composed once: every marker found is given its standard form, which names its number.
const std::string& numeralText(int value) {
    static const std::array<std::string, 1000> kNumerals = [] {
        std::array<std::string, 1000> numerals;
        for (int n = 1; n < 1000; ++n) numerals[n] = composeChineseNumeral(n);
        return numerals;
    }();
    return kNumerals[value >= 1 && value <= 999 ? value : 0];
}

// The text of a marker: its parts appended to one string, without a temporary for each.
std::string joined(std::initializer_list<std::string_view> parts) {
    std::string text;
    for (const std::string_view part : parts) text += part;
    return text;
}

}  // namespace

std::string chineseNumeral(int value) { return numeralText(value); }

std::optional<int> parseChineseNumeral(std::string_view text, std::size_t& bytes) {
    std::size_t used = 0;
    std::size_t digitBytes = 0;
    int hundreds = 0;
    const auto leading = digitAt(text, digitBytes);  // decoded once, read again below when no 百 follows
    if (!leading && text.substr(0, kTen.size()) != kTen) return std::nullopt;  // most text
    // Hundreds: 一百, 二百 …, then 零 before a lone unit (一百零一).
    if (const auto first = leading; first && text.substr(digitBytes, kHundred.size()) == kHundred) {
        hundreds = *first;
        used = digitBytes + kHundred.size();
        if (text.substr(used, kZero.size()) == kZero) {
            const auto unit = digitAt(text.substr(used + kZero.size()), digitBytes);
            if (!unit) return std::nullopt;
            bytes = used + kZero.size() + digitBytes;
            return hundreds * 100 + *unit;
        }
    }
    const std::string_view rest = text.substr(used);
    int tens = 0;
    std::size_t restUsed = 0;
    const auto first = used == 0 ? leading : digitAt(rest, digitBytes);
    if (first && rest.substr(digitBytes, kTen.size()) == kTen) {
        if (*first == 1 && hundreds == 0) return std::nullopt;  // "一十" is not how numbers are written
        tens = *first;
        restUsed = digitBytes + kTen.size();
    } else if (!first && rest.substr(0, kTen.size()) == kTen) {
        if (hundreds > 0) return std::nullopt;  // "一百十" is written 一百一十
        tens = 1;
        restUsed = kTen.size();
    } else if (first) {
        if (hundreds > 0) return std::nullopt;  // "一百二" is not a number here
        bytes = digitBytes;
        return first;
    } else {
        if (hundreds == 0) return std::nullopt;
        bytes = used;
        return hundreds * 100;
    }
    int units = 0;
    if (auto unit = digitAt(rest.substr(restUsed), digitBytes)) {
        units = *unit;
        restUsed += digitBytes;
    }
    bytes = used + restUsed;
    return hundreds * 100 + tens * 10 + units;
}

std::string standardMarker(const NumberingScheme& scheme, int level, int number) {
    switch (scheme.kind) {
        case SchemeKind::regulation:
            if (level < 1 || level > 3) return {};
            return joined({"第", numeralText(number), level == 1 ? "章" : level == 2 ? "节" : "条"});
        case SchemeKind::decimal:
            return {};
        case SchemeKind::gbt9704:
            break;
    }
    switch (level) {
        case 1: return joined({numeralText(number), "、"});
        case 2: return joined({"（", numeralText(number), "）"});
        case 3: return joined({std::to_string(number), scheme.level3Stop.empty() ? kDefaultLevel3Stop : scheme.level3Stop});
        case 4: return joined({"（", std::to_string(number), "）"});
        default: return {};
    }
}

namespace {

std::size_t indentation(std::string_view paragraph) {
    Cursor cursor(paragraph);
    cursor.skipSpaces();
    return cursor.pos();
}

}  // namespace

std::optional<Marker> findMarker(std::string_view paragraph, const NumberingScheme& scheme) {
    const std::size_t offset = indentation(paragraph);
    // Each form opens with characters of its own: the first one says which to try, and most
    // paragraphs open with none of them.
    const char32_t first = Cursor(paragraph, offset).peek();
    if (scheme.kind == SchemeKind::decimal) return isDigit(first) ? decimal(paragraph, offset, scheme) : std::nullopt;
    if (first == U'第') return ordinal(paragraph, offset, scheme);
    if (scheme.kind == SchemeKind::regulation) return std::nullopt;
    if (first == U'（' || first == U'(') return bracketed(paragraph, offset, scheme);
    if (first == U'十' || chineseDigitValue(first) > 0) return numeralComma(paragraph, offset, scheme);
    if (isDigit(first)) return textDigitStop(paragraph, offset, scheme);
    if ((first >= U'①' && first <= U'⒇') || (first >= U'㈠' && first <= U'㈩')) return enclosed(paragraph, offset, scheme);
    return std::nullopt;
}

std::optional<Marker> findFigureLedMarker(std::string_view paragraph, const NumberingScheme& scheme) {
    if (scheme.kind != SchemeKind::gbt9704) return std::nullopt;
    return digitStop(paragraph, indentation(paragraph), scheme, true);
}

std::string_view headingSentence(std::string_view paragraph, const Marker& marker) {
    const std::string_view rest = paragraph.substr(std::min(paragraph.size(), marker.offset + marker.text.size()));
    constexpr std::string_view fullStop = "。";
    const std::size_t stop = rest.find(fullStop);
    return stop == std::string_view::npos ? rest : rest.substr(0, stop + fullStop.size());
}

}  // namespace reportkit
