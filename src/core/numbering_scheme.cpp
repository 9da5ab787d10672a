#include "numbering_scheme.hpp"

namespace reportkit {

std::string_view NumberingScheme::id() const {
    switch (kind) {
        case SchemeKind::regulation: return "regulation";
        case SchemeKind::decimal: return "decimal";
        case SchemeKind::gbt9704: break;
    }
    return "gbt9704";
}

bool schemeKindFromId(std::string_view id, SchemeKind& kind) {
    for (SchemeKind candidate : {SchemeKind::gbt9704, SchemeKind::regulation, SchemeKind::decimal}) {
        NumberingScheme scheme;
        scheme.kind = candidate;
        if (scheme.id() == id) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

bool skipPolicyFromName(std::string_view name, SkipPolicy& policy) {
    if (name == "none") policy = SkipPolicy::none;
    else if (name == "common") policy = SkipPolicy::common;
    else if (name == "any") policy = SkipPolicy::any;
    else return false;
    return true;
}

bool chapterCountFromName(std::string_view name, ChapterCount& count) {
    if (name == "restart") count = ChapterCount::restart;
    else if (name == "continue") count = ChapterCount::continueOn;
    else return false;
    return true;
}

}  // namespace reportkit
