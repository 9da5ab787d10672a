#include "report.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "rule.hpp"
#include "utf8.hpp"

namespace reportkit {

using json = nlohmann::ordered_json;

namespace {

constexpr std::array<std::string_view, 4> kSourceNames = {"none", "recorded", "option", "detected"};

std::string_view sourceName(TemplateSource source) { return kSourceNames[static_cast<int>(source)]; }

TemplateSource sourceFromName(std::string_view name) {
    for (std::size_t i = 0; i < kSourceNames.size(); ++i)
        if (kSourceNames[i] == name) return static_cast<TemplateSource>(i);
    return TemplateSource::none;
}

Severity severityFromName(std::string_view name) {
    if (name == "warning") return Severity::warning;
    if (name == "info") return Severity::info;
    return Severity::error;
}

json findingJson(const Finding& finding) {
    json object = {{"rule", finding.rule},
                   {"severity", severityName(finding.severity)},
                   {"paragraph", finding.paragraph},
                   {"place", {{"start", finding.place.start}, {"length", finding.place.length}}},
                   {"opening", finding.opening},
                   {"message", finding.message},
                   {"found", finding.found},
                   {"expected", finding.expected},
                   {"fixable", finding.fix.has_value()}};
    if (finding.ignored) object["ignored"] = true;
    if (!finding.repeats.empty()) object["repeats"] = finding.repeats;
    if (finding.fix) {
        json text = json::array();
        for (const TextEdit& edit : finding.fix->text)
            text.push_back({{"paragraph", edit.paragraph},
                            {"start", edit.start},
                            {"length", edit.length},
                            {"original", edit.original},
                            {"replacement", edit.replacement}});
        json list = json::array();
        for (const ListEdit& edit : finding.fix->list) {
            if (edit.action == ListEdit::Action::restart)
                list.push_back({{"paragraph", edit.paragraph}, {"action", "restart"}, {"start", edit.startValue}});
            else
                list.push_back({{"paragraph", edit.paragraph}, {"action", "label"}, {"label", edit.label}});
        }
        // A format fix is not spelled out edit by edit: it sets what "expected" says in the paragraph
        // and its repeats, and a long report's would be most of its JSON (and of its checking time).
        object["fix"] = {{"text", text}, {"list", list}};
    }
    return object;
}

Finding findingFromJson(const json& object) {
    Finding finding;
    finding.rule = object.at("rule").get<std::string>();
    finding.severity = severityFromName(object.at("severity").get<std::string>());
    finding.paragraph = object.at("paragraph").get<int>();
    if (object.contains("place"))
        finding.place = {object["place"].at("start").get<int>(), object["place"].at("length").get<int>()};
    finding.message = object.value("message", "");
    finding.opening = object.value("opening", "");
    finding.found = object.value("found", "");
    finding.expected = object.value("expected", "");
    finding.ignored = object.value("ignored", false);
    finding.repeats = object.value("repeats", std::vector<int>{});
    if (object.contains("fix")) {
        Fix fix;
        for (const json& edit : object["fix"].at("text"))
            fix.text.push_back(TextEdit{edit.at("paragraph").get<int>(), edit.at("start").get<int>(),
                                        edit.at("length").get<int>(), edit.at("replacement").get<std::string>(),
                                        edit.value("original", "")});
        for (const json& edit : object["fix"].at("list")) {
            ListEdit list;
            list.paragraph = edit.at("paragraph").get<int>();
            if (edit.at("action").get<std::string>() == "restart") {
                list.action = ListEdit::Action::restart;
                list.startValue = edit.at("start").get<int>();
            } else {
                list.action = ListEdit::Action::setLabel;
                list.label = edit.at("label").get<std::string>();
            }
            fix.list.push_back(std::move(list));
        }
        finding.fix = std::move(fix);
    }
    return finding;
}

json documentObject(const DocumentReport& report) {
    json sections = json::array();
    for (const SectionResult& section : report.sections)
        sections.push_back({{"id", section.id},
                            {"heading", section.heading},
                            {"required", section.required},
                            {"present", section.present},
                            {"paragraph", section.paragraph}});
    json topics = json::array();
    for (const TopicResult& topic : report.topics)
        topics.push_back({{"id", topic.id},
                          {"name", topic.name.in(report.locale)},
                          {"required", topic.required},
                          {"covered", topic.covered},
                          {"paragraphs", topic.paragraphs}});
    json findings = json::array();
    for (const Finding& finding : report.findings) findings.push_back(findingJson(finding));
    json templateRef = nullptr;
    if (report.templateSource != TemplateSource::none)
        templateRef = {{"id", report.templateId},
                       {"name", report.templateLabel()},
                       {"version", report.templateVersion},
                       {"how", sourceName(report.templateSource)}};
    else
        templateRef = {{"id", nullptr}, {"version", nullptr}, {"how", "none"}};
    const KindEvidence& evidence = report.kindEvidence;
    if (report.templateSource == TemplateSource::detected)
        templateRef["evidence"] = {{"title", evidence.title}, {"headings", evidence.headings}};
    if (!evidence.likely.empty()) templateRef["likely"] = evidence.likely;
    return {{"path", report.path},
            {"status", report.readable ? "ok" : "error"},
            {"error", report.readable ? json(nullptr) : json(report.error)},
            {"template", templateRef},
            {"paragraphs", report.paragraphs},
            {"findings", findings},
            {"sections", sections},
            {"topics", topics},
            {"summary",
             {{"errors", report.count(Severity::error)},
              {"warnings", report.count(Severity::warning)},
              {"sections_required", report.sectionsRequired()},
              {"sections_present", report.sectionsPresent()},
              {"topics_required", report.topicsRequired()},
              {"topics_covered", report.topicsCovered()}}}};
}

}  // namespace

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
    std::map<int, std::uint32_t> hashes;
    const auto hashOf = [&](int paragraph) {
        auto [at, added] = hashes.try_emplace(paragraph, 0);
        if (added) at->second = textHash(document.paragraphs[paragraph].text);
        return at->second;
    };
    std::map<int, std::vector<TextEdit*>> editsOf;
    for (Finding& finding : findings) {
        if (!finding.fix) continue;
        for (ListEdit& edit : finding.fix->list)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) edit.paragraphHash = hashOf(edit.paragraph);
        for (FormatEdit& edit : finding.fix->format)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) edit.paragraphHash = hashOf(edit.paragraph);
        for (TextEdit& edit : finding.fix->text)
            if (edit.paragraph >= 0 && edit.paragraph < paragraphs) editsOf[edit.paragraph].push_back(&edit);
    }
    for (auto& [paragraph, edits] : editsOf) {
        const std::string_view text = document.paragraphs[paragraph].text;
        std::vector<std::size_t> ends;  // each edit's start and end, in UTF-16 units
        for (const TextEdit* edit : edits) {
            ends.push_back(static_cast<std::size_t>(edit->start));
            ends.push_back(static_cast<std::size_t>(edit->start + edit->length));
        }
        const std::vector<std::size_t> bytes = utf8::byteOffsets(text, ends);
        for (std::size_t i = 0; i < edits.size(); ++i) {
            edits[i]->original = std::string(text.substr(bytes[2 * i], bytes[2 * i + 1] - bytes[2 * i]));
            edits[i]->paragraphHash = hashOf(paragraph);
        }
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
    // Without a template, the format is GB/T 9704's.
    static const FormatProfile standardProfile = *baseProfile("gbt9704");
    std::optional<FormatAnalysis> format;
    if (document.hasFormat)
        format = analyseFormat(document, numbering, reportTemplate ? reportTemplate->format : standardProfile);
    const CheckInput input{document, reportTemplate, numbering, structure ? &*structure : nullptr,
                           format ? &*format : nullptr};
    for (const auto& rule : rules) {
        if (std::find(disabledRules.begin(), disabledRules.end(), rule->id()) != disabledRules.end()) continue;
        // A rule that fails leaves a note instead of its findings; the others still run.
        const std::size_t before = report.findings.size();
        try {
            rule->check(input, report.findings);
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

// A path that is not UTF-8 (a name from a GBK zip) has its bad bytes shown as U+FFFD: JSON holds
// only Unicode, and one such name must not cost the whole report.
std::string documentJson(const DocumentReport& report) {
    return documentObject(report).dump(-1, ' ', false, json::error_handler_t::replace);
}

DocumentReport parseDocumentJson(std::string_view text) {
    try {
        const json object = json::parse(text);
        DocumentReport report;
        report.path = object.at("path").get<std::string>();
        report.readable = object.at("status").get<std::string>() == "ok";
        if (!report.readable) report.error = object.at("error").get<std::string>();
        const json& templateRef = object.at("template");
        report.templateSource = sourceFromName(templateRef.at("how").get<std::string>());
        if (report.templateSource != TemplateSource::none) {
            report.templateId = templateRef.at("id").get<std::string>();
            // In whatever language it was written, as a topic's name is (LocalisedText falls back to it).
            if (templateRef.contains("name")) report.templateName.byLanguage["zh-CN"] = templateRef.at("name").get<std::string>();
            report.templateVersion = templateRef.at("version").get<std::string>();
        }
        if (const auto evidence = templateRef.find("evidence"); evidence != templateRef.end()) {
            report.kindEvidence.title = evidence->value("title", std::string());
            report.kindEvidence.headings = evidence->value("headings", std::vector<std::string>());
        }
        report.kindEvidence.likely = templateRef.value("likely", std::vector<std::string>());
        report.paragraphs = object.at("paragraphs").get<int>();
        for (const json& section : object.value("sections", json::array()))
            report.sections.push_back({section.at("id").get<std::string>(), section.at("heading").get<std::string>(),
                                       section.value("required", true), section.at("present").get<bool>(),
                                       section.at("paragraph").get<int>()});
        for (const json& topic : object.value("topics", json::array())) {
            TopicResult result;
            result.id = topic.at("id").get<std::string>();
            result.name.byLanguage["zh-CN"] = topic.at("name").get<std::string>();
            result.required = topic.at("required").get<bool>();
            result.covered = topic.at("covered").get<bool>();
            result.paragraphs = topic.at("paragraphs").get<std::vector<int>>();
            report.topics.push_back(std::move(result));
        }
        for (const json& finding : object.at("findings")) report.findings.push_back(findingFromJson(finding));
        return report;
    } catch (const json::exception& error) {
        throw std::runtime_error(std::string("malformed report JSON: ") + error.what());
    }
}

std::string resultJson(const std::vector<DocumentReport>& reports, std::string_view version) {
    json documents = json::array();
    for (const DocumentReport& report : reports) documents.push_back(documentObject(report));
    const json result = {{"tool", {{"name", "reportkit"}, {"version", version}}}, {"documents", documents}};
    return result.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + csvField(fields[i]);
    return row + "\r\n";
}

}  // namespace

namespace {

bool isFormatRule(std::string_view rule) { return rule.substr(0, 7) == "format."; }

// The heatmap's column of a rule: its own, but one for all the format rules.
std::string heatmapColumn(const std::string& rule) { return isFormatRule(rule) ? std::string("format") : rule; }

int formatProblems(const DocumentReport& report) {
    return static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                          [](const Finding& f) { return !f.ignored && isFormatRule(f.rule); }));
}

}  // namespace

