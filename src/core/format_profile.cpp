#include "format_profile.hpp"

#include <algorithm>

namespace reportkit {

namespace {

constexpr std::array<std::string_view, kTextRoleCount> kRoleIds = {"title",    "heading1", "heading2", "heading3",
                                                                   "heading4", "body",     "page-number"};

// The names offices install the standard's families under, most common first.
const std::vector<std::string> kXiaobiaosong = {"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "小标宋"};
const std::vector<std::string> kHeiti = {"黑体", "SimHei", "方正黑体_GBK", "方正黑体简体"};
const std::vector<std::string> kKaiti = {"楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "方正楷体简体"};
const std::vector<std::string> kFangsong = {"仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "方正仿宋_GBK",
                                            "方正仿宋简体"};
const std::vector<std::string> kSongti = {"宋体", "SimSun", "方正书宋_GBK"};

FormatProfile gbt9704() {
    FormatProfile profile;
    profile.base = "gbt9704";
    // 二号 (22 pt) 小标宋 title; 三号 (16 pt) 黑体, 楷体, 仿宋 for the levels and the body; 四号 page numbers.
    profile.font(TextRole::title) = {kXiaobiaosong, 22, false};
    profile.font(TextRole::heading1) = {kHeiti, 16, false};
    profile.font(TextRole::heading2) = {kKaiti, 16, false};
    profile.font(TextRole::heading3) = {kFangsong, 16, false};
    profile.font(TextRole::heading4) = {kFangsong, 16, false};
    profile.font(TextRole::body) = {kFangsong, 16, false};
    profile.font(TextRole::pageNumber) = {kSongti, 14, false};
    profile.lineSpacingPoints = 28.95;  // 22 lines in the 225 mm type area
    return profile;
}

FormatProfile plain() {
    const std::vector<std::string> serif = {"Liberation Serif", "Times New Roman", "DejaVu Serif"};
    const std::vector<std::string> sans = {"Liberation Sans", "Arial", "DejaVu Sans"};
    FormatProfile profile;
    profile.base = "plain";
    profile.font(TextRole::title) = {sans, 18, true};
    profile.font(TextRole::heading1) = {sans, 14, true};
    profile.font(TextRole::heading2) = {sans, 13, true};
    profile.font(TextRole::heading3) = {sans, 12, true};
    profile.font(TextRole::heading4) = {sans, 12, false};
    profile.font(TextRole::body) = {serif, 12, false};
    profile.font(TextRole::pageNumber) = {serif, 10, false};
    profile.page = {210, 297, 25, 25, 25, 25, 0, 0, false};
    return profile;
}

}  // namespace

std::string_view textRoleId(TextRole role) { return kRoleIds[static_cast<std::size_t>(role)]; }

std::optional<TextRole> textRoleFromId(std::string_view id) {
    const auto found = std::find(kRoleIds.begin(), kRoleIds.end(), id);
    if (found == kRoleIds.end()) return std::nullopt;
    return static_cast<TextRole>(found - kRoleIds.begin());
}

std::optional<FormatProfile> baseProfile(std::string_view name) {
    if (name == "gbt9704") return gbt9704();
    if (name == "plain") return plain();
    return std::nullopt;
}

namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "方正仿宋_GBK" → "仿宋", "FZXiaoBiaoSong-B05S" → "xiaobiaosong", "FangSong_GB2312" → "fangsong".
std::string familyCore(std::string_view font) {
    std::string name;
    for (const char c : font.substr(0, font.find(';')))
        if (c != ' ' && c != '_' && c != '-') name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::string_view suffix : {"gb2312", "gbk", "gb18030", "简体", "繁体", "b05s", "std"})
            if (endsWith(name, suffix) && name.size() > suffix.size()) {
                name.resize(name.size() - suffix.size());
                changed = true;
            }
    }
    for (const std::string_view prefix : {"方正", "华文", "fz", "st"})
        if (startsWith(name, prefix) && name.size() > prefix.size()) {
            name.erase(0, prefix.size());
            break;
        }
    return name;
}

}  // namespace

FamilyMatcher::FamilyMatcher(const std::vector<std::string>& families) {
    for (const std::string& family : families) cores_.push_back(familyCore(family));
}

bool FamilyMatcher::matches(std::string_view font) const {
    return std::find(cores_.begin(), cores_.end(), familyCore(font)) != cores_.end();
}

bool isFamilyOf(const std::vector<std::string>& families, std::string_view font) {
    return FamilyMatcher(families).matches(font);
}

std::string familyName(const std::vector<std::string>& families) {
    if (families.empty()) return {};
    // The family, not one foundry's edition of it: 仿宋 for 仿宋_GB2312, 小标宋 for 方正小标宋简体.
    std::string name = families.front();
    for (const std::string_view suffix : {"_GB2312", "_GBK", "简体"})
        if (endsWith(name, suffix) && name.size() > suffix.size()) name.resize(name.size() - suffix.size());
    if (startsWith(name, "方正") && name.size() > std::string_view("方正").size()) name.erase(0, std::string_view("方正").size());
    return name;
}

std::string firstInstalled(const std::vector<std::string>& families, const std::set<std::string>& installed) {
    for (const std::string& family : families)
        if (installed.count(family)) return family;
    return {};
}

}  // namespace reportkit
