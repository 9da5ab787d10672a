#include "messages.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reportkit {

namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

bool readFile(const std::string& path, std::string& content) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    content = buffer.str();
    return true;
}

}  // namespace

std::string MessageCatalog::catalogLocale(std::string_view locale) {
    return locale.substr(0, 2) == "zh" ? "zh_CN" : "en_US";
}

MessageCatalog MessageCatalog::fromProperties(std::string_view text) {
    MessageCatalog catalog;
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);) {
        const std::string_view entry = trim(line);
        if (entry.empty() || entry.front() == '#' || entry.front() == '!') continue;
        const auto equals = entry.find('=');
        if (equals == std::string_view::npos) continue;
        std::string value(trim(entry.substr(equals + 1)));
        // "\n" in a value is a line break, as in Java and LibreOffice properties.
        for (std::size_t at = value.find("\\n"); at != std::string::npos; at = value.find("\\n", at + 1))
            value.replace(at, 2, "\n");
        catalog.entries_[std::string(trim(entry.substr(0, equals)))] = std::move(value);
    }
    return catalog;
}

MessageCatalog MessageCatalog::load(const std::string& dir, std::string_view locale) {
    std::string english;
    std::string localised;
    const bool haveEnglish = readFile(dir + "/Messages_en_US.properties", english);
    const bool haveLocalised =
        readFile(dir + "/Messages_" + catalogLocale(locale) + ".properties", localised);
    if (!haveEnglish && !haveLocalised)
        throw std::runtime_error("no message catalogue in " + dir);
    MessageCatalog catalog = fromProperties(english);
    catalog.locale_ = catalogLocale(locale);
    for (auto& [key, value] : fromProperties(localised).entries_) catalog.entries_[key] = value;
    return catalog;
}

bool MessageCatalog::contains(std::string_view key) const { return entries_.find(key) != entries_.end(); }

std::vector<std::string> MessageCatalog::keys() const {
    std::vector<std::string> result;
    for (const auto& entry : entries_) result.push_back(entry.first);
    return result;
}

std::string MessageCatalog::format(std::string_view key, const MessageArgs& args) const {
    const auto entry = entries_.find(key);
    std::string text = entry == entries_.end() ? std::string(key) : entry->second;
    for (const auto& [name, value] : args) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

void addToList(std::string& list, const std::string& next, const MessageCatalog& messages) {
    list = list.empty() ? next : messages.format("list.join", {{"list", list}, {"next", next}});
}

}  // namespace reportkit
