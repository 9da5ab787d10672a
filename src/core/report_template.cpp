#include "report_template.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include <boost/algorithm/string/trim.hpp>
#include <boost/property_tree/detail/rapidxml.hpp>

#include "file_access.hpp"
#include "keyword_matcher.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace fs = std::filesystem;
// Boost's bundled RapidXML: element names point into the text, which gives every problem its line.
namespace rx = boost::property_tree::detail::rapidxml;
using Node = rx::xml_node<char>;

namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kMaximumFileBytes = 4 * 1024 * 1024;
constexpr int kMaximumDepth = 32;

// Where element nesting, estimated from the tags alone, first goes deeper than the limit (npos when
// it never does), so that a hostile file cannot make the recursive parser overflow the stack.
std::size_t tooDeepAt(std::string_view xml, int limit) {
    int depth = 0;
    for (std::size_t i = 0; i + 1 < xml.size(); ++i) {
        if (xml[i] == '<' && xml[i + 1] == '/') --depth;
        else if (xml[i] == '<' && xml[i + 1] != '!' && xml[i + 1] != '?' && ++depth > limit) return i;
        else if (xml[i] == '/' && xml[i + 1] == '>') --depth;
    }
    return std::string_view::npos;
}

// Where a document type declaration or an entity starts, npos when there is none.
std::size_t declarationAt(std::string_view xml) { return std::min(xml.find("<!DOCTYPE"), xml.find("<!ENTITY")); }

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// RapidXML turns a character reference into UTF-8 without asking whether it names a character:
// "&#xD800;" (a lone surrogate) or "&#0;" would reach the checker as bytes that are no text.
bool isText(std::string_view decoded) { return utf8::isValid(decoded) && decoded.find('\0') == std::string_view::npos; }

class TemplateReader {
public:
    TemplateReader(std::string_view xml, const std::string& file, std::vector<TemplateProblem>& problems)
        : text_(xml), file_(file), problems_(problems) {
        for (std::size_t i = 0; i < text_.size(); ++i)
            if (text_[i] == '\n') lineStarts_.push_back(i + 1);
    }

