#pragma once
// Finds every occurrence of many keywords in one pass over a text (an Aho–Corasick automaton over
// Unicode code points). Text and keywords are folded alike: full-width ASCII forms to half-width,
// the ideographic space to a space, Latin letters to lower case.
#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportkit {

// The folded code points of UTF-8 text.
std::u32string foldText(std::string_view utf8);

class KeywordMatcher {
public:
    // Adds a keyword (UTF-8) and returns its id, counted from 0. Empty keywords are not matched.
    std::size_t add(std::string_view keyword);
    // The same for a keyword folded already (foldText).
    std::size_t addFolded(const std::u32string& folded);
    // Must be called once after the last add() and before scan().
    void build();

    // Calls `found(id)` once for each occurrence of a keyword in the folded text.
    template <typename Found>
    void scan(const std::u32string& text, Found&& found) const {
        scanWithEnds(text, [&](std::size_t id, std::size_t) { found(id); });
    }
    // The same with `found(id, end)`: end is where the occurrence ends (one past its last code point).
    template <typename Found>
    void scanWithEnds(const std::u32string& text, Found&& found) const {
        std::size_t state = 0;
        for (std::size_t end = 1; end <= text.size(); ++end) {
            const char32_t cp = text[end - 1];
            if (cp < inKeywords_.size() && !inKeywords_.test(cp)) {  // back to the root, nothing found
                state = 0;
                continue;
            }
            state = step(state, cp);
            for (std::size_t at = state; at != 0; at = nodes_[at].outputLink)
                for (const std::size_t id : nodes_[at].keywords) found(id, end);
        }
    }

    std::size_t size() const { return keywords_; }

private:
    struct Node {
        std::vector<std::pair<char32_t, std::size_t>> next;  // sorted by code point
        std::size_t failure = 0;
        std::size_t outputLink = 0;  // the nearest node on the failure chain that ends a keyword, or 0
        std::vector<std::size_t> keywords;
    };
    std::size_t child(std::size_t node, char32_t cp) const;  // 0 when there is none
    std::size_t step(std::size_t state, char32_t cp) const;

    std::vector<Node> nodes_ = std::vector<Node>(1);
    std::size_t keywords_ = 0;
    // The characters of the BMP that some keyword holds: any other one leads back to the root from
    // every state, which a scan then knows without a look at the nodes. Most characters of a text
    // are in no keyword.
    std::bitset<0x10000> inKeywords_;
};

}  // namespace reportkit
