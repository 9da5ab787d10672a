#include "report_closing.hpp"

#include <algorithm>

#include "markers.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace {

// The longest date read, in bytes (二〇二一年十二月三十一日 is 36): longer text is no date, and a
// paragraph of many megabytes costs nothing here.
constexpr std::size_t kLongestDate = 64;
// A signature is a few short lines: one or more organs' names, or a name and a title.
constexpr int kSignatureLines = 3;
constexpr std::size_t kSignatureCharacters = 40;  // two organs side by side

struct Reader {
    std::string_view text;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char32_t peek() const {
        std::size_t at = pos;
        return atEnd() ? 0 : utf8::next(text, at);
    }
    bool takeIf(char32_t cp) {
        if (atEnd() || peek() != cp) return false;
        utf8::next(text, pos);
        return true;
    }
};

// A digit of a year in Chinese; a letter O for zero is a common slip.
int chineseDigit(char32_t cp) {
    switch (cp) {
        case U'〇': case U'○': case U'零': case U'O': case U'o': case U'Ｏ': return 0;
        default: {
            const int value = chineseDigitValue(cp);
            return value > 0 ? value : -1;
        }
    }
}

struct Digits {
    int value = 0;
    int count = 0;
};

// A run of digits of one kind; five at most, more than any date part has.
Digits takeDigits(Reader& reader, int (*digitOf)(char32_t)) {
    Digits digits;
    while (!reader.atEnd() && digits.count < 5) {
        std::size_t next = reader.pos;
        const int digit = digitOf(utf8::next(reader.text, next));  // each character decoded once
        if (digit < 0) break;
        digits.value = digits.value * 10 + digit;
        ++digits.count;
        reader.pos = next;
    }
    return digits;
}

std::optional<int> takeArabicPart(Reader& reader) {
    const Digits digits = takeDigits(reader, arabicDigit);
    if (digits.count < 1 || digits.count > 2) return std::nullopt;
    return digits.value;
}

// A month or a day: 7, 07, 七, 十二, 三十一.
std::optional<int> takeMonthOrDay(Reader& reader) {
    if (const auto arabic = takeArabicPart(reader)) return arabic;
    std::size_t bytes = 0;
    const auto chinese = parseChineseNumeral(reader.text.substr(reader.pos), bytes);
    if (chinese) reader.pos += bytes;
    return chinese;
}

bool isDateSeparator(char32_t cp) {
    return cp == U'.' || cp == U'-' || cp == U'/' || cp == U'．' || cp == U'－' || cp == U'／';
}

// Marks that end or divide a sentence: a signature has none.
bool isSentencePunctuation(char32_t cp) {
    static constexpr std::u32string_view kMarks = U"。，；：！？,;:!?";
    return kMarks.find(cp) != std::u32string_view::npos;
}

// The first line of the signature above a date line, after paragraph `after`.
int signatureStart(const Document& document, int dateLine, int after) {
    int first = dateLine;
    while (first - 1 > after && dateLine - first < kSignatureLines && isDisplayLine(document.paragraphs[first - 1].text))
        --first;
    return first;
}

}  // namespace

int arabicDigit(char32_t cp) {
    if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
    if (cp >= U'０' && cp <= U'９') return static_cast<int>(cp - U'０');
    return -1;
}

bool isTypedSpace(char32_t cp) { return cp == U' ' || cp == U'\u3000' || cp == U'\u00A0' || cp == U'\t'; }

bool hasTypedSpace(std::string_view text) {
    // U+00A0 is C2 A0 and U+3000 is E3 80 80; a lead byte is never inside another character.
    // Each looked for on its own, for memchr: find_first_of would compare every byte with each.
    return text.find(' ') != std::string_view::npos || text.find('\t') != std::string_view::npos ||
           text.find("\xC2\xA0") != std::string_view::npos || text.find("\xE3\x80\x80") != std::string_view::npos;
}

namespace {

// Whether the text may open or end with a typed space, from its bytes alone: false only where
// decoding could find none, so that most paragraphs (Chinese characters at both ends) need no
// decoding.
bool mayOpenWithTypedSpace(std::string_view text) {
    const auto first = static_cast<unsigned char>(text.front());
    return first == ' ' || first == '\t' || first == 0xC2 || first == 0xE3;
}

bool mayEndWithTypedSpace(std::string_view text) {
    const auto byteAt = [&](std::size_t fromEnd) { return static_cast<unsigned char>(text[text.size() - fromEnd]); };
    const auto continues = [](unsigned char byte) { return (byte & 0xC0) == 0x80; };
    if (byteAt(1) < 0x80) return byteAt(1) == ' ' || byteAt(1) == '\t';
    // A character of three bytes last (a Chinese one): only U+3000 among them is a space.
    if (text.size() >= 3 && byteAt(3) >= 0xE0 && byteAt(3) <= 0xEF && continues(byteAt(2)) && continues(byteAt(1)))
        return text.substr(text.size() - 3) == "\xE3\x80\x80";
    return true;
}

}  // namespace