    bool read(Template& out) {
        if (text_.size() > kMaximumFileBytes) return failAt(0, "template.error.size");
        if (isBlank(text_)) return failAt(0, "template.error.empty-file");
        if (const std::size_t at = utf8::firstInvalid(text_); at != std::string_view::npos)
            return failAt(at, "template.error.encoding");
        if (const std::size_t at = declarationAt(text_); at != std::string_view::npos)
            return failAt(at, "template.error.doctype");
        if (const std::size_t at = tooDeepAt(text_, kMaximumDepth); at != std::string_view::npos)
            return failAt(at, "template.error.depth");
        buffer_.assign(text_.begin(), text_.end());
        buffer_.push_back('\0');
        rx::xml_document<char> document;
        try {
            // Closing tags validated: "</sectionz>" does not close <sections>.
            document.parse<rx::parse_trim_whitespace | rx::parse_validate_closing_tags>(buffer_.data());
        } catch (const rx::parse_error& error) {
            problems_.push_back({file_, "template.error.xml", error.what(), lineOf(error.where<char>())});
            return false;
        }
        if (!allText(&document)) return false;
        const Node* root = document.first_node();
        if (!root || name(root) != "template") return root ? fail(root, "template.error.root", "") : failAt(0, "template.error.root");
        readTemplate(root, out);
        out.file = file_;
        return !failed_;
    }

private:
    int lineAt(std::size_t offset) const {
        return static_cast<int>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin()) + 1;
    }
    int lineOf(const char* where) const {
        if (!where || where < buffer_.data() || where > buffer_.data() + buffer_.size()) return 0;
        return lineAt(static_cast<std::size_t>(where - buffer_.data()));
    }
    int lineOf(const Node* node) const { return node ? lineOf(node->name()) : 0; }

    bool fail(const Node* node, std::string key, std::string detail) {
        problems_.push_back({file_, std::move(key), std::move(detail), lineOf(node)});
        failed_ = true;
        return false;
    }
    // A problem found in the file's text before it is parsed, at a byte offset.
    bool failAt(std::size_t offset, std::string key) {
        problems_.push_back({file_, std::move(key), "", lineAt(offset)});
        failed_ = true;
        return false;
    }

    // Whether every name, value and attribute of the element and those inside it decoded to text;
    // the first that did not is reported at its line.
    bool allText(const Node* node) {
        std::string_view value(node->value(), node->value_size());
        if (node->type() == rx::node_element || node->type() == rx::node_data) {
            if (!isText(std::string_view(node->name(), node->name_size())) || !isText(value))
                return fail(node->type() == rx::node_data && node->parent() ? node->parent() : node, "template.error.character", "");
        }
        for (const auto* a = node->first_attribute(); a; a = a->next_attribute())
            if (!isText(std::string_view(a->name(), a->name_size())) || !isText(std::string_view(a->value(), a->value_size())))
                return fail(node, "template.error.character", std::string(a->name(), a->name_size()));
        for (const Node* child = node->first_node(); child; child = child->next_sibling())
            if (!allText(child)) return false;
        return true;
    }
    void warn(const Node* node, std::string key, std::string detail) {
        problems_.push_back({file_, std::move(key), std::move(detail), lineOf(node), true});
    }

    static std::string name(const Node* node) { return std::string(node->name(), node->name_size()); }
    static std::string value(const Node* node) {
        std::string result(node->value(), node->value_size());
        boost::algorithm::trim(result);
        return result;
    }
    static std::string attribute(const Node* node, const char* attributeName) {
        const auto* found = node->first_attribute(attributeName);
        return found ? std::string(found->value(), found->value_size()) : std::string();
    }
    // "下一步|下步 打算|措施": groups in order, alternatives within a group.
    static KeyWords keyWords(const std::string& text) {
        KeyWords result;
        for (const std::string& group : words(text)) {
            std::vector<std::u32string> alternatives;
            std::istringstream in(group);
            for (std::string word; std::getline(in, word, '|');)
                if (!word.empty()) alternatives.push_back(foldText(word));
            if (!alternatives.empty()) result.inOrder.push_back(std::move(alternatives));
        }
        return result;
    }
    void readKeyWords(const Node* parent, const char* element, std::vector<KeyWords>& out) {
        eachChild(parent, element, [&](const Node* node) {
            expectOnly(node, {}, {});
            KeyWords read = keyWords(value(node));
            if (read.inOrder.empty()) fail(node, "template.error.empty", std::string("<") + element + ">");
            else out.push_back(std::move(read));
        });
    }

    static std::vector<std::string> words(const std::string& text) {
        std::istringstream in(text);
        std::vector<std::string> result;
        for (std::string word; in >> word;) result.push_back(word);
        return result;
    }

    // Warns about children and attributes this version does not know: a later format may add them.
    void expectOnly(const Node* node, std::initializer_list<std::string_view> children,
                    std::initializer_list<std::string_view> attributes) {
        for (const Node* child = node->first_node(); child; child = child->next_sibling())
            if (child->type() == rx::node_element &&
                std::find(children.begin(), children.end(), name(child)) == children.end())
                warn(child, "template.warning.element", "<" + name(child) + "> in <" + name(node) + ">");
        for (const auto* a = node->first_attribute(); a; a = a->next_attribute()) {
            const std::string_view attributeName(a->name(), a->name_size());
            if (std::find(attributes.begin(), attributes.end(), attributeName) == attributes.end())
                warn(node, "template.warning.attribute", std::string(attributeName) + " on <" + name(node) + ">");
        }
    }

    template <typename Visit>
    static void eachChild(const Node* node, const char* childName, Visit visit) {
        for (const Node* child = node->first_node(childName); child; child = child->next_sibling(childName)) visit(child);
    }

    void readLocalised(const Node* parent, const char* element, LocalisedText& text) {
        eachChild(parent, element, [&](const Node* child) {
            expectOnly(child, {}, {"lang"});
            const std::string lang = attribute(child, "lang");
            if (!lang.empty() && lang != "zh-CN" && lang != "en") warn(child, "template.warning.language", lang);
            text.byLanguage[lang.empty() ? "zh-CN" : lang] = value(child);
        });
    }

    bool readFlag(const Node* node, const char* attributeName, bool fallback) {
        const std::string text = attribute(node, attributeName);
        if (text.empty()) return fallback;
        if (text == "true" || text == "false") return text == "true";
        fail(node, "template.error.boolean", std::string(attributeName) + "=\"" + text + "\"");
        return fallback;
    }

    int readCount(const Node* node, const char* attributeName, int fallback, int minimum, int maximum) {
        const std::string text = attribute(node, attributeName);
        if (text.empty()) return fallback;
        try {
            std::size_t used = 0;
            const int result = std::stoi(text, &used);
            if (used == text.size() && result >= minimum && result <= maximum) return result;
        } catch (const std::exception&) {
        }
        fail(node, "template.error.number", std::string(attributeName) + "=\"" + text + "\"");
        return fallback;
    }

    double readMeasure(const Node* node, const char* attributeName, double fallback) {
        const std::string text = attribute(node, attributeName);
        if (text.empty()) return fallback;
        try {
            std::size_t used = 0;
            const double result = std::stod(text, &used);
            if (used == text.size() && result > 0 && result < 1000) return result;
        } catch (const std::exception&) {
        }
        fail(node, "template.error.number", std::string(attributeName) + "=\"" + text + "\"");
        return fallback;
    }

    void readTemplate(const Node* root, Template& result) {
        expectOnly(root,
                   {"name", "description", "category", "variables", "title", "numbering", "format", "opening",
                    "sections", "closing", "topics", "recognise"},
                   {"format", "id", "version"});
        const std::string format = attribute(root, "format");
        if (format != std::to_string(kFormatVersion)) {
            fail(root, "template.error.format", format);
            return;
        }
        result.id = attribute(root, "id");
        result.version = attribute(root, "version");
        if (result.id.empty() || result.version.empty()) fail(root, "template.error.identity", "");
        readLocalised(root, "name", result.name);
        readLocalised(root, "description", result.description);
        if (const Node* category = root->first_node("category")) result.category = value(category);
        if (const Node* variables = root->first_node("variables")) readVariables(variables, result);
        if (const Node* title = root->first_node("title")) {
            expectOnly(title, {}, {});
            result.title = value(title);
            checkReferences(title, result.title, result);
        }
        if (const Node* recognise = root->first_node("recognise")) {
            expectOnly(recognise, {"title", "opening", "closing", "heading"}, {});
            readKeyWords(recognise, "title", result.titleWords);
            readKeyWords(recognise, "opening", result.openingWords);
            readKeyWords(recognise, "closing", result.closingWords);
            readKeyWords(recognise, "heading", result.headingWords);
        }
        if (const Node* numbering = root->first_node("numbering")) readNumbering(numbering, result);
        if (const Node* format = root->first_node("format")) readFormat(format, result);
        else result.format = *baseProfile("gbt9704");
        if (const Node* opening = root->first_node("opening")) readFrame(opening, result, result.opening);
        if (const Node* sections = root->first_node("sections")) {
            expectOnly(sections, {"section"}, {});
            eachChild(sections, "section", [&](const Node* node) { readSection(node, "", 1, result); });
        }
        if (const Node* closing = root->first_node("closing")) readFrame(closing, result, result.closing);
        if (const Node* topics = root->first_node("topics")) {
            expectOnly(topics, {"topic"}, {});
            eachChild(topics, "topic", [&](const Node* node) { readTopic(node, result); });
        }
    }

    void readVariables(const Node* variables, Template& result) {
        expectOnly(variables, {"variable"}, {});
        eachChild(variables, "variable", [&](const Node* node) {
            expectOnly(node, {"label", "default"}, {"id", "type", "required"});
            VariableSpec variable;
            variable.id = attribute(node, "id");
            const std::string type = attribute(node, "type");
            if (type == "year") variable.type = VariableSpec::Type::year;
            else if (type == "date") variable.type = VariableSpec::Type::date;
            else if (!type.empty() && type != "text") fail(node, "template.error.variable-type", type);
            variable.required = readFlag(node, "required", false);
            readLocalised(node, "label", variable.label);
            if (const Node* fallback = node->first_node("default")) variable.defaultValue = value(fallback);
            const bool repeated = std::any_of(result.variables.begin(), result.variables.end(),
                                              [&](const VariableSpec& other) { return other.id == variable.id; });
            if (variable.id.empty() || repeated) fail(node, "template.error.variable", variable.id);
            result.variables.push_back(std::move(variable));
        });
    }

    // Every {name} in a text must be a declared variable.
    void checkReferences(const Node* node, const std::string& text, const Template& result) {
        for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
            const std::size_t close = text.find('}', open);
            const std::string id = text.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
            const bool declared = close != std::string::npos &&
                                  std::any_of(result.variables.begin(), result.variables.end(),
                                              [&](const VariableSpec& variable) { return variable.id == id; });
            if (!declared) fail(node, "template.error.reference", id);
        }
    }

    void readNumbering(const Node* numbering, Template& result) {
        expectOnly(numbering, {}, {"scheme", "skip", "level3-stop", "level2-count"});
        NumberingScheme scheme;
        const std::string kind = attribute(numbering, "scheme");
        const std::string skip = attribute(numbering, "skip");
        const std::string stop = attribute(numbering, "level3-stop");
        const std::string count = attribute(numbering, "level2-count");
        if (!kind.empty() && !schemeKindFromId(kind, scheme.kind)) fail(numbering, "template.error.scheme", kind);
        if (!skip.empty() && !skipPolicyFromName(skip, scheme.skip)) fail(numbering, "template.error.skip", skip);
        // Absent: either variant, the same throughout the document.
        if (!stop.empty()) {
            if (stop != "." && stop != "．") fail(numbering, "template.error.level3-stop", stop);
            scheme.level3Stop = stop;
        }
        if (!count.empty() && !chapterCountFromName(count, scheme.level2Count))
            fail(numbering, "template.error.level2-count", count);
        result.numbering = scheme;
    }

    void readFormat(const Node* format, Template& result) {
        expectOnly(format, {"font", "page", "line-spacing"}, {"base"});
        const std::string base = attribute(format, "base");
        const auto profile = baseProfile(base.empty() ? "gbt9704" : base);
        if (!profile) {
            fail(format, "template.error.format-base", base);
            return;
        }
        result.format = *profile;
        eachChild(format, "font", [&](const Node* node) {
            expectOnly(node, {}, {"role", "size", "bold"});
            const auto role = textRoleFromId(attribute(node, "role"));
            if (!role) {
                fail(node, "template.error.font-role", attribute(node, "role"));
                return;
            }
            FontSpec& font = result.format.font(*role);
            std::vector<std::string> families;
            std::istringstream list(value(node));
            for (std::string family; std::getline(list, family, ',');) {
                boost::algorithm::trim(family);
                if (!family.empty()) families.push_back(family);
            }
            if (!families.empty()) font.families = families;
            font.points = readMeasure(node, "size", font.points);
            font.bold = readFlag(node, "bold", font.bold);
        });
        if (const Node* page = format->first_node("page")) {
            expectOnly(page, {}, {"width", "height", "top", "bottom", "left", "right", "lines", "characters"});
            PageSpec& spec = result.format.page;
            spec.widthMm = readMeasure(page, "width", spec.widthMm);
            spec.heightMm = readMeasure(page, "height", spec.heightMm);
            spec.topMm = readMeasure(page, "top", spec.topMm);
            spec.bottomMm = readMeasure(page, "bottom", spec.bottomMm);
            spec.leftMm = readMeasure(page, "left", spec.leftMm);
            spec.rightMm = readMeasure(page, "right", spec.rightMm);
            spec.linesPerPage = readCount(page, "lines", spec.linesPerPage, 0, 100);
            spec.charactersPerLine = readCount(page, "characters", spec.charactersPerLine, 0, 100);
        }
        if (const Node* spacing = format->first_node("line-spacing")) {
            expectOnly(spacing, {}, {"points"});
            result.format.lineSpacingPoints = readMeasure(spacing, "points", result.format.lineSpacingPoints);
        }
    }

    void readFrame(const Node* frame, Template& result, std::vector<FrameParagraph>& paragraphs) {
        expectOnly(frame, {"line", "paragraph"}, {});
        for (const Node* node = frame->first_node(); node; node = node->next_sibling()) {
            if (node->type() != rx::node_element) continue;
            FrameParagraph paragraph;
            if (name(node) == "line") {
                expectOnly(node, {}, {"align"});
                paragraph.text = value(node);
                checkReferences(node, paragraph.text, result);
                const std::string align = attribute(node, "align");
                if (align == "center" || align == "centre") paragraph.align = FrameParagraph::Align::centre;
                else if (align == "right") paragraph.align = FrameParagraph::Align::right;
                else if (!align.empty() && align != "left") fail(node, "template.error.align", align);
                if (paragraph.text.empty()) fail(node, "template.error.empty", "<line>");
            } else if (name(node) == "paragraph") {
                expectOnly(node, {"prompt"}, {});
                readLocalised(node, "prompt", paragraph.prompt);
                if (paragraph.prompt.byLanguage.empty()) fail(node, "template.error.empty", "<paragraph>");
            } else {
                continue;
            }
            paragraphs.push_back(std::move(paragraph));
        }
    }

    void readSection(const Node* node, const std::string& parent, int level, Template& result) {
        expectOnly(node, {"heading", "alias", "match", "chapters", "prompt", "item-prompt", "section"},
                   {"id", "level", "required", "min-items", "max-items", "run-in"});
        SectionSpec section;
        section.id = attribute(node, "id");
        section.parent = parent;
        section.level = readCount(node, "level", level, 1, 4);
        if (section.level != level && !parent.empty()) fail(node, "template.error.section-level", section.id);
        section.required = readFlag(node, "required", true);
        section.minItems = readCount(node, "min-items", 0, 0, 99);
        section.maxItems = readCount(node, "max-items", 0, 0, 99);
        if (section.maxItems && section.maxItems < section.minItems) fail(node, "template.error.items", section.id);
        section.runIn = readFlag(node, "run-in", false);
        if (const Node* heading = node->first_node("heading")) section.heading = value(heading);
        eachChild(node, "alias", [&](const Node* alias) { section.aliases.push_back(value(alias)); });
        readKeyWords(node, "match", section.keyWords);
        eachChild(node, "chapters", [&](const Node* chapters) {
            expectOnly(chapters, {}, {});
            for (const std::string& word : words(value(chapters))) section.chapterWords.push_back(foldText(word));
        });
        readLocalised(node, "prompt", section.prompt);
        readLocalised(node, "item-prompt", section.itemPrompt);
        const bool repeated = std::any_of(result.sections.begin(), result.sections.end(),
                                          [&](const SectionSpec& other) { return other.id == section.id; });
        if (section.id.empty() || section.heading.empty() || repeated) fail(node, "template.error.section", section.id);
        const std::string id = section.id;
        const int childLevel = section.level + 1;
        result.sections.push_back(std::move(section));
        eachChild(node, "section", [&](const Node* child) {
            if (childLevel > 4) fail(child, "template.error.section-level", attribute(child, "id"));
            else readSection(child, id, childLevel, result);
        });
    }

    void readTopic(const Node* node, Template& result) {
        expectOnly(node, {"name", "hint", "any", "exclude"}, {"id", "required", "in", "min-mentions", "evidence"});
        TopicSpec topic;
        topic.id = attribute(node, "id");
        topic.required = readFlag(node, "required", true);
        const std::string evidence = attribute(node, "evidence");
        if (!evidence.empty() && evidence != "quantity") fail(node, "template.error.evidence", evidence);
        topic.needsQuantity = evidence == "quantity";
        topic.sections = words(attribute(node, "in"));
        topic.minimumMentions = readCount(node, "min-mentions", 1, 1, 999);
        readLocalised(node, "name", topic.name);
        readLocalised(node, "hint", topic.hint);
        eachChild(node, "any", [&](const Node* group) { topic.groups.push_back(words(value(group))); });
        eachChild(node, "exclude", [&](const Node* group) {
            const auto list = words(value(group));
            topic.excludes.insert(topic.excludes.end(), list.begin(), list.end());
        });
        const bool unknownSection = std::any_of(topic.sections.begin(), topic.sections.end(), [&](const std::string& id) {
            return std::none_of(result.sections.begin(), result.sections.end(),
                                [&](const SectionSpec& section) { return section.id == id; });
        });
        const bool emptyGroup = std::any_of(topic.groups.begin(), topic.groups.end(),
                                            [](const std::vector<std::string>& group) { return group.empty(); });
        if (topic.id.empty() || topic.groups.empty() || emptyGroup || unknownSection)
            fail(node, "template.error.topic", topic.id);
        result.topics.push_back(std::move(topic));
    }

    std::string_view text_;
    const std::string& file_;
    std::vector<TemplateProblem>& problems_;
    std::vector<std::size_t> lineStarts_;
    std::vector<char> buffer_;
    bool failed_ = false;
};

}  // namespace

