#include "document.hpp"

namespace reportkit {

std::uint32_t textHash(std::string_view text) {
    std::uint32_t hash = 2166136261u;
    for (const unsigned char byte : text) hash = (hash ^ byte) * 16777619u;
    return hash;
}

Document documentFromText(std::string_view text, std::string path) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());

    Document doc;
    doc.path = std::move(path);
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        doc.paragraphs.emplace_back().text = std::string(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return doc;
}

}  // namespace reportkit
