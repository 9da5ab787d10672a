#pragma once
// The brackets, quotation marks and book-title marks of one paragraph, paired as GB/T 15834—2011
// 4.8, 4.9 and 4.15 pair them: what punctuation.pairing reports, and whether a quotation goes on in
// the next paragraph, which punctuation.quotation-paragraphs follows.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace reportkit {

struct UnpairedMark {
    std::size_t offset;       // in bytes
    std::size_t length;       // of the mark, in bytes
    const char* messageKey;   // punctuation.pairing.unopened, .unclosed, .nested-quote or .nested-title
};

struct PairedMarks {
    std::vector<UnpairedMark> unpaired;  // in the order of the text
    // The “ of a quotation left open at the paragraph's end with nothing else wrong: a quotation
    // over several paragraphs, which opens each and closes once (4.8).
    std::optional<std::size_t> continuedQuotation;
};

PairedMarks readPairedMarks(std::string_view text);

}  // namespace reportkit
