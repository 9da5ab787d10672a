#include "fixtures.hpp"

#include "report.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
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

std::vector<Finding> findingsWithNumbering(const std::string& rule, const Document& document, const std::string& numbering) {
    Template numberingOnly;
    std::vector<TemplateProblem> problems;
    const std::string xml = "<template format=\"1\" id=\"numbering-only\" version=\"1\">" + numbering + "</template>";
    if (!parseTemplate(xml, "numbering-only.xml", numberingOnly, problems))
        throw std::runtime_error("the numbering element is refused: " + numbering);
    std::vector<Finding> result;
    for (Finding& finding : checkDocument(document, &numberingOnly, TemplateSource::option).findings)
        if (finding.rule == rule) result.push_back(std::move(finding));
    return result;
}

std::vector<std::string> chineseMessagesOf(const std::string& rule, const Document& document) {
    DocumentReport report = checkDocument(document, nullptr, TemplateSource::none);
    localise(report, MessageCatalog::load(sourcePath("extension/messages"), "zh-CN"));
    std::vector<std::string> messages;
    for (const Finding& finding : report.findings)
        if (finding.rule == rule) messages.push_back(finding.message);
    return messages;
}

TimedFindings runRuleAlone(const std::string& rule, const Document& document) {
    const NumberingAnalysis numbering = analyseNumbering(document, detectScheme(document));
    const CheckInput input{document, nullptr, numbering, nullptr};
    TimedFindings result;
    for (const auto& candidate : allRules()) {
        if (candidate->id() != rule) continue;
        const auto start = std::chrono::steady_clock::now();
        candidate->check(input, result.findings);
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return result;
}

std::string sourcePath(const std::string& relative) { return std::string(REPORTKIT_SOURCE_DIR) + "/" + relative; }

std::string termFolder(const std::string& name, const std::string& text) {
    const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                         ("reportkit-terms-" + std::to_string(::getpid())) / name;
    std::filesystem::create_directories(folder);
    std::ofstream(folder / std::string(kTermFileName), std::ios::binary) << text;
    return folder.string();
}

ActiveTerms::ActiveTerms(std::shared_ptr<const TermList> list) : before_(activeTermList()) {
    setActiveTermList(std::move(list));
}

ActiveTerms::~ActiveTerms() { setActiveTermList(std::move(before_)); }

const TemplateSet& builtInTemplates() {
    static const TemplateSet set = loadTemplates({sourcePath("extension/templates")});
    return set;
}

}  // namespace reportkit::test
