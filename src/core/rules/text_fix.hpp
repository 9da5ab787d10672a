#pragma once
// Places and fixes of findings about a stretch of a paragraph's text, shared by the text rules.
#include <string_view>

#include "../finding.hpp"
#include "../utf8.hpp"

namespace reportkit {

// The place of `bytes` bytes at byte `offset` of a paragraph, in UTF-16 code units as Writer counts.
inline TextSpan placeOf(std::string_view paragraph, std::size_t offset, std::size_t bytes) {
    return {static_cast<int>(utf8::utf16Length(paragraph.substr(0, offset))),
            static_cast<int>(utf8::utf16Length(paragraph.substr(offset, bytes)))};
}

// The fix that writes `replacement` over the finding's place ("" deletes it).
inline Fix replacePlace(const Finding& finding, std::string replacement) {
    TextEdit edit;
    edit.paragraph = finding.paragraph;
    edit.start = finding.place.start;
    edit.length = finding.place.length;
    edit.replacement = std::move(replacement);
    return Fix{{std::move(edit)}, {}, {}};
}

}  // namespace reportkit
