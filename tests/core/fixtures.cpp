#include "fixtures.hpp"

#include "report.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reportkit::test {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string fixturePath(const std::string& name) { return std::string(REPORTKIT_FIXTURES) + "/" + name; }

Document fixtureDocument(const std::string& name) { return documentFromText(readFile(fixturePath(name)), name); }

std::vector<Finding> findingsOf(const std::string& rule, const Document& document) {
    std::vector<Finding> result;
    for (Finding& finding : checkDocument(document, nullptr, TemplateSource::none).findings)
        if (finding.rule == rule) result.push_back(std::move(finding));
    return result;
}

std::string sourcePath(const std::string& relative) { return std::string(REPORTKIT_SOURCE_DIR) + "/" + relative; }

}  // namespace reportkit::test
