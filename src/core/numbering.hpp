#pragma once
// The numbering of a document, found once and read by every numbering rule: which paragraphs
// carry a marker, whether Writer or the writer typed it, and at which level it stands.
#include <optional>
#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "markers.hpp"

namespace reportkit {

// The text after a numbered paragraph's marker (its whole text under an automatic label) and how
// it ends, in bytes into the paragraph.
struct HeadingEnd {
    std::size_t start = 0;  // where the text after the marker starts
    std::size_t last = 0;   // where its last character that is not a space starts
    char32_t mark = 0;      // that character; 0 for none
    bool runIn = false;     // a full stop before it: a run-in heading with its body after it
};

struct NumberedParagraph {
    int paragraph = -1;
    Marker marker;               // Writer's automatic label when there is one, else the typed marker
    bool automatic = false;
    std::optional<Marker> typed; // a marker typed after an automatic label as well ("一、一、存在问题")
    // How the text after the marker ends (levels 1 to 4): what tells a heading from a sentence.
    HeadingEnd end;
    // A numbered sentence, not a heading: a meeting's decision ("一、由…完成…。"), a notice's clause
    // ("一、报名时间：…；"), one of a list of sentences. It may end as sentences do.
    bool sentence = false;
};

// Whether a character ends a sentence or a clause: ，：、。；.！？ and their half-width forms.
bool isSentenceMark(char32_t cp);

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
