#pragma once
// Access to the test fixtures and the project's own files.
#include <string>

#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "report_template.hpp"
#include "terms.hpp"

namespace reportkit::test {

std::string readFile(const std::string& path);
// A fixture under tests/fixtures, e.g. "rules/numbering.style/level1-variants.txt".
std::string fixturePath(const std::string& name);
Document fixtureDocument(const std::string& name);
std::string sourcePath(const std::string& relative);

// The built-in templates (extension/templates), read once.
const TemplateSet& builtInTemplates();

// The findings of one rule on a document checked with no template.
std::vector<Finding> findingsOf(const std::string& rule, const Document& document);

// The same under a template that has nothing but this numbering element, such as
// <numbering level2-count="restart"/>: what an office's own numbering settings make of a document.
std::vector<Finding> findingsWithNumbering(const std::string& rule, const Document& document, const std::string& numbering);

// The messages of one rule's findings on a document checked with no template, in Chinese.
std::vector<std::string> chineseMessagesOf(const std::string& rule, const Document& document);

// The findings of one rule run alone, as the engine calls it (before it stamps and sorts them), and
// how long that took in seconds: to show a rule linear in a paragraph's length.
struct TimedFindings {
    std::vector<Finding> findings;
    double seconds = 0;
};
TimedFindings runRuleAlone(const std::string& rule, const Document& document);

// A folder under the test's scratch space holding terms.txt with `text`, as an office or a writer
// would share it; returns the folder.
std::string termFolder(const std::string& name, const std::string& text);

// Makes `list` the term list checks use while it lives, then the one before.
class ActiveTerms {
public:
    explicit ActiveTerms(std::shared_ptr<const TermList> list);
    ~ActiveTerms();
    ActiveTerms(const ActiveTerms&) = delete;
    ActiveTerms& operator=(const ActiveTerms&) = delete;

private:
    std::shared_ptr<const TermList> before_;
};

}  // namespace reportkit::test
