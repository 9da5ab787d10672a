// numbers.approximation: two neighbouring figures that give an approximate number are not parted by
// a 顿号 (GB/T 15835—2011; GB/T 15834—2011 4.5): 三、四个月 is 三四个月. Exact pairs keep it — 一、二等奖,
// 第三、四季度, 一、二年级, 三、四月份 — so only figures n and n+1 after a Chinese word other than 第 and
// before a counting word (个 天 次 人 名 岁 倍 周 家 条 项 件 遍 年) are taken for one; a heading's
// marker (三、四个方面, at the paragraph's or a clause's start) is not. The fix removes the 顿号.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::u32string_view kFigures = U"一二三四五六七八九";
constexpr std::string_view kComma = "、";

int figureValue(char32_t cp) {
    const std::size_t at = kFigures.find(cp);
    return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

bool isCountingWord(char32_t cp) { return std::u32string_view(U"个天次人名岁倍周家条项件遍年").find(cp) != std::u32string_view::npos; }

class NumbersApproximation final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "numbers.approximation"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        forEachOccurrence(text, kComma, [&](std::size_t comma) {
            if (comma < 3 || comma + 6 > text.size()) return;
            const std::size_t firstStart = previousStart(text, comma);
            const int first = figureValue(codePointAt(text, firstStart));
            const int second = figureValue(codePointAt(text, comma + kComma.size()));
            if (first == 0 || second != first + 1) return;
            const std::size_t after = comma + kComma.size() + 3;
            const char32_t next = codePointAt(text, after);
            const char32_t before = codePointBefore(text, firstStart);
            if (!isCountingWord(next) || !isChineseCharacter(before) || before == U'第' || figureValue(before) != 0) return;
            if (next == U'年' && hasAt(text, after + 3, "级")) return;  // 一、二年级
            if (isQuoted(text, comma)) return;
            findings.push_back(textFinding(paragraph, text, comma, kComma.size(), "numbers.approximation", "", true));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumbersApproximationRule() { return std::make_unique<NumbersApproximation>(); }

}  // namespace reportkit
