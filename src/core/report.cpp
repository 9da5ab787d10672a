#include "report.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <set>

#include "rule.hpp"
#include "utf8.hpp"

namespace reportkit {

int DocumentReport::sectionsRequired() const {
    return static_cast<int>(std::count_if(sections.begin(), sections.end(), [](const SectionResult& s) { return s.required; }));
}

int DocumentReport::sectionsPresent() const {
    return static_cast<int>(
        std::count_if(sections.begin(), sections.end(), [](const SectionResult& s) { return s.required && s.present; }));
}

int DocumentReport::topicsRequired() const {
    return static_cast<int>(std::count_if(topics.begin(), topics.end(), [](const TopicResult& t) { return t.required; }));
}

int DocumentReport::topicsCovered() const {
    return static_cast<int>(
        std::count_if(topics.begin(), topics.end(), [](const TopicResult& t) { return t.required && t.covered; }));
}

std::string DocumentReport::templateLabel() const {
    const std::string name = templateName.in(locale);
    return name.empty() ? templateId : name;
}

int DocumentReport::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Finding& f) { return f.severity == severity && !f.ignored; }));
}

namespace {

std::string keyOf(const Finding& finding, std::uint32_t paragraphHash) {
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", paragraphHash);
    return finding.rule + "|" + finding.found + "|" + hex;
}

}  // namespace

std::string ignoreKey(const Finding& finding, const Document& document) {
    const bool placed = finding.paragraph >= 0 && finding.paragraph < static_cast<int>(document.paragraphs.size());
    return keyOf(finding, textHash(placed ? std::string_view(document.paragraphs[finding.paragraph].text) : ""));
}

std::vector<std::string> ignoreKeys(const Finding& finding, const Document& document) {
    std::vector<std::string> keys{ignoreKey(finding, document)};
    Finding repeat = finding;
    for (const int paragraph : finding.repeats) {
        repeat.paragraph = paragraph;
        keys.push_back(ignoreKey(repeat, document));
    }
    return keys;
}

namespace {

// Each edit learns its paragraph's hash and a text edit the characters it replaces, so that an edit
// can refuse to write into text that changed after the check.
// Each paragraph with edits is hashed once and walked once for all its edits' offsets, however
// many it has: text pasted from a PDF has a space after every character, each a finding.
void stampEdits(std::vector<Finding>& findings, const Document& document) {
    const int paragraphs = static_cast<int>(document.paragraphs.size());
    std::vector<std::optional<std::uint32_t>> hashes;  // by paragraph, sized at the first edit
    const auto hashOf = [&](int paragraph) {
        if (hashes.empty()) hashes.resize(document.paragraphs.size());
        std::optional<std::uint32_t>& hash = hashes[paragraph];
        if (!hash) hash = textHash(document.paragraphs[paragraph].text);
        return *hash;
    };
    std::vector<std::pair<int, TextEdit*>> textEdits;  // with their paragraphs, in the findings' order
    for (Finding& finding : findings) {
        if (!finding.fix) continue;
        for (ListEdit& edit : finding.fix->list)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) edit.paragraphHash = hashOf(edit.paragraph);
        for (FormatEdit& edit : finding.fix->format)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) edit.paragraphHash = hashOf(edit.paragraph);
        for (TextEdit& edit : finding.fix->text)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) textEdits.emplace_back(edit.paragraph, &edit);
    }
    std::stable_sort(textEdits.begin(), textEdits.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> ends;  // each edit's start and end, in UTF-16 units
    for (auto group = textEdits.begin(); group != textEdits.end();) {
        const int paragraph = group->first;
        const auto groupEnd = std::find_if(group, textEdits.end(), [&](const auto& e) { return e.first != paragraph; });
        const std::string_view text = document.paragraphs[paragraph].text;
        ends.clear();
        for (auto edit = group; edit != groupEnd; ++edit) {
            ends.push_back(static_cast<std::size_t>(edit->second->start));
            ends.push_back(static_cast<std::size_t>(edit->second->start + edit->second->length));
        }
        const std::vector<std::size_t> bytes = utf8::byteOffsets(text, ends);
        for (std::size_t i = 0; group + i != groupEnd; ++i) {
            TextEdit& edit = *group[i].second;
            edit.original = std::string(text.substr(bytes[2 * i], bytes[2 * i + 1] - bytes[2 * i]));
            edit.paragraphHash = hashOf(paragraph);
        }
        group = groupEnd;
    }
}

}  // namespace

int findSameFinding(const std::vector<Finding>& findings, const Document& document, const std::string& key,
                    int nearParagraph) {
    int best = -1;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (ignoreKey(findings[i], document) != key) continue;
        if (best < 0 || std::abs(findings[i].paragraph - nearParagraph) < std::abs(findings[best].paragraph - nearParagraph))
            best = static_cast<int>(i);
    }
    return best;
}

