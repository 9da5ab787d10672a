#pragma once
// The engine's result for one document, and the contract's JSON and text forms of it.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "kind_recognition.hpp"
#include "messages.hpp"
#include "report_template.hpp"
#include "rule.hpp"

namespace reportkit {

// How the template was chosen, as the JSON's template.how says.
enum class TemplateSource { none, recorded, option, detected };

struct SectionResult {
    std::string id;
    std::string heading;
    bool required = true;
    bool present = false;
    int paragraph = -1;
};

struct TopicResult {
    std::string id;
    LocalisedText name;
    bool required = true;
    bool covered = false;
    std::vector<int> paragraphs;
};

struct DocumentReport {
    std::string path;
    bool readable = true;
    std::string error;  // the reason a document could not be read, already localised
    std::string templateId;
    LocalisedText templateName;   // as the template names itself, for people; the id is for programs
    std::string templateVersion;
    TemplateSource templateSource = TemplateSource::none;
    KindEvidence kindEvidence;      // what the kind was told by: JSON template.evidence, template.likely
    int paragraphs = 0;
    std::vector<Finding> findings;  // in document order
    std::vector<SectionResult> sections;  // the template's, in its order; empty with no template
    std::vector<TopicResult> topics;
    std::string locale = "en_US";   // the language of messages and names, set by localise

    // Findings of this severity that are not ignored.
    int count(Severity severity) const;
    int sectionsRequired() const;
    int sectionsPresent() const;   // of the required ones
    int topicsRequired() const;
    int topicsCovered() const;     // of the required ones
    // The template's name in the report's language, else its id; "" with no template.
    std::string templateLabel() const;
};

struct TemplateChoice {
    const Template* chosen = nullptr;
    TemplateSource source = TemplateSource::none;
    KindEvidence evidence;  // for a detected kind, or the likely ones when none was chosen
};

// The template a check uses: the requested id when given (null if the set has no such id), else
// the one recorded in the document, else the kind its title and headings show (recogniseKind),
// else none.
TemplateChoice chooseTemplate(const TemplateSet& templates, const Document& document,
                              std::string_view requestedId);

// Runs the rules (every registered one unless told) but the disabled ones. Findings are sorted by
// paragraph, then rule; those whose key the document lists as ignored are marked ignored. A rule
// that throws leaves a note (engine.rule-failed, severity info) instead of its findings.
DocumentReport checkDocument(const Document& document, const Template* reportTemplate, TemplateSource source,
                             const std::vector<std::string>& disabledRules = {},
                             const std::vector<std::unique_ptr<Rule>>& rules = allRules());

// How a check runs one rule on the shared analyses: by default, Rule::check over the whole
// document; an incremental check runs the rules local to a paragraph on changed paragraphs only.
using RuleRunner = std::function<void(const Rule& rule, const CheckInput& input, std::vector<Finding>& findings)>;

// The same, each rule run by `run`.
DocumentReport checkDocument(const Document& document, const Template* reportTemplate, TemplateSource source,
                             const std::vector<std::string>& disabledRules,
                             const std::vector<std::unique_ptr<Rule>>& rules, const RuleRunner& run);

// The same, with the choice's evidence in the report.
DocumentReport checkDocument(const Document& document, const TemplateChoice& choice,
                             const std::vector<std::string>& disabledRules = {},
                             const std::vector<std::unique_ptr<Rule>>& rules = allRules());

// One paragraph's text checked alone by the paragraph rules (paragraphRules), as a grammar checker
// marks it while the writer types; the findings' places and edits are in that text.
DocumentReport checkParagraphText(std::string_view text, const std::vector<std::string>& disabledRules = {});

// What identifies one occurrence of a finding while its paragraph's text stays the same: the rule,
// what was found and a hash of the paragraph. Stored in the document to ignore the occurrence.
std::string ignoreKey(const Finding& finding, const Document& document);
// The keys of the finding's occurrence and of each of its repeats.
std::vector<std::string> ignoreKeys(const Finding& finding, const Document& document);

// The finding, among a later check's, that is the occurrence `key` (an ignoreKey from the earlier
// check) names: the same rule and found text in a paragraph with the same text; of several, the
// one nearest `nearParagraph`. -1 when the occurrence is gone (its paragraph's text changed).
int findSameFinding(const std::vector<Finding>& findings, const Document& document, const std::string& key,
                    int nearParagraph);

// The finding to go to from a place in the text (paragraph, UTF-16 offset) — the first one after it,
// or with `forward` false the last one before it — coming round at the end; ignored findings and
// those of the whole document are passed over. -1 when there is none to go to.
int adjacentFinding(const std::vector<Finding>& findings, int paragraph, int offset, bool forward);

// A report for a document that could not be read at all.
DocumentReport unreadableReport(std::string path, std::string error);

// Fills each finding's message from the catalogue.
void localise(DocumentReport& report, const MessageCatalog& catalog);

// The contract's per-document JSON object, and back. parseDocumentJson throws
// std::runtime_error on text that is not such an object.
std::string documentJson(const DocumentReport& report);
DocumentReport parseDocumentJson(std::string_view json);

// The whole result: {"tool": …, "documents": […]}.
std::string resultJson(const std::vector<DocumentReport>& reports, std::string_view version);

// One row per document (path, template, status, errors, warnings, sections, topics, error), with a
// header in the catalogue's language; RFC 4180 quoting, and a UTF-8 byte-order mark so that
// spreadsheet programs read Chinese text right.
std::string resultCsv(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog);

// A self-contained HTML page (no network): a summary table sortable by column, a heatmap of
// documents × rules and topics, and each document's findings with the paragraph's opening words.
std::string resultHtml(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog);

// Human-readable text: one block per document, one line per finding.
std::string resultText(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog);

}  // namespace reportkit
