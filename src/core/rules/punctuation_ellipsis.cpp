// punctuation.ellipsis: the ellipsis is six dots in the middle of the line, two "…" (GB/T 15834—2011
// 4.11): "...", "......", "。。。", "···" or a lone "…" beside Chinese text is written "……". An
// ellipsis already says "and so on", so it is not followed by 等 or 等等 (4.11); which of the two
// goes is the writer's choice, so that finding has no fix. Left alone: dots in a path (../), an
// address or an English passage (no Chinese character beside them) and inside 《》 or “”.
#include "chinese_text.hpp"

namespace reportkit {

namespace {

constexpr std::string_view kEllipsis = "……";

// A run of dots that starts at `at`: its length in bytes (0 when it is none an ellipsis is written
// with), and whether it is the right form, two or more "…".
struct DotRun {
    std::size_t length = 0;
    bool right = false;
};

DotRun dotRunAt(std::string_view text, std::size_t at) {
    const auto runOf = [&](std::string_view unit, std::size_t least) -> std::size_t {
        std::size_t end = at;
        while (hasAt(text, end, unit)) end += unit.size();
        return (end - at) / unit.size() >= least ? end - at : 0;
    };
    switch (text[at]) {
        case '.': return {runOf(".", 3), false};
        case '\xE3': return {runOf("。", 3), false};  // U+3002
        case '\xC2': return {runOf("·", 3), false};   // U+00B7
        case '\xEF': return {runOf("．", 3), false};  // U+FF0E
        case '\xE2': {                                 // U+2026
            const std::size_t length = runOf("…", 1);
            return {length, length > 3};
        }
        default: return {};
    }
}

class PunctuationEllipsis final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.ellipsis"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        // '.', and the lead bytes of 。 · ． …
        static constexpr ByteSet kStarts(".\xE3\xC2\xEF\xE2");
        for (std::size_t at = kStarts.next(text, 0); at < text.size(); at = kStarts.next(text, at + 1)) {
            const DotRun run = dotRunAt(text, at);
            if (run.length == 0) continue;
            if (!run.right) reportWrongForm(paragraph, text, at, run.length, findings);
            checkFollowingEtc(paragraph, text, at + run.length, findings);
            at += run.length - 1;
        }
    }

private:
    // "..." and the like where Chinese text is beside them, outside paths, addresses, English and quotations.
    void reportWrongForm(int paragraph, std::string_view text, std::size_t at, std::size_t length,
                         std::vector<Finding>& findings) const {
        const char32_t before = codePointBefore(text, at);
        const char32_t after = codePointAt(text, at + length);
        const bool besideChinese = isChinese(before) || isChineseCharacter(after) || after == U'”';
        const bool inPath = after == U'/' || after == U'\\' || before == U'/' || isLatinLetter(before) || isLatinLetter(after);
        if (besideChinese && !inPath && !isQuoted(text, at))
            findings.push_back(textFinding(paragraph, text, at, length, "punctuation.ellipsis", std::string(kEllipsis), true));
    }

    // "……等": the 等 after an ellipsis, unless it starts a word (等待, 等级, 等同, 等于, 等候).
    void checkFollowingEtc(int paragraph, std::string_view text, std::size_t at, std::vector<Finding>& findings) const {
        static constexpr std::string_view kEtc = "等";
        static constexpr std::u32string_view kWordsWithEtc = U"待级同于候";
        if (!hasAt(text, at, kEtc) || isQuoted(text, at)) return;
        const char32_t next = codePointAt(text, at + kEtc.size());
        if (kWordsWithEtc.find(next) != std::u32string_view::npos) return;
        const std::size_t length = next == U'等' ? 2 * kEtc.size() : kEtc.size();
        findings.push_back(textFinding(paragraph, text, at, length, "punctuation.ellipsis.etc", "", false));
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationEllipsisRule() { return std::make_unique<PunctuationEllipsis>(); }

}  // namespace reportkit