std::string resultCsv(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog) {
    std::string csv = "\xEF\xBB\xBF";
    std::vector<std::string> header;
    for (const char* column : {"path", "template", "status", "errors", "warnings", "format", "sections", "topics", "error"})
        header.push_back(catalog.format(std::string("csv.") + column));
    csv += csvRow(header);
    for (const DocumentReport& report : reports) {
        const auto ratio = [](int done, int all) { return all == 0 ? std::string() : std::to_string(done) + "/" + std::to_string(all); };
        csv += csvRow({report.path, report.templateId,
                       report.readable ? "ok" : "error",
                       report.readable ? std::to_string(report.count(Severity::error)) : "",
                       report.readable ? std::to_string(report.count(Severity::warning)) : "",
                       report.readable ? std::to_string(formatProblems(report)) : "",
                       ratio(report.sectionsPresent(), report.sectionsRequired()),
                       ratio(report.topicsCovered(), report.topicsRequired()), report.error});
    }
    return csv;
}

namespace {

std::string html(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '"': escaped += "&quot;"; break;
            default: escaped += c;
        }
    }
    return escaped;
}

constexpr std::string_view kHtmlStyle =
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
    "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}th{background:#eee;cursor:pointer}"
    ".n{text-align:right}.c0{background:#e8f5e9}.c1{background:#fff3cd}.c2{background:#f8d7da}.na{background:#eee;color:#777;text-align:center}"
    "li.error{color:#a00}li.warning{color:#8a6d00}.unreadable{color:#a00}";