namespace {

// An ignored occurrence among a finding's repeats stands apart, with its own part of the fix, so
// that it can be marked ignored and the others are still counted (ignoring is per occurrence).
void separateIgnoredRepeats(std::vector<Finding>& findings, const Document& document) {
    const std::set<std::string> ignored(document.ignored.begin(), document.ignored.end());
    // The finding of `paragraphs` alone: its place only where the first is still its first.
    const auto narrowed = [](Finding finding, const std::vector<int>& paragraphs) {
        if (paragraphs.front() != finding.paragraph) finding.place = {};
        finding.paragraph = paragraphs.front();
        finding.repeats.assign(paragraphs.begin() + 1, paragraphs.end());
        if (finding.fix) {
            // Each occurrence's own edits: a format fix's, and a numbering style's across a document.
            const std::set<int> wanted(paragraphs.begin(), paragraphs.end());
            const auto keepWanted = [&](auto& edits) {
                edits.erase(std::remove_if(edits.begin(), edits.end(), [&](const auto& e) { return !wanted.count(e.paragraph); }),
                            edits.end());
            };
            keepWanted(finding.fix->format);
            keepWanted(finding.fix->text);
            keepWanted(finding.fix->list);
        }
        return finding;
    };
    std::vector<Finding> separated;
    for (Finding& finding : findings) {
        if (finding.repeats.empty()) {
            separated.push_back(std::move(finding));
            continue;
        }
        std::vector<int> occurrences{finding.paragraph};
        occurrences.insert(occurrences.end(), finding.repeats.begin(), finding.repeats.end());
        const std::vector<std::string> keys = ignoreKeys(finding, document);
        std::vector<int> counted;
        for (std::size_t i = 0; i < occurrences.size(); ++i) {
            if (ignored.count(keys[i])) separated.push_back(narrowed(finding, {occurrences[i]}));
            else counted.push_back(occurrences[i]);
        }
        if (!counted.empty()) separated.push_back(narrowed(std::move(finding), counted));
    }
    findings = std::move(separated);
}

}  // namespace

TemplateChoice chooseTemplate(const TemplateSet& templates, const Document& document,
                              std::string_view requestedId) {
    if (!requestedId.empty()) return {templates.find(requestedId), TemplateSource::option, {}};
    const Outline outline = findOutline(document, analyseNumbering(document, detectScheme(document)));
    const int paragraphCount = static_cast<int>(document.paragraphs.size());
    // A recorded template holds while any of its sections is still here: once the skeleton is
    // undone or replaced by another report, the record no longer describes the document.
    if (const Template* recorded = templates.find(document.recordedTemplateId)) {
        const std::vector<SectionMatch> sections = matchSections(outline.headings, paragraphCount, *recorded);
        if (std::any_of(sections.begin(), sections.end(), [](const SectionMatch& s) { return s.present; }))
            return {recorded, TemplateSource::recorded, {}};
    }
    KindRecognition recognised = recogniseKind(templates, document, outline);
    return {recognised.kind, recognised.kind ? TemplateSource::detected : TemplateSource::none,
            std::move(recognised.evidence)};
}

DocumentReport checkDocument(const Document& document, const TemplateChoice& choice,
                             const std::vector<std::string>& disabledRules,
                             const std::vector<std::unique_ptr<Rule>>& rules) {
    DocumentReport report = checkDocument(document, choice.chosen, choice.source, disabledRules, rules);
    report.kindEvidence = choice.evidence;
    return report;
}

DocumentReport checkDocument(const Document& document, const Template* reportTemplate, TemplateSource source,
                             const std::vector<std::string>& disabledRules,
                             const std::vector<std::unique_ptr<Rule>>& rules) {
    return checkDocument(document, reportTemplate, source, disabledRules, rules,
                         [](const Rule& rule, const CheckInput& input, std::vector<Finding>& findings) {
                             rule.check(input, findings);
                         });
}

