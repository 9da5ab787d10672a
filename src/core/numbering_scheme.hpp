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

struct NumberingScheme {
    SchemeKind kind = SchemeKind::gbt9704;
    SkipPolicy skip = SkipPolicy::common;
    std::string level3Stop = ".";  // GB/T 9704 level 3: "1." (half-width) or "1．" (full-width)

    std::string_view id() const;
};

// "gbt9704", "regulation", "decimal"; false for another name.
bool schemeKindFromId(std::string_view id, SchemeKind& kind);
bool skipPolicyFromName(std::string_view name, SkipPolicy& policy);

}  // namespace reportkit