std::string LocalisedText::in(std::string_view locale) const {
    const std::string language = locale.substr(0, 2) == "zh" ? "zh-CN" : "en";
    for (const std::string& candidate : {language, std::string("zh-CN")}) {
        const auto found = byLanguage.find(candidate);
        if (found != byLanguage.end()) return found->second;
    }
    return byLanguage.empty() ? std::string() : byLanguage.begin()->second;
}

bool TemplateSet::hasErrors() const {
    return std::any_of(problems.begin(), problems.end(), [](const TemplateProblem& problem) { return !problem.warning; });
}

const Template* TemplateSet::find(std::string_view id) const {
    for (const Template& t : templates)
        if (t.id == id) return &t;
    return nullptr;
}

bool parseTemplate(std::string_view xml, const std::string& file, Template& out,
                   std::vector<TemplateProblem>& problems) {
    Template result;
    if (!TemplateReader(xml, file, problems).read(result)) return false;
    out = std::move(result);
    return true;
}

bool loadTemplateFile(const std::string& file, Template& out, std::vector<TemplateProblem>& problems) {
    // Only a regular file is opened: a named pipe called x.xml in a templates folder must not block.
    std::string text;
    if (const std::string problem = readRegularFile(file, text, kMaximumFileBytes); !problem.empty()) {
        problems.push_back({file, problem == "file.error.too-large" ? "template.error.size" : problem, ""});
        return false;
    }
    return parseTemplate(text, file, out, problems);
}

