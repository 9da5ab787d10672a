#pragma once
// A report kind ("template"): identity, names and its section tree, read from an XML file.
// docs/templates.md describes the format.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "localised_text.hpp"
#include "messages.hpp"
#include "numbering_scheme.hpp"

namespace reportkit {

struct SectionSpec {
    std::string id;
    std::string heading;               // e.g. "履职情况"
    std::vector<std::string> aliases;  // other headings accepted for it
    int level = 1;
    bool required = true;
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
    std::vector<SectionSpec> sections;
    std::vector<TopicSpec> topics;
    std::optional<NumberingScheme> numbering;  // <numbering scheme=… skip=… level3-stop=…/>; detected when absent
    std::string file;  // where it was read from
};

// A problem found while loading templates; messageKey and detail are rendered by the catalogue.
struct TemplateProblem {
    std::string file;
    std::string messageKey;
    std::string detail;
};

struct TemplateSet {
    std::vector<Template> templates;  // sorted by id; a later folder's id overrides an earlier one's
    std::vector<TemplateProblem> problems;

    const Template* find(std::string_view id) const;
};

// Parses one template file's text. Returns false (and appends problems) when it is unusable.
bool parseTemplate(std::string_view xml, const std::string& file, Template& out,
                   std::vector<TemplateProblem>& problems);

// Reads a template file. Returns false (and appends problems) when it cannot be used.
bool loadTemplateFile(const std::string& file, Template& out, std::vector<TemplateProblem>& problems);

// Loads every *.xml in the folders, in order; one bad file never hides the good ones.
TemplateSet loadTemplates(const std::vector<std::string>& folders);

// The template a user named: an id of the set, else a template file at that path, which is then
// added to the set. Null when neither, with the reason appended to `problems`.
const Template* resolveTemplate(TemplateSet& set, const std::string& idOrFile, std::vector<TemplateProblem>& problems);

// One problem as a sentence for the user: "<file>: <message>".
std::string describe(const TemplateProblem& problem, const MessageCatalog& messages);

}  // namespace reportkit
