// The HTML report: a summary table, a heatmap of rules and topics by document, each document's
// findings. Its markup is report.html, compiled in as report_page.hpp; this file fills in its values.
#include <algorithm>

#include "page_template.hpp"
#include "render.hpp"
#include "report_page.hpp"

namespace reportkit {

using render::isFormatRule;
using render::PageValues;
using render::ratio;

namespace {

// The heatmap's column of a rule: its own, but one for all the format rules.
std::string heatmapColumn(const std::string& rule) { return isFormatRule(rule) ? std::string("format") : rule; }

// The one escaping of the page, for text and for attribute values (which are always in double quotes).
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

// The heatmap's columns: the rules that fired anywhere (sorted), the topics any document asks for.
struct HeatmapColumns {
    std::vector<std::string> rules;
    std::vector<std::pair<std::string, std::string>> topics;  // id, name
};

HeatmapColumns heatmapColumns(const std::vector<DocumentReport>& reports) {
    HeatmapColumns columns;
    for (const DocumentReport& r : reports) {
        for (const Finding& f : r.findings)
            if (!f.ignored && std::find(columns.rules.begin(), columns.rules.end(), heatmapColumn(f.rule)) == columns.rules.end())
                columns.rules.push_back(heatmapColumn(f.rule));
        for (const TopicResult& t : r.topics)
            if (std::none_of(columns.topics.begin(), columns.topics.end(), [&](const auto& known) { return known.first == t.id; }))
                columns.topics.emplace_back(t.id, t.name.in(r.locale));
    }
    std::sort(columns.rules.begin(), columns.rules.end());
    return columns;
}

// A document's row of the heatmap.
void heatmapRow(PageValues& document, const DocumentReport& r, const HeatmapColumns& columns) {
    if (!r.readable) {
        for (std::size_t cell = 0; cell < columns.rules.size() + columns.topics.size(); ++cell) document.add("notCheckedCells");
        return;
    }
    for (const std::string& rule : columns.rules) {
        const auto count = std::count_if(r.findings.begin(), r.findings.end(),
                                         [&](const Finding& f) { return heatmapColumn(f.rule) == rule && !f.ignored; });
        document.add("ruleCells").set("count", std::to_string(count)).set("level", std::to_string(std::min<long>(count, 2)));
    }
    for (const auto& topic : columns.topics) {
        const auto found = std::find_if(r.topics.begin(), r.topics.end(), [&](const TopicResult& t) { return t.id == topic.first; });
        document.add("topicCells")
            .flag("covered", found != r.topics.end() && found->covered)
            .flag("uncovered", found != r.topics.end() && !found->covered)
            .flag("notAsked", found == r.topics.end());
    }
}

// What the summary and the details say of a document.
void documentValues(PageValues& document, std::size_t index, const DocumentReport& r, const MessageCatalog& catalog) {
    document.set("index", std::to_string(index))
        .set("path", r.path)
        .set("templateId", r.templateId)
        .set("templateLabel", r.templateLabel())
        .set("status", catalog.format(r.readable ? "html.status.ok" : "html.status.error"))
        .set("error", r.error)
        .set("errors", std::to_string(r.count(Severity::error)))
        .set("warnings", std::to_string(r.count(Severity::warning)))
        .set("sections", ratio(r.sectionsPresent(), r.sectionsRequired()))
        .set("topics", ratio(r.topicsCovered(), r.topicsRequired()))
        .flag("readable", r.readable)
        .flag("anyFindings", std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) { return !f.ignored; }));
    for (const Finding& f : r.findings) {
        if (f.ignored) continue;
        PageValues& finding = document.add("findings")
                                  .set("severity", std::string(severityName(f.severity)))
                                  .set("message", f.message)
                                  .set("rule", f.rule)
                                  .set("ruleName", catalog.format("rule." + f.rule));
        if (f.paragraph >= 0)
            finding.add("located").set("where", catalog.format("html.where", {{"paragraph", std::to_string(f.paragraph + 1)},
                                                                              {"opening", f.opening}}));
    }
}

}  // namespace

std::string resultHtml(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog) {
    const auto withErrors = std::count_if(reports.begin(), reports.end(), [](const DocumentReport& r) {
        return !r.readable || r.count(Severity::error) > 0;
    });
    PageValues page;
    page.set("language", catalog.locale() == "zh_CN" ? "zh-CN" : "en")
        .set("title", catalog.format("html.title"))
        .set("overview", catalog.format("html.overview", {{"documents", std::to_string(reports.size())},
                                                          {"failing", std::to_string(withErrors)}}))
        .set("summaryHeading", catalog.format("html.summary"))
        .set("heatmapHeading", catalog.format("html.heatmap"))
        .set("detailsHeading", catalog.format("html.details"))
        .set("pathHeading", catalog.format("csv.path"))
        .set("noProblems", catalog.format("html.no-problems"));
    for (const char* column : {"path", "template", "status", "errors", "warnings", "sections", "topics"})
        page.add("summaryColumns").set("name", catalog.format(std::string("csv.") + column));

    const HeatmapColumns columns = heatmapColumns(reports);
    for (const std::string& rule : columns.rules) page.add("ruleColumns").set("rule", rule).set("name", catalog.format("rule." + rule));
    for (const auto& topic : columns.topics) page.add("topicColumns").set("name", topic.second);

    for (std::size_t i = 0; i < reports.size(); ++i) {
        PageValues& document = page.add("documents");
        documentValues(document, i, reports[i], catalog);
        heatmapRow(document, reports[i], columns);
    }
    return render::fillPage(render::kReportPage, page, html);
}

}  // namespace reportkit
