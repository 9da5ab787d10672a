#pragma once
// A report kind ("template"): identity, names and its section tree, read from an XML file.
// docs/templates.md describes the format.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format_profile.hpp"
#include "localised_text.hpp"
#include "messages.hpp"
#include "numbering_scheme.hpp"

namespace reportkit {

// Key words in the order they must come, each one of several alternatives: written
// "下一步|下步|今后 打算|思路|措施", it matches 下步工作打算 and 今后的努力方向和措施. Held folded
// (foldText), as they are matched, so that matching many headings folds them once.
struct KeyWords {
    std::vector<std::vector<std::u32string>> inOrder;
};

struct SectionSpec {
    std::string id;
    std::string heading;               // e.g. "履职情况"
    std::vector<std::string> aliases;  // other headings accepted for it
    std::vector<KeyWords> keyWords;    // <match>: how writers head it in their own words
    // <chapters>: words a chapter opens with when the section is written as its own items raised to
    // chapters (一、深化…改革 二、加强…建设 for a plan's tasks), with no heading of its own.
    std::vector<std::u32string> chapterWords;
    int level = 1;
    bool required = true;
    std::string parent;                // the enclosing section's id; "" at the top
    LocalisedText prompt;              // shown in the empty section of an inserted skeleton
    LocalisedText itemPrompt;          // <item-prompt>: the skeleton's min-items numbered items show it
    int minItems = 0, maxItems = 0;    // numbered sub-items it conventionally has; 0: no limit
    bool runIn = false;                // its sub-items are run-in headings: "（一）标题。正文……"
};

// A value the user fills in before insertion: {unit} in the title becomes 某某党支部.
struct VariableSpec {
    enum class Type { text, year, date };
    std::string id;
    Type type = Type::text;
    LocalisedText label;
    bool required = false;
    std::string defaultValue;
};

// A paragraph before the first section or after the last: fixed text, or a prompt to replace.
struct FrameParagraph {
    enum class Align { left, centre, right };
    std::string text;  // with {variables}; empty for a prompt
    LocalisedText prompt;
    Align align = Align::left;
};

// What a report must talk about, and how to tell that it does (docs/templates.md).
struct TopicSpec {
    std::string id;
    LocalisedText name;
    LocalisedText hint;                          // what to add when it is missing
    bool required = true;
    std::vector<std::string> sections;           // section ids it must appear in; empty: anywhere
    std::vector<std::vector<std::string>> groups;  // a paragraph mentions the topic when it has a word of every group
    std::vector<std::string> excludes;           // a paragraph with one of these does not count
    int minimumMentions = 1;                     // paragraphs that must mention it
    bool needsQuantity = false;                  // a mention must also give a number and a unit (组织学习56次)
};

struct Template {
    std::string id;
    std::string version;
    LocalisedText name;
    LocalisedText description;
    std::string category;
    std::vector<VariableSpec> variables;
    std::string title;                     // with {variables}
    std::vector<KeyWords> titleWords;      // <recognise><title>: a title with these names the kind
    // The first lines that name the kind without a title (docs/templates.md):
    std::vector<KeyWords> openingWords;    // <recognise><opening>: the lines above the first heading (…总结如下：)
    std::vector<KeyWords> closingWords;    // <recognise><closing>: the closing formula under an addressee (妥否，请批示)
    std::vector<KeyWords> headingWords;    // <recognise><heading>: a heading only this kind has (上半年工作完成情况)
    std::vector<FrameParagraph> opening;   // before the first section
    std::vector<SectionSpec> sections;     // the section tree in document order, parents first
    std::vector<FrameParagraph> closing;   // after the last section
    std::vector<TopicSpec> topics;
    FormatProfile format;                  // GB/T 9704 unless <format> says otherwise
    std::optional<NumberingScheme> numbering;  // <numbering scheme=… skip=… level3-stop=…/>; detected when absent
    std::string file;       // where it was read from
    std::string source;     // the folder's kind: "builtin", "user", "shared", "folder" (--templates)
    std::string overrides;  // the file of the template with the same id that this one replaced
};

// A problem found while loading templates; messageKey and detail are rendered by the catalogue.
// Errors make the file unusable; warnings (an element this version does not know) do not.
struct TemplateProblem {
    std::string file;
    std::string messageKey;
    std::string detail;
    int line = 0;  // 0: the file as a whole
    bool warning = false;
};

struct TemplateSet {
    std::vector<Template> templates;  // sorted by id; a later folder's id overrides an earlier one's
    std::vector<TemplateProblem> problems;

    bool hasErrors() const;
    const Template* find(std::string_view id) const;
};

// Parses one template file's text, reporting every problem with its line. Returns false (and
// appends problems) when it is unusable. Document type declarations (and so entities) are refused.
bool parseTemplate(std::string_view xml, const std::string& file, Template& out,
                   std::vector<TemplateProblem>& problems);

// Reads a template file. Returns false (and appends problems) when it cannot be used.
bool loadTemplateFile(const std::string& file, Template& out, std::vector<TemplateProblem>& problems);

struct TemplateFolder {
    std::string path;
    std::string source = "folder";  // becomes each template's `source`
    bool optional = false;          // a missing optional folder (the user's own) is no problem
};

// Loads every *.xml in the folders, in order; a later folder's template replaces an earlier one of
// the same id (the office's shared folder over the built-in pack). One bad file never hides the
// good ones.
TemplateSet loadTemplates(const std::vector<TemplateFolder>& folders);
TemplateSet loadTemplates(const std::vector<std::string>& folders);

// The template a user named: an id of the set, else a template file at that path, which is then
// added to the set. Null when neither, with the reason appended to `problems`.
const Template* resolveTemplate(TemplateSet& set, const std::string& idOrFile, std::vector<TemplateProblem>& problems);

// One problem as a sentence for the user: "<file>:<line>: <message>", with "warning: " for a warning.
std::string describe(const TemplateProblem& problem, const MessageCatalog& messages);

}  // namespace reportkit
