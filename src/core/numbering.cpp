#include "numbering.hpp"

#include "utf8.hpp"

namespace reportkit {

NumberingAnalysis analyseNumbering(const Document& document, const NumberingScheme& scheme) {
    NumberingAnalysis analysis{scheme, {}};
    int previousLevel = 0;
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        NumberedParagraph numbered;
        numbered.paragraph = static_cast<int>(index);
        std::optional<Marker> typed = findMarker(paragraph.text, scheme);
        if (!paragraph.listLabel.empty()) {
            std::optional<Marker> label = findMarker(paragraph.listLabel, scheme);
            if (!label) continue;  // bullets and other lists are not section numbering
            numbered.marker = std::move(*label);
            numbered.automatic = true;
            if (typed && typed->level > 0) numbered.typed = std::move(typed);
        } else if (typed) {
            numbered.marker = std::move(*typed);
        } else {
            continue;
        }
        Marker& marker = numbered.marker;
        // ① below a level-4 item is a fifth level; anywhere else it stands for level 4's （1）.
        if (marker.form == MarkerForm::circled && previousLevel >= 4) {
            marker.level = 5;
            marker.standard.clear();
        }
        if (marker.level > 0) previousLevel = marker.level;
        analysis.paragraphs.push_back(std::move(numbered));
    }
    return analysis;
}

NumberingScheme detectScheme(const Document& document) {
    NumberingScheme best;
    int bestCount = 0;
    for (SchemeKind kind : {SchemeKind::gbt9704, SchemeKind::regulation, SchemeKind::decimal}) {
        NumberingScheme scheme;
        scheme.kind = kind;
        int count = 0;
        for (const Paragraph& paragraph : document.paragraphs) {
            const auto marker = findMarker(paragraph.listLabel.empty() ? paragraph.text : paragraph.listLabel, scheme);
            if (marker && marker.value().level > 0) ++count;
        }
        // The decimal form also matches plain numbered lines, so it must clearly win.
        if (count > bestCount * (kind == SchemeKind::decimal ? 2 : 1)) {
            best = scheme;
            bestCount = count;
        }
    }
    return best;
}

TextSpan markerSpan(const Paragraph& paragraph, const Marker& marker) {
    const std::string_view text = paragraph.text;
    return {static_cast<int>(utf8::utf16Length(text.substr(0, marker.offset))),
            static_cast<int>(utf8::utf16Length(marker.text))};
}

}  // namespace reportkit
