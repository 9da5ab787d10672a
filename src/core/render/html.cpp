// The HTML report: a summary table, a heatmap of rules and topics by document, each document's findings.
#include <algorithm>

#include "render.hpp"

namespace reportkit {

using render::isFormatRule;
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

}  // namespace reportkit
