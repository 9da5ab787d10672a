#include "document.hpp"

#include <algorithm>

#include "markers.hpp"
#include "utf8.hpp"

namespace reportkit {

bool hasText(const Document& document) {
    return std::any_of(document.paragraphs.begin(), document.paragraphs.end(), [](const Paragraph& paragraph) {
        for (std::size_t at = 0; at < paragraph.text.size();)
            if (!isLayoutSpace(utf8::next(paragraph.text, at))) return true;
        return !paragraph.listLabel.empty();
    });
}

std::uint32_t textHash(std::string_view text) {
    std::uint32_t hash = 2166136261u;
    for (const unsigned char byte : text) hash = (hash ^ byte) * 16777619u;
    return hash;
}

std::vector<TextLine> textLines(std::string_view text) {
    std::vector<TextLine> lines;
    while (!text.empty()) {
        const std::size_t stop = std::min(text.find_first_of("\r\n"), text.size());
        std::size_t next = stop;
        if (stop < text.size()) next += text.compare(stop, 2, "\r\n") == 0 ? 2 : 1;
        lines.push_back({text.substr(0, stop), text.substr(stop, next - stop)});
        text.remove_prefix(next);
    }
    return lines;
}

Document documentFromText(std::string_view text, std::string path) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());

    Document doc;
    doc.path = std::move(path);
    for (const TextLine& line : textLines(text)) doc.paragraphs.emplace_back().text = std::string(line.text);
    return doc;
}

}  // namespace reportkit
