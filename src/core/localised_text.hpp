#pragma once
// A text given in several languages by a template (names, hints).
#include <map>
#include <string>
#include <string_view>

namespace reportkit {

struct LocalisedText {
    std::map<std::string, std::string> byLanguage;  // "zh-CN", "en"
    // The text in the locale's language ("zh…" is Chinese, anything else English), else Chinese, else any.
    std::string in(std::string_view locale) const;
};

}  // namespace reportkit