// Clicking a heading sorts the table's rows by that column, as numbers where the cells are numbers.
constexpr std::string_view kSortScript =
    "document.querySelectorAll('table.sortable th').forEach(function(th,i){th.onclick=function(){"
    "var body=th.closest('table').tBodies[0],rows=Array.from(body.rows),up=th.dataset.up!=='1';"
    "th.dataset.up=up?'1':'0';rows.sort(function(a,b){var x=a.cells[i].innerText,y=b.cells[i].innerText,"
    "p=parseFloat(x),q=parseFloat(y),r=(!isNaN(p)&&!isNaN(q))?p-q:x.localeCompare(y);return up?r:-r;});"
    "rows.forEach(function(r){body.appendChild(r);});};});";

}  // namespace

std::string resultHtml(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog) {
    const std::string language = catalog.locale() == "zh_CN" ? "zh-CN" : "en";
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" +
                       html(catalog.format("html.title")) + "</title><style>" + std::string(kHtmlStyle) +
                       "</style></head><body>\n<h1>" + html(catalog.format("html.title")) + "</h1>\n";
    const auto withErrors = std::count_if(reports.begin(), reports.end(), [](const DocumentReport& r) {
        return !r.readable || r.count(Severity::error) > 0;
    });
    page += "<p>" + html(catalog.format("html.overview", {{"documents", std::to_string(reports.size())},
                                                          {"failing", std::to_string(withErrors)}})) + "</p>\n";

    // The summary, one row per document.
    page += "<h2>" + html(catalog.format("html.summary")) + "</h2>\n<table class=\"sortable\"><thead><tr>";
    for (const char* column : {"path", "template", "status", "errors", "warnings", "sections", "topics"})
        page += "<th>" + html(catalog.format(std::string("csv.") + column)) + "</th>";
    page += "</tr></thead><tbody>\n";
    const auto ratio = [](int done, int all) { return all == 0 ? std::string() : std::to_string(done) + "/" + std::to_string(all); };
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const DocumentReport& r = reports[i];
        page += "<tr><td><a href=\"#doc" + std::to_string(i) + "\">" + html(r.path) + "</a></td><td title=\"" +
                html(r.templateId) + "\">" + html(r.templateLabel()) + "</td><td>" + html(catalog.format(r.readable ? "html.status.ok" : "html.status.error")) + "</td>";
        if (r.readable)
            page += "<td class=\"n\">" + std::to_string(r.count(Severity::error)) + "</td><td class=\"n\">" +
                    std::to_string(r.count(Severity::warning)) + "</td><td>" + ratio(r.sectionsPresent(), r.sectionsRequired()) +
                    "</td><td>" + ratio(r.topicsCovered(), r.topicsRequired()) + "</td></tr>\n";
        else
            page += "<td></td><td></td><td></td><td></td></tr>\n";
    }
    page += "</tbody></table>\n";

    // The heatmap: how often each rule fired in each document (the format rules together), and
    // each topic covered or not.
    std::vector<std::string> rules;
    std::vector<std::pair<std::string, std::string>> topics;  // id, name
    for (const DocumentReport& r : reports) {
        for (const Finding& f : r.findings)
            if (!f.ignored && std::find(rules.begin(), rules.end(), heatmapColumn(f.rule)) == rules.end())
                rules.push_back(heatmapColumn(f.rule));
        for (const TopicResult& t : r.topics)
            if (std::none_of(topics.begin(), topics.end(), [&](const auto& known) { return known.first == t.id; }))
                topics.emplace_back(t.id, t.name.in(r.locale));
    }
    std::sort(rules.begin(), rules.end());
    page += "<h2>" + html(catalog.format("html.heatmap")) + "</h2>\n<table class=\"sortable\"><thead><tr><th>" +
            html(catalog.format("csv.path")) + "</th>";
    for (const std::string& rule : rules)
        page += "<th title=\"" + html(rule) + "\">" + html(catalog.format("rule." + rule)) + "</th>";
    for (const auto& topic : topics) page += "<th>" + html(topic.second) + "</th>";
    page += "</tr></thead><tbody>\n";
    for (const DocumentReport& r : reports) {
        page += "<tr><td>" + html(r.path) + "</td>";
        if (!r.readable) {  // not checked: nothing to count, which is not "no problems"
            for (std::size_t cell = 0; cell < rules.size() + topics.size(); ++cell) page += "<td class=\"na\">—</td>";
            page += "</tr>\n";
            continue;
        }
        for (const std::string& rule : rules) {
            const auto count = std::count_if(r.findings.begin(), r.findings.end(),
                                             [&](const Finding& f) { return heatmapColumn(f.rule) == rule && !f.ignored; });
            page += "<td class=\"n c" + std::to_string(std::min<long>(count, 2)) + "\">" + std::to_string(count) + "</td>";
        }
        for (const auto& topic : topics) {
            const auto found = std::find_if(r.topics.begin(), r.topics.end(), [&](const TopicResult& t) { return t.id == topic.first; });
            if (found == r.topics.end()) page += "<td></td>";
            else page += found->covered ? "<td class=\"c0\">✓</td>" : "<td class=\"c2\">✗</td>";
        }
        page += "</tr>\n";
    }
    page += "</tbody></table>\n";

    // Each document's findings.
    page += "<h2>" + html(catalog.format("html.details")) + "</h2>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const DocumentReport& r = reports[i];
        page += "<section id=\"doc" + std::to_string(i) + "\"><h3>" + html(r.path) + "</h3>\n";
        if (!r.readable) {
            page += "<p class=\"unreadable\">" + html(r.error) + "</p></section>\n";
            continue;
        }
        page += "<ol>\n";
        for (const Finding& f : r.findings) {
            if (f.ignored) continue;
            const std::string where = f.paragraph < 0 ? std::string()
                                                      : catalog.format("html.where", {{"paragraph", std::to_string(f.paragraph + 1)},
                                                                                      {"opening", f.opening}}) + " — ";
            page += "<li class=\"" + std::string(severityName(f.severity)) + "\">" + html(where) + html(f.message) + " <small title=\"" +
                    html(f.rule) + "\">(" + html(catalog.format("rule." + f.rule)) + ")</small></li>\n";
        }
        page += "</ol></section>\n";
    }
    page += "<script>" + std::string(kSortScript) + "</script>\n</body></html>\n";
    return page;
}

