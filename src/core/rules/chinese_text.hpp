#pragma once
// What the text rules (format.spacing, punctuation.*, numbers.*) share: which characters are Chinese,
// reading the characters around a byte offset without decoding the whole paragraph, and the base of
// a rule whose findings on a paragraph depend on that paragraph's text alone.
#include <string_view>

#include "../utf8.hpp"
#include "rules.hpp"
#include "text_fix.hpp"

namespace reportkit {

inline bool isChineseCharacter(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF) || cp == U'〇';
}

// Full-width punctuation, and the marks Chinese text shares with others (“” ‘’ — … ·).
inline bool isChinesePunctuation(char32_t cp) {
    return (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == U'“' || cp == U'”' ||
           cp == U'‘' || cp == U'’' || cp == U'—' || cp == U'…' || cp == U'·';
}

inline bool isChinese(char32_t cp) { return isChineseCharacter(cp) || isChinesePunctuation(cp); }

inline bool isAsciiDigit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }
inline bool isLatinLetter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }

// The code point that starts at byte `pos` (0 at the end).
inline char32_t codePointAt(std::string_view text, std::size_t pos) {
    return pos < text.size() ? utf8::next(text, pos) : 0;
}

// The start of the code point that ends just before byte `pos` (pos itself at the start).
inline std::size_t previousStart(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return start;
}

// The code point that ends just before byte `pos` (0 at the start).
inline char32_t codePointBefore(std::string_view text, std::size_t pos) {
    return pos == 0 ? 0 : codePointAt(text, previousStart(text, pos));
}

// Whether byte `pos` lies inside 《…》 or “…”: a title or a quotation, whose wording and
// punctuation are the quoted document's and are left as they are. Counted from the paragraph's
// start, only where a rule would report.
inline bool isQuoted(std::string_view text, std::size_t pos) {
    int titles = 0, quotes = 0;
    for (std::size_t at = 0; at < pos && at < text.size();) {
        switch (utf8::next(text, at)) {
            case U'《': ++titles; break;
            case U'》': titles -= titles > 0; break;
            case U'“': ++quotes; break;
            case U'”': quotes -= quotes > 0; break;
            default: break;
        }
    }
    return titles > 0 || quotes > 0;
}

// A set of bytes to look for: ASCII characters and the lead bytes of UTF-8 sequences, which never
// occur inside a sequence, so a byte found is where a character starts.
class ByteSet {
public:
    constexpr explicit ByteSet(std::string_view bytes) {
        for (const char byte : bytes) members_[static_cast<unsigned char>(byte)] = true;
    }
    // The offset of the first byte of the set at or after `at`; the text's size when there is none.
    std::size_t next(std::string_view text, std::size_t at) const {
        while (at < text.size() && !members_[static_cast<unsigned char>(text[at])]) ++at;
        return at;
    }

private:
    bool members_[256] = {};
};

// Calls `found(offset)` at each byte offset where `needle` occurs, left to right, not overlapping.
template <typename Found>
void forEachOccurrence(std::string_view text, std::string_view needle, Found&& found) {
    for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size()))
        found(at);
}

// Where the run of ASCII digits that starts at `at` ends (`at` when there is none).
inline std::size_t digitsEnd(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    return at;
}

// Where the run of ASCII digits that ends at `end` starts (`end` when there is none).
inline std::size_t digitsStart(std::string_view text, std::size_t end) {
    while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
    return end;
}

// Calls `found(start, end)` for each run of ASCII digits, left to right: the rules about numbers
// start from them, as digits are few in Chinese text and found fast.
template <typename Found>
void forEachDigitRun(std::string_view text, Found&& found) {
    static constexpr ByteSet kDigits("0123456789");
    for (std::size_t start = kDigits.next(text, 0); start < text.size();) {
        const std::size_t end = digitsEnd(text, start + 1);
        found(start, end);
        start = kDigits.next(text, end);
    }
}

// Whether `text` has `word` at byte `at`.
inline bool hasAt(std::string_view text, std::size_t at, std::string_view word) {
    return at <= text.size() && text.compare(at, word.size(), word) == 0;
}

// Whether `text` has `word` just before byte `at`.
inline bool hasBefore(std::string_view text, std::size_t at, std::string_view word) {
    return at >= word.size() && text.compare(at - word.size(), word.size(), word) == 0;
}

// A rule whose findings on a paragraph are a pure function of that paragraph's text: what the
// grammar checker can mark as it is typed, and an incremental check can redo for one paragraph.
class ParagraphTextRule : public Rule {
public:
    // What checkText reads is the paragraph's own text: run on changed paragraphs only.
    Locality locality() const override { return Locality::paragraph; }
    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& paragraphs = input.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (!paragraphs[i].text.empty()) checkText(static_cast<int>(i), paragraphs[i].text, findings);
    }

protected:
    virtual void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const = 0;

    // A finding on `bytes` bytes at `offset` of the paragraph: what is written there is `found`; with
    // `fixable`, its fix writes `expected` over them.
    Finding textFinding(int paragraph, std::string_view text, std::size_t offset, std::size_t bytes,
                        std::string messageKey, std::string expected, bool fixable) const {
        Finding result = finding(paragraph, Severity::warning, std::move(messageKey),
                                 std::string(text.substr(offset, bytes)), std::move(expected));
        result.place = placeOf(text, offset, bytes);
        if (fixable) result.fix = replacePlace(result, result.expected);
        return result;
    }
};

}  // namespace reportkit
