// numbering.inline: an enumeration inside paragraphs out of order — "一是…三是", "第一，…第三，",
// "其次" with no "首先" before it. An enumeration may go on into the next paragraph; a new section
// marker starts afresh. "一是一、二是二" and "十九届二中、三中全会" are not enumerations.
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

// The characters a token opens with: a numeral's first (一是), 第 (第一，), 首先, 其次, 再次. Most
// characters after a boundary are none of them, and need no closer look.
bool mayOpenToken(char32_t cp) {
    static constexpr std::u32string_view kOpenings = U"一二三四五六七八九十第首其再";
    return cp >= U'一' && kOpenings.find(cp) != std::u32string_view::npos;
}

bool isChineseNumeralStart(std::string_view text) {
    std::size_t bytes = 0;
    return parseChineseNumeral(text, bytes).has_value();
}

// One enumeration family: the numbers in order, and what a token looks like in the text.
struct Token {
    std::size_t family;  // 0: 一是, 1: 第一，, 2: 首先/其次/再次
    int number;
    std::string text;
    int place;  // UTF-16 units into the paragraph, counted while scanning: a paragraph of many tokens
                // must not be counted again from its start for each
};

// The enumeration tokens of a paragraph, in order.
std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> found;
    // Every token has 是, 第, 首先, 其次 or 再次: most paragraphs have none, and need no closer look.
    const bool possible = text.find("是") != std::string_view::npos || text.find("第") != std::string_view::npos ||
                          text.find("首先") != std::string_view::npos || text.find("其次") != std::string_view::npos ||
                          text.find("再次") != std::string_view::npos;
    if (!possible) return found;
    char32_t before = 0;
    int units = 0;  // UTF-16 units before `start`
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        const int place = units;
        units += cp > 0xFFFF ? 2 : 1;
        if (isBoundary(before) && mayOpenToken(cp)) {
            const std::string_view rest = text.substr(start);
            std::size_t bytes = 0;
            if (cp == U'第') {
                const auto number = parseChineseNumeral(rest.substr(3), bytes);
                const std::string_view after = rest.substr(3 + (number ? bytes : 0));
                if (number && after.substr(0, 3) == "，" && !isChineseNumeralStart(after.substr(3)))
                    found.push_back({1, *number, std::string(rest.substr(0, 3 + bytes)), place});
            } else if (const auto number = parseChineseNumeral(rest, bytes); number && *number <= 20) {
                const std::string_view after = rest.substr(bytes);
                if (after.substr(0, 3) == "是" && !isChineseNumeralStart(after.substr(3)))
                    found.push_back({0, *number, std::string(rest.substr(0, bytes + 3)), place});
            } else {
                static constexpr std::array<std::pair<std::string_view, int>, 3> kOrderWords = {
                    {{"首先", 1}, {"其次", 2}, {"再次，", 3}}};
                for (const auto& [word, rank] : kOrderWords)
                    if (rest.substr(0, word.size()) == word) found.push_back({2, rank, std::string(rest.substr(0, 6)), place});
            }
        }
        before = cp;
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
