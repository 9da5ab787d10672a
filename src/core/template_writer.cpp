#include "template_writer.hpp"

#include <sstream>
#include <vector>

#include <boost/algorithm/string/trim.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "markers.hpp"
#include "numbering.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace pt = boost::property_tree;

namespace {

// The heading's words: after the marker, a run-in heading's first sentence, without its final stop.
std::string headingWords(const Paragraph& paragraph, const NumberedParagraph* numbered) {
    std::string text(numbered && !numbered->automatic ? headingSentence(paragraph.text, numbered->marker)
                                                      : std::string_view(paragraph.text));
    for (const std::string stop : {"。", "：", ":", "."})
        if (text.size() >= stop.size() && text.compare(text.size() - stop.size(), stop.size(), stop) == 0)
            text.erase(text.size() - stop.size());
    boost::algorithm::trim(text);
    return text;
}

void addName(pt::ptree& node, const char* element, const std::string& text) {
    for (const char* lang : {"zh-CN", "en"}) {
        pt::ptree& name = node.add(element, text);
        name.put("<xmlattr>.lang", lang);
    }
}

}  // namespace

std::string templateFromDocument(const Document& document, const std::string& id, const std::string& name) {
    const NumberingScheme scheme = detectScheme(document);
    const NumberingAnalysis numbering = analyseNumbering(document, scheme);

    pt::ptree root;
    pt::ptree& tmpl = root.add_child("template", pt::ptree());
    tmpl.put("<xmlattr>.format", "1");
    tmpl.put("<xmlattr>.id", id);
    tmpl.put("<xmlattr>.version", "1");
    addName(tmpl, "name", name);
    tmpl.put("category", "office");
    // A short first paragraph that is not a heading is the title line.
    const bool titled = !document.paragraphs.empty() && document.paragraphs[0].outlineLevel == 0 &&
                        (numbering.paragraphs.empty() || numbering.paragraphs[0].paragraph != 0) &&
                        !document.paragraphs[0].text.empty() && utf8::utf16Length(document.paragraphs[0].text) <= 60;
    if (titled) tmpl.put("title", document.paragraphs[0].text);
    pt::ptree& numberingNode = tmpl.add("numbering", "");
    numberingNode.put("<xmlattr>.scheme", std::string(scheme.id()));

    pt::ptree& sections = tmpl.add_child("sections", pt::ptree());
    // The open section at each level: a heading nests under the nearest one above its level.
    std::vector<pt::ptree*> open(5, nullptr);
    std::vector<int> counts(5, 0);
    std::size_t next = 0;
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        const NumberedParagraph* numbered = nullptr;
        while (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph < static_cast<int>(index)) ++next;
        if (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph == static_cast<int>(index))
            numbered = &numbering.paragraphs[next];
        const int level = numbered && numbered->marker.level >= 1 && numbered->marker.level <= 4 ? numbered->marker.level
                          : paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 4 ? paragraph.outlineLevel
                                                                                         : 0;
        if (level == 0) continue;
        const std::string heading = headingWords(paragraph, numbered);
        if (heading.empty()) continue;
        int parent = level - 1;
        while (parent > 0 && !open[parent]) --parent;
        pt::ptree& container = parent > 0 ? *open[parent] : sections;
        pt::ptree& section = container.add_child("section", pt::ptree());
        std::string sectionId = "s";
        ++counts[level];
        for (int l = 1; l <= level; ++l) sectionId += "-" + std::to_string(counts[l]);
        section.put("<xmlattr>.id", sectionId);
        section.put("<xmlattr>.level", level);
        section.put("<xmlattr>.required", parent == 0 ? "true" : "false");
        section.put("heading", heading);
        open[level] = &section;
        for (int deeper = level + 1; deeper <= 4; ++deeper) {
            open[deeper] = nullptr;
            counts[deeper] = 0;
        }
    }
    std::ostringstream out;
    pt::write_xml(out, root, pt::xml_writer_make_settings<std::string>(' ', 2));
    return out.str();
}

}  // namespace reportkit
