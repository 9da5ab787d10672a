#pragma once
// A finding carries everything a user interface needs: rule, severity, place, message key and
// arguments, and the fix as data, so the sidebar and the command line only render it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "format_profile.hpp"
#include "localised_text.hpp"

namespace reportkit {

enum class Severity { error, warning, info };

std::string_view severityName(Severity severity);

// Replace `length` UTF-16 code units at `start` of paragraph `paragraph` by `replacement`.
// `original` and `paragraphHash` say what text the edit was computed from, so that it is never
// applied to text that has changed since (checkDocument fills them in).
struct TextEdit {
    // A constructor rather than brace-initialising the aggregate, so that an edit made before
    // checkDocument knows what it replaces can leave `original` and `paragraphHash` out.
    TextEdit() = default;
    TextEdit(int paragraph, int start, int length, std::string replacement, std::string original = {},
             std::uint32_t paragraphHash = 0)
        : paragraph(paragraph), start(start), length(length), replacement(std::move(replacement)),
          original(std::move(original)), paragraphHash(paragraphHash) {}

    int paragraph = -1;
    int start = 0;
    int length = 0;
    std::string replacement;
    std::string original;            // the characters it replaces
    std::uint32_t paragraphHash = 0;  // textHash of the whole paragraph; 0 when unknown

    bool operator==(const TextEdit& other) const {
        return paragraph == other.paragraph && start == other.start && length == other.length &&
               replacement == other.replacement;
    }
};

// A change to Writer's automatic numbering of a paragraph: its text stays as it is.
struct ListEdit {
    enum class Action {
        restart,   // restart the list here at `startValue`
        setLabel,  // give the paragraph's list level the label form `label` (e.g. "（一）")
    };
    // As TextEdit's: `paragraphHash` is filled in later.
    ListEdit() = default;
    ListEdit(int paragraph, Action action, int startValue, std::string label = {}, std::uint32_t paragraphHash = 0)
        : paragraph(paragraph), action(action), startValue(startValue), label(std::move(label)),
          paragraphHash(paragraphHash) {}

    int paragraph = -1;
    Action action = Action::restart;
    int startValue = 1;
    std::string label;
    std::uint32_t paragraphHash = 0;  // as in TextEdit
};

// A change to how characters, a paragraph or a page look: no character of the text changes.
struct FormatEdit {
    enum PagePart : unsigned { pageSize = 1, margins = 2, lineGrid = 4, pageNumbers = 8 };

    int paragraph = -1;   // the paragraph it changes; -1 for a page style
    int start = 0;        // the characters `font` and `black` set, in UTF-16 units;
    int length = 0;       // length 0: the whole paragraph
    std::uint32_t paragraphHash = 0;  // as in TextEdit
    std::optional<FontSpec> font;     // the first installed family of the chain is set
    bool black = false;               // the text's colour becomes automatic
    std::optional<Alignment> alignment;
    std::optional<double> firstLineIndentMm;
    std::optional<double> lineSpacingPoints;

    std::string pageStyle;  // with paragraph -1: the page style that takes `page`'s parts
    unsigned pageParts = 0;
    PageSpec page;
    FontSpec pageNumberFont;
    double pageNumberSpacingMm = 0;
};

// Everything one fix changes; a renumbering may touch several paragraphs.
struct Fix {
    std::vector<TextEdit> text;
    std::vector<ListEdit> list;
    std::vector<FormatEdit> format;
};

// A stretch of a paragraph in UTF-16 code units; length 0 stands for the whole paragraph.
struct TextSpan {
    int start = 0;
    int length = 0;
};

struct Finding {
    std::string rule;          // stable id, e.g. "numbering.style"
    Severity severity = Severity::error;
    int paragraph = -1;        // 0-based body paragraph, -1 when the finding has no place
    TextSpan place;            // what in the paragraph it is about, e.g. the marker
    std::string opening;       // the paragraph's first words, for lists and reports
    std::string messageKey;    // looked up in the message catalogue
    std::string found;         // what the document has, e.g. "一."
    std::string expected;      // what it should have, e.g. "一、"
    std::optional<Fix> fix;
    std::map<std::string, LocalisedText> texts;  // further message arguments in the template's languages
    std::string message;       // the rendered message, filled in by localisation
    // A format problem many paragraphs share (a style without its indent) is one finding: its place
    // is the first paragraph, these are the others, and its fix mends them all.
    std::vector<int> repeats;
    bool ignored = false;      // the writer chose to ignore this occurrence: shown on request, never counted
};

}  // namespace reportkit
