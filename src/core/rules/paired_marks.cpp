// Pairing marks: a stack of the open ones; a closing mark pops its own opening one and reports those
// opened inside it and never closed. A closing bracket after a number or a letter at a clause's start
// is a marker such as 1） or a） (numbering's), not half of a pair, and neither is a marker in mixed
// widths, (1） or （1); ’ after a Latin letter is an apostrophe (don’t).
#include "paired_marks.hpp"

#include <algorithm>

#include "chinese_text.hpp"

namespace reportkit {

namespace {

// The opening mark a closing one pairs with, 0 for a character that closes nothing.
char32_t openingOf(char32_t cp) {
    switch (cp) {
        case U'）': return U'（';
        case U'》': return U'《';
        case U'〉': return U'〈';
        case U'”': return U'“';
        case U'’': return U'‘';
        case U'】': return U'【';
        case U'〕': return U'〔';
        default: return 0;
    }
}

bool isOpening(char32_t cp) {
    return cp == U'（' || cp == U'《' || cp == U'〈' || cp == U'“' || cp == U'‘' || cp == U'【' || cp == U'〔';
}

bool isMarkerCharacter(char32_t cp) {
    return isAsciiDigit(cp) || isLatinLetter(cp) || std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// A marker's closing bracket: "1）", "a）", "一）" at the paragraph's start or after a clause's end
// or a space, or one half of a marker in mixed widths, "(1）" (numbering.style's to report).
bool closesMarker(std::string_view text, std::size_t at) {
    std::size_t start = at;
    for (int count = 0; start > 0 && count < 3 && isMarkerCharacter(codePointBefore(text, start)); ++count)
        start = previousStart(text, start);
    if (start == at) return false;
    const char32_t before = codePointBefore(text, start);
    return before == 0 || before == U' ' || before == U'　' || before == U'。' || before == U'；' || before == U'：' ||
           before == U'，' || before == U'(';
}

// The other half of a marker in mixed widths, "（1)".
bool opensMixedMarker(std::string_view text, std::size_t at) {
    std::size_t end = at + std::string_view("（").size();
    for (int count = 0; end < text.size() && count < 3 && isMarkerCharacter(codePointAt(text, end)); ++count)
        utf8::next(text, end);
    return end < text.size() && text[end] == ')';
}

struct OpenMark {
    char32_t mark;
    std::size_t offset;
};

}  // namespace

PairedMarks readPairedMarks(std::string_view text) {
    PairedMarks result;
    std::vector<OpenMark> open;
    const auto report = [&](std::size_t offset, const char* key) {
        std::size_t end = offset;
        utf8::next(text, end);
        result.unpaired.push_back({offset, end - offset, key});
    };
    // The lead bytes of “”‘’, of 《》〈〉【】〔〕 and of （）.
    static constexpr ByteSet kMarks("\xE2\xE3\xEF");
    for (std::size_t offset = kMarks.next(text, 0); offset < text.size(); offset = kMarks.next(text, offset + 1)) {
        if (offset + 3 > text.size()) break;
        // Every mark paired here is three bytes, of a lead byte of the set: read them directly.
        const char32_t cp = (static_cast<char32_t>(text[offset] & 0x0F) << 12) |
                            (static_cast<char32_t>(text[offset + 1] & 0x3F) << 6) | (text[offset + 2] & 0x3F);
        if (cp < 0x2000 || (static_cast<unsigned char>(text[offset + 1]) & 0xC0) != 0x80) continue;
        if (isOpening(cp)) {
            const bool nested = (cp == U'“' || cp == U'《') &&
                                std::any_of(open.begin(), open.end(), [&](const OpenMark& m) { return m.mark == cp; });
            if (nested) report(offset, cp == U'“' ? "punctuation.pairing.nested-quote" : "punctuation.pairing.nested-title");
            open.push_back({cp, offset});
            continue;
        }
        const char32_t opening = openingOf(cp);
        if (opening == 0 || (cp == U'’' && isLatinLetter(codePointBefore(text, offset)))) continue;
        const auto match = std::find_if(open.rbegin(), open.rend(), [&](const OpenMark& m) { return m.mark == opening; });
        if (match == open.rend()) {
            if (!(cp == U'）' && closesMarker(text, offset))) report(offset, "punctuation.pairing.unopened");
            continue;
        }
        for (auto inner = open.rbegin(); inner != match; ++inner) report(inner->offset, "punctuation.pairing.unclosed");
        open.erase(std::prev(match.base()), open.end());
    }
    if (result.unpaired.empty() && open.size() == 1 && open.front().mark == U'“') {
        result.continuedQuotation = open.front().offset;
        return result;
    }
    for (const OpenMark& mark : open)
        if (!(mark.mark == U'（' && opensMixedMarker(text, mark.offset))) report(mark.offset, "punctuation.pairing.unclosed");
    std::sort(result.unpaired.begin(), result.unpaired.end(),
              [](const UnpairedMark& a, const UnpairedMark& b) { return a.offset < b.offset; });
    return result;
}

}  // namespace reportkit
