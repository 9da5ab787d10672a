// libFuzzer target: the topic matcher. The input's first line holds keywords (separated by spaces),
// the rest is the text; every occurrence found must really be there.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "keyword_matcher.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    if (!reportkit::utf8::isValid(input)) return 0;
    const std::size_t newline = input.find('\n');
    std::istringstream words(input.substr(0, newline));
    const std::string text = newline == std::string::npos ? std::string() : input.substr(newline + 1);
    reportkit::KeywordMatcher matcher;
    std::vector<std::u32string> keywords;
    for (std::string word; words >> word;) {
        matcher.add(word);
        keywords.push_back(reportkit::foldText(word));
    }
    matcher.build();
    const std::u32string folded = reportkit::foldText(text);
    std::size_t found = 0;
    matcher.scan(folded, [&](std::size_t id) {
        if (id >= keywords.size() || keywords[id].empty() || folded.find(keywords[id]) == std::u32string::npos) std::abort();
        ++found;
    });
    // When some keyword occurs in the text, the matcher finds something.
    for (std::size_t id = 0; id < keywords.size(); ++id)
        if (!keywords[id].empty() && folded.find(keywords[id]) != std::u32string::npos && found == 0) std::abort();
    return 0;
}