TrimmedText trimTypedSpaces(std::string_view paragraph) {
    if (paragraph.empty() || (!mayOpenWithTypedSpace(paragraph) && !mayEndWithTypedSpace(paragraph))) return {paragraph, 0};
    std::size_t start = 0;
    while (start < paragraph.size()) {
        std::size_t next = start;
        if (!isTypedSpace(utf8::next(paragraph, next))) break;
        start = next;
    }
    std::size_t end = paragraph.size();
    while (end > start) {
        const LastCharacter last = lastCharacter(paragraph.substr(start, end - start));
        if (!isTypedSpace(last.cp)) break;
        end = start + last.offset;
    }
    return {paragraph.substr(start, end - start), start};
}

bool isBlank(std::string_view paragraph) { return trimTypedSpaces(paragraph).text.empty(); }

LastCharacter lastCharacter(std::string_view text) {
    if (text.empty()) return {};
    std::size_t lead = text.size() - 1;
    // Back over continuation bytes, three at most: malformed text costs no more.
    while (lead > 0 && text.size() - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    std::size_t next = lead;
    return {utf8::next(text, next), lead};
}

std::optional<WrittenDate> readDate(std::string_view text) {
    if (text.size() > kLongestDate) return std::nullopt;
    Reader reader{text};
    Digits year = takeDigits(reader, arabicDigit);
    const bool arabicYear = year.count > 0;
    if (!arabicYear) year = takeDigits(reader, chineseDigit);
    if (year.count != 2 && year.count != 4) return std::nullopt;
    WrittenDate date;
    date.yearInFull = year.count == 4;
    // A two-digit year is read in this century: the reports checked are written now.
    date.year = date.yearInFull ? year.value : 2000 + year.value;
    const char32_t separator = reader.peek();
    std::optional<int> month;
    std::optional<int> day;
    if (reader.takeIf(U'年')) {
        month = takeMonthOrDay(reader);
        if (!month || !reader.takeIf(U'月')) return std::nullopt;
        day = takeMonthOrDay(reader);
        if (!day || !reader.takeIf(U'日')) return std::nullopt;
    } else if (isDateSeparator(separator) && arabicYear && date.yearInFull && reader.takeIf(separator)) {
        // 2021.7.5, 2021-07-05: Arabic numerals, a full year and one separator throughout.
        month = takeArabicPart(reader);
        if (!month || !reader.takeIf(separator)) return std::nullopt;
        day = takeArabicPart(reader);
        if (!day) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!reader.atEnd() || *month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
    date.month = *month;
    date.day = *day;
    return date;
}

std::string standardDate(const WrittenDate& date) {
    return std::to_string(date.year) + "年" + std::to_string(date.month) + "月" + std::to_string(date.day) + "日";
}

std::optional<AttachmentLabel> attachmentLabel(std::string_view trimmed) {
    constexpr std::string_view kAttachment = "附件";
    if (trimmed.substr(0, kAttachment.size()) != kAttachment) return std::nullopt;
    std::size_t colon = kAttachment.size();
    while (colon < trimmed.size()) {
        std::size_t next = colon;
        if (!isTypedSpace(utf8::next(trimmed, next))) break;
        colon = next;
    }
    std::size_t end = colon;
    if (end >= trimmed.size()) return std::nullopt;
    const char32_t cp = utf8::next(trimmed, end);
    if (cp != U'：' && cp != U':') return std::nullopt;
    return AttachmentLabel{colon, end - colon, cp == U'：'};
}

bool isDisplayLine(std::string_view paragraph) {
    const std::string_view text = trimTypedSpaces(paragraph).text;
    if (text.empty()) return false;
    std::size_t pos = 0;
    for (std::size_t characters = 0; pos < text.size(); ++characters) {
        const char32_t cp = utf8::next(text, pos);
        if (characters == kSignatureCharacters || isSentencePunctuation(cp) || (characters == 0 && arabicDigit(cp) >= 0))
            return false;
    }
    return true;
}

bool ReportClosing::inBlock(int index) const {
    // The last block starting at or before the paragraph.
    const auto after = std::upper_bound(blocks.begin(), blocks.end(), index,
                                        [](int paragraph, const ClosingBlock& block) { return paragraph < block.first; });
    return after != blocks.begin() && index <= std::prev(after)->dateLine;
}

ReportClosing findClosing(const Document& document) {
    ReportClosing closing;
    const int count = static_cast<int>(document.paragraphs.size());
    closing.bodyStart = count;
    for (int index = 0; index < count; ++index) {
        const std::string_view text = document.paragraphs[index].text;
        if (index > closing.bodyStart) {
            const std::string_view trimmed = trimTypedSpaces(text).text;
            const int previous = closing.blocks.empty() ? -1 : closing.blocks.back().dateLine;
            if (readDate(trimmed))
                closing.blocks.push_back({signatureStart(document, index, std::max(previous, closing.attachmentNote)), index});
            else if (closing.blocks.empty() && closing.attachmentNote < 0 && attachmentLabel(trimmed))
                closing.attachmentNote = index;
        }
        if (closing.bodyStart == count && text.find("。") != std::string_view::npos) closing.bodyStart = index;
    }
    return closing;
}

}  // namespace reportkit
