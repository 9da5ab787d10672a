// punctuation.quotation-paragraphs: a quotation over several paragraphs opens each of them with “
// and closes once, at the end of the last (GB/T 15834—2011 4.8). A paragraph that leaves a quotation
// open (with nothing else unpaired in it) must be followed by one that opens with “; when the next
// paragraph does not, the quotation was never closed, and the “ that opened it is reported. A
// document that ends inside a quotation is not reported: a copy that was cut there looks the same.
// It reads two neighbouring paragraphs, so it is a document rule, not marked as one types. No fix:
// where the quotation ends is the writer's to say.
#include "chinese_text.hpp"
#include "paired_marks.hpp"

namespace reportkit {

namespace {

// Whether a paragraph opens with “, spaces before it aside.
bool opensWithQuotation(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = at;
        const char32_t cp = utf8::next(text, at);
        if (cp != U' ' && cp != U'　' && cp != U'\t') return hasAt(text, start, "“");
    }
    return false;
}

class PunctuationQuotationParagraphs final : public Rule {
public:
    std::string_view id() const override { return "punctuation.quotation-paragraphs"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& paragraphs = input.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const std::string_view text = paragraphs[i].text;
            // Only a paragraph whose last quotation mark opens can leave a quotation open.
            const std::size_t lastOpening = text.rfind("“");
            if (lastOpening == std::string_view::npos || text.find("”", lastOpening) != std::string_view::npos) continue;
            const std::optional<std::size_t> open = readPairedMarks(text).continuedQuotation;
            if (!open) continue;
            std::size_t next = i + 1;
            while (next < paragraphs.size() && paragraphs[next].text.find_first_not_of(" \t") == std::string::npos) ++next;
            if (next == paragraphs.size() || opensWithQuotation(paragraphs[next].text)) continue;
            Finding unclosed = finding(static_cast<int>(i), Severity::warning, "punctuation.quotation-paragraphs", "“", "");
            unclosed.place = placeOf(text, *open, std::string_view("“").size());
            findings.push_back(std::move(unclosed));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationQuotationParagraphsRule() { return std::make_unique<PunctuationQuotationParagraphs>(); }

}  // namespace reportkit