DocumentReport checkDocument(const Document& document, const Template* reportTemplate, TemplateSource source,
                             const std::vector<std::string>& disabledRules,
                             const std::vector<std::unique_ptr<Rule>>& rules, const RuleRunner& run) {
    DocumentReport report;
    report.path = document.path;
    report.paragraphs = static_cast<int>(document.paragraphs.size());
    if (reportTemplate) {
        report.templateId = reportTemplate->id;
        report.templateName = reportTemplate->name;
        report.templateVersion = reportTemplate->version;
        report.templateSource = source;
    }
    const NumberingScheme scheme =
        reportTemplate && reportTemplate->numbering ? *reportTemplate->numbering : detectScheme(document);
    const NumberingAnalysis numbering = analyseNumbering(document, scheme);
    std::optional<StructureAnalysis> structure;
    if (reportTemplate) structure = analyseStructure(document, numbering, *reportTemplate);
    // Without a template, the format is GB/T 9704's. A document without text has no format of its
    // writer's to judge yet: a new one is in the office's defaults until the first line is typed.
    static const FormatProfile standardProfile = *baseProfile("gbt9704");
    std::optional<FormatAnalysis> format;
    if (document.hasFormat && hasText(document))
        format = analyseFormat(document, numbering, reportTemplate ? reportTemplate->format : standardProfile);
    const auto enabled = [&](const Rule& rule) {
        return std::find(disabledRules.begin(), disabledRules.end(), rule.id()) == disabledRules.end();
    };
    // The term list is matched once for all the terms.* rules, and only when one of them runs.
    std::optional<TermAnalysis> terms;
    if (std::any_of(rules.begin(), rules.end(),
                    [&](const auto& rule) { return enabled(*rule) && rule->id().substr(0, 6) == "terms."; }))
        terms = analyseTerms(document, activeTermList());
    const CheckInput input{document, reportTemplate, numbering, structure ? &*structure : nullptr,
                           format ? &*format : nullptr, terms ? &*terms : nullptr};
    for (const auto& rule : rules) {
        if (!enabled(*rule)) continue;
        // A rule that fails leaves a note instead of its findings; the others still run.
        const std::size_t before = report.findings.size();
        try {
            run(*rule, input, report.findings);
        } catch (const std::exception& error) {
            report.findings.resize(before);
            Finding failed;
            failed.rule = std::string(rule->id());
            failed.severity = Severity::info;
            failed.messageKey = "engine.rule-failed";
            failed.found = error.what();
            report.findings.push_back(std::move(failed));
        }
    }
    if (structure) {
        for (const SectionMatch& match : structure->sections)
            report.sections.push_back({match.spec->id, match.spec->heading, match.spec->required, match.present, match.paragraph});
        for (const TopicCoverage& coverage : structure->topics)
            report.topics.push_back({coverage.spec->id, coverage.spec->name, coverage.spec->required, coverage.covered,
                                     coverage.paragraphs});
    }
    if (!document.ignored.empty()) {
        separateIgnoredRepeats(report.findings, document);
        // Each paragraph hashed once, however many findings it has.
        std::map<int, std::uint32_t> hashes;
        for (Finding& finding : report.findings) {
            const bool placed = finding.paragraph >= 0 && finding.paragraph < report.paragraphs;
            auto [at, added] = hashes.try_emplace(placed ? finding.paragraph : -1, 0);
            if (added) at->second = textHash(placed ? std::string_view(document.paragraphs[finding.paragraph].text) : "");
            finding.ignored = std::find(document.ignored.begin(), document.ignored.end(), keyOf(finding, at->second)) !=
                              document.ignored.end();
        }
    }
    // A paragraph with tracked deletions is checked as it reads without them; Writer's offsets still
    // count the deleted characters, so its findings have no place in it and no fix.
    for (Finding& finding : report.findings)
        if (finding.paragraph >= 0 && finding.paragraph < report.paragraphs &&
            document.paragraphs[finding.paragraph].trackedDeletion) {
            finding.place = {};
            finding.fix.reset();
        }
    stampEdits(report.findings, document);
    constexpr std::size_t kOpeningCharacters = 12;
    for (Finding& finding : report.findings)
        if (finding.paragraph >= 0 && finding.paragraph < report.paragraphs)
            finding.opening = utf8::prefix(document.paragraphs[finding.paragraph].text, kOpeningCharacters);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.rule < b.rule;
                     });
    return report;
}

int adjacentFinding(const std::vector<Finding>& findings, int paragraph, int offset, bool forward) {
    const std::pair<int, int> here{paragraph, offset};
    int first = -1, last = -1, next = -1, previous = -1;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        if (finding.ignored || finding.paragraph < 0) continue;
        const std::pair<int, int> at{finding.paragraph, finding.place.start};
        const int index = static_cast<int>(i);
        const auto place = [&](int other) { return std::make_pair(findings[other].paragraph, findings[other].place.start); };
        if (first < 0 || at < place(first)) first = index;
        if (last < 0 || at >= place(last)) last = index;
        if (at > here && (next < 0 || at < place(next))) next = index;
        if (at < here && (previous < 0 || at >= place(previous))) previous = index;
    }
    if (forward) return next >= 0 ? next : first;
    return previous >= 0 ? previous : last;
}

DocumentReport checkParagraphText(std::string_view text, const std::vector<std::string>& disabledRules) {
    Document document;
    document.paragraphs.emplace_back().text = std::string(text);
    return checkDocument(document, nullptr, TemplateSource::none, disabledRules, paragraphRules());
}

DocumentReport unreadableReport(std::string path, std::string error) {
    DocumentReport report;
    report.path = std::move(path);
    report.readable = false;
    report.error = std::move(error);
    return report;
}

void localise(DocumentReport& report, const MessageCatalog& catalog) {
    report.locale = catalog.locale();
    for (Finding& finding : report.findings) {
        std::vector<std::string> values;  // kept alive while the arguments point at them
        for (const auto& [name, text] : finding.texts) values.push_back(text.in(report.locale));
        MessageArgs args = {{"found", finding.found}, {"expected", finding.expected}};
        std::size_t value = 0;
        for (const auto& [name, text] : finding.texts) args.emplace_back(name, values[value++]);
        finding.message = catalog.format(finding.messageKey, args);
        if (!finding.repeats.empty())
            finding.message = catalog.format("finding.with-repeats", {{"message", finding.message},
                                                                      {"count", std::to_string(finding.repeats.size())}});
    }
}

}  // namespace reportkit
