#pragma once
// The plain document model every rule reads: paragraphs in reading order, as UTF-8.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

struct Paragraph {
    std::string text;        // the typed text, without any automatic list label
    int outlineLevel = 0;    // 0 for body text, 1..10 for headings (Writer's OutlineLevel)
    std::string style;       // paragraph style name, "" when unknown
    std::string listLabel;   // Writer's automatic numbering label such as "（一）", "" if none
    int listLevel = -1;      // 0-based list level when listLabel is set
    bool trackedDeletion = false;  // Writer shows deleted text in it, left out of `text`
};

struct Document {
    std::string path;                     // as shown in reports
    std::vector<Paragraph> paragraphs;    // body paragraphs; empty ones counted
    std::string recordedTemplateId;       // from the document's properties, "" if none
    std::string recordedTemplateVersion;
    std::vector<std::string> ignored;     // keys of findings the writer chose to ignore (ignoreKey)
};

// A hash of a paragraph's text (FNV-1a: the same on every run and machine, unlike std::hash), to
// tell whether a paragraph is still the one something was computed from.
std::uint32_t textHash(std::string_view text);

// One line of plain text: its characters and the line end after them ("" for a last line without).
struct TextLine {
    std::string_view text;
    std::string_view end;
};

// The lines of plain text, ended by "\n", "\r\n" or a lone "\r" (old Mac files, some exports).
std::vector<TextLine> textLines(std::string_view text);

// Splits plain text into one paragraph a line (as textLines); a leading BOM is dropped.
Document documentFromText(std::string_view text, std::string path);

}  // namespace reportkit
