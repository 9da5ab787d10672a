#pragma once
// The plain document model every rule reads: paragraphs in reading order, as UTF-8.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// The format Writer really applies (paragraph style, character styles and direct formatting
// resolved), read only from documents that have one (not from plain text).
enum class Alignment { left, right, centre, justified };

// The characters' format; fonts are their Asian (CJK) ones, which Chinese text is set in.
struct CharacterFormat {
    std::string font;
    double points = 0;
    bool bold = false;
    std::int32_t color = -1;  // 0xRRGGBB; -1 automatic (black on white)

    bool operator==(const CharacterFormat& other) const {
        return font == other.font && points == other.points && bold == other.bold && color == other.color;
    }
    bool operator!=(const CharacterFormat& other) const { return !(*this == other); }
};

// Characters of one format, in UTF-16 units of the paragraph's text.
struct FormatRun {
    int start = 0;
    int length = 0;
    CharacterFormat format;
};

struct ParagraphFormat {
    Alignment alignment = Alignment::left;
    double firstLineIndentMm = 0;  // from the left indent
    double leftIndentMm = 0;       // of every line
    double lineSpacingPoints = 0;  // a fixed line height; 0 when proportional
    int page = -1;                 // the page style it is set on: an index into Document::pages
    // Adjacent characters of the same format are one run; an empty paragraph has one run of
    // length 0 with the format a character typed there would take.
    std::vector<FormatRun> runs;
};

// A footer's page number as the page shows it.
struct PageNumberFormat {
    bool present = false;      // a page-number field is there
    std::string text;          // the footer's text with "#" for the number, e.g. "— # —"
    bool onlyPageNumber = true;  // nothing else in the footer: it can be replaced without loss
    Alignment alignment = Alignment::left;
    double leftIndentMm = 0, rightIndentMm = 0;
    CharacterFormat format;    // of the number
};

struct PageFormat {
    std::string style;   // the page style's name
    double widthMm = 0, heightMm = 0;
    double topMm = 0, bottomMm = 0, leftMm = 0, rightMm = 0;  // as Writer holds them
    bool header = false;
    double headerHeightMm = 0;   // with the spacing below it; inside the top margin in Word's terms
    bool footer = false;
    double footerHeightMm = 0;   // with the spacing above it; inside the bottom margin in Writer's terms
    double footerSpacingMm = 0;  // between the text and the footer
    bool footerShared = true;    // even pages show the odd pages' footer
    int gridLines = 0;           // lines a page of the line grid; 0 without a grid
    PageNumberFormat oddPages, evenPages;
    // The page style its pages after the first take, when it is another one the body is set on
    // (an index into Document::pages; -1 otherwise): a first page style and its follow are one
    // section to Word, which a change to only one of them splits.
    int follow = -1;

    // The text area's margins: Writer sets a header below its top margin and a footer above its
    // bottom one, where Word measures the text area from the page's edge.
    double textTopMm() const { return topMm + (header ? headerHeightMm : 0); }
    double textBottomMm() const { return bottomMm + (footer ? footerHeightMm : 0); }
};

struct Paragraph {
    std::string text;        // the typed text, without any automatic list label
    int outlineLevel = 0;    // 0 for body text, 1..10 for headings (Writer's OutlineLevel)
    std::string style;       // paragraph style name, "" when unknown
    std::string listLabel;   // Writer's automatic numbering label such as "（一）", "" if none
    int listLevel = -1;      // 0-based list level when listLabel is set
    bool trackedDeletion = false;  // Writer shows deleted text in it, left out of `text`
    ParagraphFormat format;        // when Document::hasFormat
};

struct Document {
    std::string path;                     // as shown in reports
    std::vector<Paragraph> paragraphs;    // body paragraphs; empty ones counted
    std::string recordedTemplateId;       // from the document's properties, "" if none
    std::string recordedTemplateVersion;
    std::vector<std::string> ignored;     // keys of findings the writer chose to ignore (ignoreKey)
    bool hasFormat = false;               // paragraphs' and pages' format read (not plain text)
    std::vector<PageFormat> pages;        // the page styles the body is set on
};

// Whether any paragraph has a character other than white space: a new, empty document has none,
// and nothing of its format is the writer's yet.
bool hasText(const Document& document);

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
