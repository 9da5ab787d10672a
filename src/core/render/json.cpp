// The JSON report, and reading one back: reportkit merge, and the command line reading what its office workers checked.
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "render.hpp"

namespace reportkit {

using json = nlohmann::ordered_json;
using render::sourceFromName;
using render::sourceName;

namespace {

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

}  // namespace reportkit
