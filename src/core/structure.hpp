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

// A paragraph that heads something: a section marker, or a Writer heading (outline level).
struct Heading {
    int paragraph;
    int level;
    std::u32string text;  // folded; after the marker, a run-in heading's first sentence
};
std::vector<Heading> findHeadings(const Document& document, const NumberingAnalysis& numbering);

// Where the template's sections are among the headings, without looking at topics: enough to
// recognise a report's kind, so the headings are found once for every kind.
std::vector<SectionMatch> matchSections(const std::vector<Heading>& headings, int paragraphCount,
                                        const Template& reportTemplate);

// Sections as matchSections finds them, and the topics covered in them.
// A heading matches a section when its text (after the marker; a run-in heading's first sentence)
// contains the section's heading or one of its aliases, full- and half-width alike.
StructureAnalysis analyseStructure(const Document& document, const NumberingAnalysis& numbering,
                                   const Template& reportTemplate);

// Whether a paragraph gives a quantity: a number with a unit, as in 组织集体学习56次 or 开展三次.
bool hasQuantity(const std::u32string& folded);

}  // namespace reportkit
