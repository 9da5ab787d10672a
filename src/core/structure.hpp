#pragma once
// Which of a template's sections a document has and where, and which topics it covers: found once
// per check, read by the structure and topic rules and by the report.
#include <string>
#include <vector>

#include "document.hpp"
#include "numbering.hpp"
#include "report_template.hpp"

namespace reportkit {

struct SectionMatch {
    const SectionSpec* spec = nullptr;
    bool present = false;
    int paragraph = -1;  // its heading
    int end = -1;        // the first paragraph after the section
    int level = 0;       // of the heading found: 0 for an opening in the body (会议议定了如下事项：)
    int items = 0;       // numbered items one level below its heading
};

struct TopicCoverage {
    const TopicSpec* spec = nullptr;
    std::vector<int> paragraphs;  // that mention it, in the sections it belongs to
    bool covered = false;
};

struct StructureAnalysis {
    std::vector<SectionMatch> sections;  // in the template's order
    std::vector<TopicCoverage> topics;   // in the template's order
};

// A paragraph that heads something: a section marker, or a Writer heading (outline level); or, in
// the body (level 0), a short unnumbered line that opens what follows (会议议定了如下事项：) or
// stands alone (前言), which heads a section only when it names one.
struct Heading {
    int paragraph;
    int level;
    std::u32string text;  // folded; after the marker, a run-in heading's first sentence
    bool inBody = false;
};

// The paragraphs above the first heading that read as a title (short, no closing punctuation),
// a two-line title's both lines; and the headings.
struct Outline {
    std::vector<int> title;
    std::u32string titleText;  // folded, the lines joined
    std::vector<Heading> headings;
};
Outline findOutline(const Document& document, const NumberingAnalysis& numbering);

// How many characters of the folded text the key words match, in their order; 0 when they do not.
std::size_t keyWordsMatch(const KeyWords& words, const std::u32string& folded);

// Where the template's sections are among the headings, without looking at topics: enough to
// recognise a report's kind, so the headings are found once for every kind.
// A heading names a section when its text (after the marker; a run-in heading's first sentence)
// contains the section's heading or an alias, full- and half-width alike, or has its key words.
// Each heading goes to the section it names best: first headings of the section's own level,
// then openings in the body, then headings of another level that contain its heading or an alias.
std::vector<SectionMatch> matchSections(const std::vector<Heading>& headings, int paragraphCount,
                                        const Template& reportTemplate);

// Sections as matchSections finds them, and the topics covered in them; the title is no mention.
StructureAnalysis analyseStructure(const Document& document, const NumberingAnalysis& numbering,
                                   const Template& reportTemplate);

// Whether a paragraph gives a quantity: a number with a unit, as in 组织集体学习56次 or 开展三次.
bool hasQuantity(const std::u32string& folded);

}  // namespace reportkit
