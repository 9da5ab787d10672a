// punctuation.pairing: brackets, quotation marks and book-title marks come in pairs (GB/T 15834—2011
// 4.8, 4.9, 4.15): a closing mark without its opening one, or an opening one never closed, in the
// same paragraph. A quotation inside a quotation takes ‘’ and a title inside a title 〈〉 (4.8,
// 4.15): a second “ or 《 while one is open is reported. A quotation over several paragraphs
// opens each and closes once (4.8), so a “ left open at the paragraph's end, with nothing else
// wrong, is not reported here (punctuation.quotation-paragraphs follows it). Markers such as 1）
// and apostrophes are not halves of pairs (paired_marks.cpp). None of these has a fix: where the
// missing mark goes is the writer's to say.
#include "chinese_text.hpp"
#include "paired_marks.hpp"

namespace reportkit {

namespace {

class PunctuationPairing final : public ParagraphTextRule {
public:
    std::string_view id() const override { return "punctuation.pairing"; }

protected:
    void checkText(int paragraph, std::string_view text, std::vector<Finding>& findings) const override {
        for (const UnpairedMark& mark : readPairedMarks(text).unpaired)
            findings.push_back(textFinding(paragraph, text, mark.offset, mark.length, mark.messageKey, "", false));
    }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationPairingRule() { return std::make_unique<PunctuationPairing>(); }

}  // namespace reportkit