std::string resultText(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog) {
    std::string text;
    for (const DocumentReport& report : reports) {
        if (!report.readable) {
            text += catalog.format("text.unreadable", {{"path", report.path}, {"error", report.error}}) + "\n";
            continue;
        }
        const std::string errors = std::to_string(report.count(Severity::error));
        const std::string warnings = std::to_string(report.count(Severity::warning));
        std::string likely;  // the kinds the evidence points to, as --template takes them
        for (const std::string& id : report.kindEvidence.likely) likely += (likely.empty() ? "" : ", ") + id;
        const std::string templateName =
            report.templateSource == TemplateSource::none
                ? (likely.empty() ? catalog.format("text.no-template")
                                  : catalog.format("text.no-template.likely", {{"kinds", likely}}))
                : report.templateLabel() + " (" +
                      catalog.format("text.template-source." + std::string(sourceName(report.templateSource))) +
                      ")";
        text += catalog.format("text.document", {{"path", report.path},
                                                 {"errors", errors},
                                                 {"warnings", warnings},
                                                 {"template", templateName}}) +
                "\n";
        if (!report.sections.empty() || !report.topics.empty())
            text += "  " + catalog.format("text.coverage", {{"sections", std::to_string(report.sectionsPresent())},
                                                            {"sections_required", std::to_string(report.sectionsRequired())},
                                                            {"topics", std::to_string(report.topicsCovered())},
                                                            {"topics_required", std::to_string(report.topicsRequired())}}) +
                    "\n";
        for (const Finding& finding : report.findings) {
            if (finding.ignored) continue;
            const std::string paragraph = std::to_string(finding.paragraph + 1);
            text += "  " + catalog.format("text.finding",
                                   {{"paragraph", paragraph},
                                    {"severity", catalog.format("severity." + std::string(severityName(finding.severity)))},
                                    {"rule", finding.rule},
                                    {"message", finding.message}}) +
                    "\n";
        }
    }
    return text;
}

}  // namespace reportkit