TemplateSet loadTemplates(const std::vector<TemplateFolder>& folders) {
    TemplateSet set;
    for (const TemplateFolder& folder : folders) {
        std::error_code error;
        if (!fs::is_directory(folder.path, error)) {
            if (!folder.optional) set.problems.push_back({folder.path, "template.error.folder", ""});
            continue;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(folder.path, error))
            if (entry.path().extension() == ".xml") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            Template loaded;
            if (!loadTemplateFile(file.string(), loaded, set.problems)) continue;
            loaded.source = folder.source;
            auto same = std::find_if(set.templates.begin(), set.templates.end(),
                                     [&](const Template& t) { return t.id == loaded.id; });
            if (same != set.templates.end()) {
                loaded.overrides = same->file;
                *same = std::move(loaded);
            } else {
                set.templates.push_back(std::move(loaded));
            }
        }
    }
    std::sort(set.templates.begin(), set.templates.end(),
              [](const Template& a, const Template& b) { return a.id < b.id; });
    return set;
}

TemplateSet loadTemplates(const std::vector<std::string>& folders) {
    std::vector<TemplateFolder> list;
    for (const std::string& path : folders) list.push_back({path});
    return loadTemplates(list);
}

const Template* resolveTemplate(TemplateSet& set, const std::string& idOrFile, std::vector<TemplateProblem>& problems) {
    if (const Template* known = set.find(idOrFile)) return known;
    std::error_code error;
    if (!fs::is_regular_file(idOrFile, error)) {
        problems.push_back({idOrFile, "template.error.unknown", ""});
        return nullptr;
    }
    Template loaded;
    if (!loadTemplateFile(idOrFile, loaded, problems)) return nullptr;
    loaded.file = fs::absolute(idOrFile).string();
    set.templates.push_back(std::move(loaded));
    return &set.templates.back();
}

std::string describe(const TemplateProblem& problem, const MessageCatalog& messages) {
    const std::string place = problem.line > 0 ? problem.file + ":" + std::to_string(problem.line) : problem.file;
    return messages.format(problem.warning ? "template.warning" : "template.problem",
                           {{"file", place}, {"message", messages.format(problem.messageKey, {{"detail", problem.detail}})}});
}

}  // namespace reportkit
