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

std::string firstInstalled(const std::vector<std::string>& families, const std::set<std::string>& installed) {
    for (const std::string& family : families)
        if (installed.count(family)) return family;
    return {};
}

}  // namespace reportkit
