#pragma once
// What each paragraph is for the format rules — the title, a heading of a level (standalone, or
// the sentence of a run-in heading), body text — found once per check from the numbering.
#include <vector>

#include "document.hpp"
#include "format_profile.hpp"
#include "numbering.hpp"

namespace reportkit {

// Characters of a paragraph that take one role's format, in UTF-16 units.
struct RolePart {
    TextRole role = TextRole::body;
    int start = 0;
    int length = 0;
};

// What a paragraph is in a 公文 (GB/T 9704 7.3): its role decides the format it should have.
enum class ParagraphRole { empty, title, addressee, heading, body, note, attachmentLabel, caption, closing };

struct ParagraphRoles {
    ParagraphRole role = ParagraphRole::empty;
    std::vector<RolePart> parts;  // empty for an empty paragraph
    // GB/T 9704 7.3.3 indents paragraphs two characters; not the title, a salutation (顶格), a
    // centred or right-aligned line, or the signature and date at the end.
    bool indented = false;
    // The role is read from evidence that leaves no doubt (a marker, a title style, a sentence):
    // only then may a fix give the paragraph its role's size, alignment or indent. A guessed role
    // still has its findings, saying what they saw, without a fix.
    bool certain = false;
};

struct FormatAnalysis {
    const FormatProfile* profile = nullptr;
    std::vector<ParagraphRoles> paragraphs;  // one for each of the document's
    std::vector<int> title;                  // the title's paragraphs (a title may take two); none without a title line
};

FormatAnalysis analyseFormat(const Document& document, const NumberingAnalysis& numbering,
                             const FormatProfile& profile);

// The runs of a paragraph's format that share characters with [start, start + length).
std::vector<const FormatRun*> runsIn(const ParagraphFormat& format, int start, int length);

}  // namespace reportkit
