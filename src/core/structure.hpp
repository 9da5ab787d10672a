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
    bool chapters = false;  // written as its items raised to chapters (<chapters>), not under a heading of its own
    // Not found: surely missing when every heading at its level names another section; else the
    // first headings at its level that name none (up to kLookedAt), looked at in vain: the
    // writer's own words for it, maybe.
    bool surelyMissing = false;
    std::vector<int> lookedAt;
};
constexpr std::size_t kLookedAt = 6;

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
// a two-line title's both lines; the headings; and the first and last lines, which name a kind too.
struct Outline {
    std::vector<int> title;
    std::u32string titleText;  // folded, the lines joined
    // The document a cover notice issues, named in 关于印发《X》的通知 or 现将《X》印发给你们: X,
    // folded. The notice's own title names no report; X does.
    std::u32string issuedTitle;
    std::vector<Heading> headings;
    std::vector<std::u32string> firstLines;    // folded: the first paragraphs with text above the first heading
    bool addressed = false;                    // a line to the 主送机关 (市政府：) opens the body
    std::vector<std::u32string> closingLines;  // folded: the last paragraphs that end a sentence
};
Outline findOutline(const Document& document, const NumberingAnalysis& numbering);

// How key words match a folded text, in their order: how many of its characters (0 when they do
// not match), and how far apart, from the first word's start to the last one's end.
struct WordsMatch {
    std::size_t characters = 0;
    std::size_t span = 0;
};
WordsMatch keyWordsMatch(const KeyWords& words, const std::u32string& folded);

// Where the template's sections are among the headings, without looking at topics: enough to
// recognise a report's kind, so the headings are found once for every kind.
// A heading names a section when its text (after the marker; a run-in heading's first sentence)
// contains the section's heading or an alias, full- and half-width alike, or has its key words.
// Each heading goes to the section it names best: first headings of the section's own level,
// then openings in the body, then headings of another level that contain its heading or an alias.
// A section none names, written as its items raised to chapters, is at its chapters: two or more
// headings of its level, named by no section, that open with its <chapters> words.
std::vector<SectionMatch> matchSections(const std::vector<Heading>& headings, int paragraphCount,
                                        const Template& reportTemplate);

// Sections as matchSections finds them, and the topics covered in them; the title is no mention.
StructureAnalysis analyseStructure(const Document& document, const NumberingAnalysis& numbering,
                                   const Template& reportTemplate);

// Whether a paragraph gives a quantity: a number with a unit, as in 组织集体学习56次 or 开展三次.
bool hasQuantity(const std::u32string& folded);

}  // namespace reportkit
