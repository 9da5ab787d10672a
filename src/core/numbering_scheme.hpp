#pragma once
// A numbering scheme: which marker forms make its levels, and its settings.
#include <string>
#include <string_view>

namespace reportkit {

enum class SchemeKind {
    gbt9704,     // 一、 （一） 1. （1）: GB/T 9704-2012, the default
    regulation,  // 第一章 第一节 第一条: rules and regulations; articles run on across chapters
    decimal,     // 1 / 1.1 / 1.1.1: technical reports
};

// Which skipped levels are accepted: none; the common 一、 then 1. (level 1 straight to level 3); any.
enum class SkipPolicy { none, common, any };

// How level-2 items (（一）) are counted under a new level 1 (一、): both are official house styles.
enum class ChapterCount {
    either,    // either, applied the same way in the whole document (the default)
    restart,   // （一） again under each 一、
    continueOn, // on across chapters: （七）…（十五） under 二、 and 三、, as many State Council documents do
};

struct NumberingScheme {
    SchemeKind kind = SchemeKind::gbt9704;
    SkipPolicy skip = SkipPolicy::common;
    // GB/T 9704 level 3: "." (1.) or "．" (1．) required; empty: either, the same in the whole document.
    std::string level3Stop;
    ChapterCount level2Count = ChapterCount::either;

    std::string_view id() const;
};

// "gbt9704", "regulation", "decimal"; false for another name.
bool schemeKindFromId(std::string_view id, SchemeKind& kind);
bool skipPolicyFromName(std::string_view name, SkipPolicy& policy);
// "restart", "continue"; false for another name.
bool chapterCountFromName(std::string_view name, ChapterCount& count);

// The stop ReportKit writes after a level-3 number where the scheme accepts either.
inline constexpr std::string_view kDefaultLevel3Stop = ".";

}  // namespace reportkit
