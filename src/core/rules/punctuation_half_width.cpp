// punctuation.half-width: Chinese text takes full-width punctuation (GB/T 15834—2011):
// "工作,重点" is "工作，重点". A half-width , ; : is reported only between two Chinese characters, a
// ? or ! only after one (at the paragraph's end or before Chinese), and a half-width (…) pair only
// when it holds Chinese words beside Chinese text: times (9:30), decimals, standard numbers
// (ISO 9001:2015), addresses, English passages and markers such as (一) or (1) (numbering.style's)
// are never between two Chinese characters in that way. Text inside 《》 or “” is the quoted
// document's own.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

// The full-width form of a half-width mark, 0 for any other byte.
const char* fullWidthOf(char mark) {
    switch (mark) {
        case ',': return "，";
        case ';': return "；";
        case ':': return "：";
        case '?': return "？";
        case '!': return "！";
        default: return nullptr;
    }
}

// Chinese on the side of a mark that ends a clause: a character or a closing quote, title or bracket.
bool chineseBefore(char32_t cp) { return isChineseCharacter(cp) || cp == U'”' || cp == U'》' || cp == U'）'; }
bool chineseAfter(char32_t cp) { return isChineseCharacter(cp) || cp == U'“' || cp == U'《' || cp == U'（'; }

// Whether the words in brackets are more than a marker or a number: a Chinese character that is not a
// numeral, and no Latin letter (an English abbreviation keeps its own brackets).
bool holdsChineseWords(std::string_view inside) {
    static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十〇零百千万";
    bool words = false;
    for (std::size_t at = 0; at < inside.size();) {
        const char32_t cp = utf8::next(inside, at);
        if (isLatinLetter(cp) || cp == U'(') return false;
        if (isChineseCharacter(cp) && kNumerals.find(cp) == std::u32string_view::npos) words = true;
    }
    return words;
}

class PunctuationHalfWidth final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.half-width"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        static constexpr ByteSet kMarks(",;:?!(");
        for (std::size_t at = kMarks.next(text, 0); at < text.size(); at = kMarks.next(text, at + 1)) {
            const char mark = text[at];
            if (mark == '(') {
                at = checkBrackets(paragraph, text, at, findings);
                continue;
            }
            const char* fullWidth = fullWidthOf(mark);
            if (!fullWidth || !chineseBefore(codePointBefore(text, at))) continue;
            const char32_t after = codePointAt(text, at + 1);
            const bool endsSentence = mark == '?' || mark == '!';
            if (!(chineseAfter(after) || (endsSentence && (after == 0 || after == U'”')))) continue;
            if (isQuoted(text, at)) continue;
            findings.push_back(textFinding(paragraph, text, at, 1, "punctuation.half-width", fullWidth, true));
        }
    }

private:
    // A (…) pair with Chinese words in it, beside Chinese text: one finding, whose fix makes both
    // brackets full-width. Returns where the scan goes on.
    std::size_t checkBrackets(int paragraph, std::string_view text, std::size_t open,
                              std::vector<Finding>& findings) const {
        const std::size_t close = text.find(')', open + 1);
        if (close == std::string_view::npos) return open;
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        const bool besideChinese = chineseBefore(codePointBefore(text, open)) || isChineseCharacter(codePointAt(text, close + 1));
        if (!besideChinese || !holdsChineseWords(inside) || isQuoted(text, open)) return open;
        findings.push_back(textFinding(paragraph, text, open, close + 1 - open, "punctuation.half-width",
                                       "（" + std::string(inside) + "）", true));
        return close;
    }

};

}  // namespace

std::unique_ptr<Rule> makePunctuationHalfWidthRule() { return std::make_unique<PunctuationHalfWidth>(); }

}  // namespace reportkit
