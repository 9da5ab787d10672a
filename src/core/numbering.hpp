#pragma once
// The numbering of a document, found once and read by every numbering rule: which paragraphs
// carry a marker, whether Writer or the writer typed it, and at which level it stands.
#include <optional>
#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "markers.hpp"

namespace reportkit {

struct NumberedParagraph {
    int paragraph = -1;
    Marker marker;               // Writer's automatic label when there is one, else the typed marker
    bool automatic = false;
    std::optional<Marker> typed; // a marker typed after an automatic label as well ("一、一、存在问题")
};

struct NumberingAnalysis {
    NumberingScheme scheme;
    std::vector<NumberedParagraph> paragraphs;  // in document order; enumerations (第一，) included at level 0
    // The stop after a level-3 number the document is held to: the scheme's where it requires one,
    // else the one most of the document's typed level-3 numbers use (the first used on a tie).
    std::string level3Stop = std::string(kDefaultLevel3Stop);

    // The standard marker of a level and number as this document is held to write it.
    std::string standardMarker(int level, int number) const;
};

// The stop a typed level-3 number is written with, "." or "．", where its digits are half-width:
// evidence of a document's house style. Empty for any other marker.
std::string_view typedLevel3Stop(const NumberedParagraph& numbered);

NumberingAnalysis analyseNumbering(const Document& document, const NumberingScheme& scheme);

// The scheme whose markers the document uses most; GB/T 9704 when none stands out.
NumberingScheme detectScheme(const Document& document);

// A typed marker's characters in its paragraph, in UTF-16 units.
TextSpan markerSpan(const Paragraph& paragraph, const Marker& marker);

}  // namespace reportkit
