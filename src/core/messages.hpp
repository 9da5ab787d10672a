#pragma once
// The message catalogue: user-facing text in zh-CN and en, kept in .properties files
// (UTF-8, key=value, {name} placeholders) beside the extension, never in C++.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportkit {

using MessageArgs = std::vector<std::pair<std::string_view, std::string_view>>;

class MessageCatalog {
public:
    // "zh-CN", "zh_CN.UTF-8", "zh" … give "zh_CN"; anything else "en_US".
    static std::string catalogLocale(std::string_view locale);

    static MessageCatalog fromProperties(std::string_view text);

    // Reads <dir>/Messages_<locale>.properties over the English one, so a missing
    // translation shows English rather than a key. Throws std::runtime_error if neither exists.
    static MessageCatalog load(const std::string& dir, std::string_view locale);

    // The text for `key` with each {name} replaced; the key itself when unknown.
    std::string format(std::string_view key, const MessageArgs& args = {}) const;

    bool contains(std::string_view key) const;
    // The locale the catalogue was loaded for ("zh_CN", "en_US").
    const std::string& locale() const { return locale_; }
    std::vector<std::string> keys() const;

private:
    std::map<std::string, std::string, std::less<>> entries_;
    std::string locale_ = "en_US";
};

// Adds `next` to `list` as the catalogue's language lists things ("a, b" or "a、b": list.join).
void addToList(std::string& list, const std::string& next, const MessageCatalog& messages);

}  // namespace reportkit
