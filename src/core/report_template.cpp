#include "report_template.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

namespace reportkit {

namespace pt = boost::property_tree;
namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;

std::string attribute(const pt::ptree& node, const char* name) {
    return node.get<std::string>(std::string("<xmlattr>.") + name, "");
}

void readLocalised(const pt::ptree& parent, const char* element, LocalisedText& text) {
    for (const auto& [name, child] : parent) {
        if (name != element) continue;
        const std::string lang = attribute(child, "lang");
        text.byLanguage[lang.empty() ? "zh-CN" : lang] = child.get_value<std::string>();
    }
}

}  // namespace

std::string LocalisedText::in(std::string_view locale) const {
    const std::string language = locale.substr(0, 2) == "zh" ? "zh-CN" : "en";
    for (const std::string& candidate : {language, std::string("zh-CN")}) {
        const auto found = byLanguage.find(candidate);
        if (found != byLanguage.end()) return found->second;
    }
    return byLanguage.empty() ? std::string() : byLanguage.begin()->second;
}

const Template* TemplateSet::find(std::string_view id) const {
    for (const Template& t : templates)
        if (t.id == id) return &t;
    return nullptr;
}

bool parseTemplate(std::string_view xml, const std::string& file, Template& out,
                   std::vector<TemplateProblem>& problems) {
    pt::ptree tree;
    try {
        std::istringstream in{std::string(xml)};
        pt::read_xml(in, tree, pt::xml_parser::trim_whitespace);
    } catch (const pt::xml_parser_error& error) {
        problems.push_back({file, "template.error.xml",
                            "line " + std::to_string(error.line()) + ": " + error.message()});
        return false;
    }
    const auto root = tree.get_child_optional("template");
    if (!root) {
        problems.push_back({file, "template.error.root", ""});
        return false;
    }
    const std::string format = attribute(*root, "format");
    if (format != std::to_string(kFormatVersion)) {
        problems.push_back({file, "template.error.format", format});
        return false;
    }
    Template result;
    result.file = file;
    result.id = attribute(*root, "id");
    result.version = attribute(*root, "version");
    if (result.id.empty() || result.version.empty()) {
        problems.push_back({file, "template.error.identity", ""});
        return false;
    }
    readLocalised(*root, "name", result.name);
    readLocalised(*root, "description", result.description);
    result.category = root->get<std::string>("category", "");
    if (const auto numbering = root->get_child_optional("numbering")) {
        NumberingScheme scheme;
        const std::string kind = attribute(*numbering, "scheme");
        const std::string skip = attribute(*numbering, "skip");
        const std::string stop = attribute(*numbering, "level3-stop");
        if (!kind.empty() && !schemeKindFromId(kind, scheme.kind)) {
            problems.push_back({file, "template.error.scheme", kind});
            return false;
        }
        if (!skip.empty() && !skipPolicyFromName(skip, scheme.skip)) {
            problems.push_back({file, "template.error.skip", skip});
            return false;
        }
        if (!stop.empty()) {
            if (stop != "." && stop != "．") {
                problems.push_back({file, "template.error.level3-stop", stop});
                return false;
            }
            scheme.level3Stop = stop;
        }
        result.numbering = scheme;
    }
    if (const auto sections = root->get_child_optional("sections")) {
        for (const auto& [name, node] : *sections) {
            if (name != "section") continue;
            SectionSpec section;
            section.id = attribute(node, "id");
            section.heading = node.get<std::string>("heading", "");
            section.required = attribute(node, "required") != "false";
            try {
                section.level = std::stoi(attribute(node, "level"));
            } catch (const std::exception&) {
                section.level = 1;
            }
            for (const auto& [childName, child] : node)
                if (childName == "alias") section.aliases.push_back(child.get_value<std::string>());
            if (section.id.empty() || section.heading.empty()) {
                problems.push_back({file, "template.error.section", section.id});
                return false;
            }
            result.sections.push_back(std::move(section));
        }
    }
    if (const auto topics = root->get_child_optional("topics")) {
        for (const auto& [name, node] : *topics) {
            if (name != "topic") continue;
            TopicSpec topic;
            topic.id = attribute(node, "id");
            topic.required = attribute(node, "required") != "false";
            topic.needsQuantity = attribute(node, "evidence") == "quantity";
            std::istringstream sections(attribute(node, "in"));
            for (std::string section; sections >> section;) topic.sections.push_back(section);
            if (const std::string minimum = attribute(node, "min-mentions"); !minimum.empty()) {
                try {
                    topic.minimumMentions = std::max(1, std::stoi(minimum));
                } catch (const std::exception&) {
                    problems.push_back({file, "template.error.topic", topic.id});
                    return false;
                }
            }
            readLocalised(node, "name", topic.name);
            readLocalised(node, "hint", topic.hint);
            for (const auto& [childName, child] : node) {
                std::istringstream words(child.get_value<std::string>());
                std::vector<std::string> list;
                for (std::string word; words >> word;) list.push_back(word);
                if (childName == "any") topic.groups.push_back(std::move(list));
                else if (childName == "exclude") topic.excludes.insert(topic.excludes.end(), list.begin(), list.end());
            }
            const bool unknownSection = std::any_of(topic.sections.begin(), topic.sections.end(), [&](const std::string& id) {
                return std::none_of(result.sections.begin(), result.sections.end(),
                                    [&](const SectionSpec& section) { return section.id == id; });
            });
            if (topic.id.empty() || topic.groups.empty() || unknownSection) {
                problems.push_back({file, "template.error.topic", topic.id});
                return false;
            }
            result.topics.push_back(std::move(topic));
        }
    }
    out = std::move(result);
    return true;
}

bool loadTemplateFile(const std::string& file, Template& out, std::vector<TemplateProblem>& problems) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back({file, "template.error.unreadable", ""});
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseTemplate(buffer.str(), file, out, problems);
}

TemplateSet loadTemplates(const std::vector<std::string>& folders) {
    TemplateSet set;
    for (const std::string& folder : folders) {
        std::error_code error;
        if (!fs::is_directory(folder, error)) {
            set.problems.push_back({folder, "template.error.folder", ""});
            continue;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(folder, error))
            if (entry.path().extension() == ".xml") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            Template loaded;
            if (!loadTemplateFile(file.string(), loaded, set.problems)) continue;
            auto same = std::find_if(set.templates.begin(), set.templates.end(),
                                     [&](const Template& t) { return t.id == loaded.id; });
            if (same != set.templates.end())
                *same = std::move(loaded);
            else
                set.templates.push_back(std::move(loaded));
        }
    }
    std::sort(set.templates.begin(), set.templates.end(),
              [](const Template& a, const Template& b) { return a.id < b.id; });
    return set;
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
    return messages.format("template.problem",
                           {{"file", problem.file}, {"message", messages.format(problem.messageKey, {{"detail", problem.detail}})}});
}

}  // namespace reportkit
