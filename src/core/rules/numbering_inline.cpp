// numbering.inline: an enumeration inside paragraphs out of order — "一是…三是", "第一，…第三，",
// "其次" with no "首先" before it. An enumeration may go on into the next paragraph; a new section
// marker starts afresh. "一是一、二是二" and "十九届二中、三中全会" are not enumerations.
#include <algorithm>
#include <array>

#include "../markers.hpp"
#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

bool isBoundary(char32_t cp) {
    switch (cp) {
        case 0: case U' ': case U'\u3000': case U'\t':
        case U'，': case U'。': case U'；': case U'：': case U'、': case U'！': case U'？':
        case U'“': case U'”': case U'‘': case U'’': case U'（': case U'）': case U'(': case U')':
        case U',': case U'.': case U';': case U':':
            return true;
        default:
            return false;
    }
}

bool isChineseNumeralStart(std::string_view text) {
    std::size_t bytes = 0;
    return parseChineseNumeral(text, bytes).has_value();
}

// Whether a token may open at byte `at`: at the paragraph's start or after a boundary. Read from
// the bytes before it: every boundary is one byte or three, and a lead byte is never inside another
// character, so this is what decoding the paragraph from its start would say.
bool afterBoundary(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const auto last = static_cast<unsigned char>(text[at - 1]);
    if (last < 0x80) return isBoundary(last);
    if (at < 3) return false;
    std::size_t from = at - 3;
    const char32_t cp = utf8::next(text, from);
    return from == at && isBoundary(cp);
}

// Calls `found(start)` at each occurrence of `word`, looked for by its last byte: a continuation
// byte, far rarer in Chinese text than a first one, so that memchr skips most of the paragraph.
template <typename Found>
void forEachOccurrence(std::string_view text, std::string_view word, Found&& found) {
    for (std::size_t end = text.find(word.back(), word.size() - 1); end != std::string_view::npos;
         end = text.find(word.back(), end + 1)) {
        const std::size_t start = end + 1 - word.size();
        if (text.compare(start, word.size(), word) == 0) found(start);
    }
}

// One enumeration family: the numbers in order, and what a token looks like in the text.
struct Token {
    std::size_t family;  // 0: 一是, 1: 第一，, 2: 首先/其次/再次
    int number;
    std::string text;
    std::size_t start;  // bytes into the paragraph
    int place = 0;      // UTF-16 units into the paragraph
};

// The enumeration tokens of a paragraph, in order. Every token holds 是, 第, 首先, 其次 or 再次:
// they are looked for, and the text around them read, rather than every character decoded.
std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> found;
    // 一是 … 二十是: a numeral of a character or two, after a boundary, and no numeral after 是.
    constexpr std::string_view kIs = "是";
    forEachOccurrence(text, kIs, [&](std::size_t is) {
        const bool numeralAfter = isChineseNumeralStart(text.substr(is + kIs.size()));
        for (const std::size_t characters : {1, 2}) {
            if (is < 3 * characters) break;
            const std::size_t start = is - 3 * characters;
            std::size_t bytes = 0;
            const auto number = parseChineseNumeral(text.substr(start), bytes);
            if (number && *number <= 20 && start + bytes == is && !numeralAfter && afterBoundary(text, start))
                found.push_back({0, *number, std::string(text.substr(start, bytes + kIs.size())), start});
        }
    });
    // 第一， and no numeral after the comma ("第一、二季度" counts quarters).
    constexpr std::string_view kOrdinal = "第";
    constexpr std::string_view kComma = "，";
    forEachOccurrence(text, kOrdinal, [&](std::size_t start) {
        if (!afterBoundary(text, start)) return;
        std::size_t bytes = 0;
        const std::string_view rest = text.substr(start + kOrdinal.size());
        const auto number = parseChineseNumeral(rest, bytes);
        const std::string_view after = rest.substr(number ? bytes : 0);
        if (number && after.substr(0, kComma.size()) == kComma && !isChineseNumeralStart(after.substr(kComma.size())))
            found.push_back({1, *number, std::string(text.substr(start, kOrdinal.size() + bytes)), start});
    });
    // 首先, 其次, and 再次 before a comma (再次 alone is "once more").
    struct OrderWord {
        std::string_view word;
        int rank;
        std::string_view after;
    };
    static constexpr std::array<OrderWord, 3> kOrderWords = {{{"首先", 1, ""}, {"其次", 2, ""}, {"再次", 3, "，"}}};
    for (const OrderWord& order : kOrderWords)
        forEachOccurrence(text, order.word, [&](std::size_t start) {
            const std::size_t end = start + order.word.size();
            if (text.substr(end, order.after.size()) == order.after && afterBoundary(text, start))
                found.push_back({2, order.rank, std::string(order.word), start});
        });
    std::sort(found.begin(), found.end(), [](const Token& a, const Token& b) { return a.start < b.start; });
    // Each place counted on from the one before: a paragraph of many tokens is read once.
    std::size_t counted = 0;
    int units = 0;
    for (Token& token : found) {
        units += static_cast<int>(utf8::utf16Length(text.substr(counted, token.start - counted)));
        counted = token.start;
        token.place = units;
    }
    return found;
}

std::string tokenText(std::size_t family, int number) {
    static constexpr std::array<std::string_view, 3> kOrderWords = {"首先", "其次", "再次"};
    if (family == 0) return chineseNumeral(number) + "是";
    if (family == 1) return "第" + chineseNumeral(number);
    return std::string(kOrderWords[std::min(number, 3) - 1]);
}

class NumberingInline final : public Rule {
public:
    std::string_view id() const override { return "numbering.inline"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& numbered = input.numbering.paragraphs;
        std::array<int, 3> last{};  // the last number of each family in the current section
        std::size_t nextMarker = 0;
        for (std::size_t index = 0; index < input.document.paragraphs.size(); ++index) {
            while (nextMarker < numbered.size() && numbered[nextMarker].paragraph < static_cast<int>(index)) ++nextMarker;
            if (nextMarker < numbered.size() && numbered[nextMarker].paragraph == static_cast<int>(index) &&
                numbered[nextMarker].marker.level > 0)
                last = {};
            const std::string_view text = input.document.paragraphs[index].text;
            for (const Token& token : tokens(text)) {
                int& previous = last[token.family];
                const bool inOrder = token.number == previous + 1 || (token.number == 1 && previous != 0);
                if (!inOrder) {
                    Finding wrong = finding(static_cast<int>(index), Severity::warning, "numbering.inline", token.text,
                                            tokenText(token.family, previous + 1));
                    wrong.place = {token.place, static_cast<int>(utf8::utf16Length(token.text))};
                    findings.push_back(std::move(wrong));
                }
                previous = token.number;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingInlineRule() { return std::make_unique<NumberingInline>(); }

}  // namespace reportkit
