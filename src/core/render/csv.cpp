// The CSV report: one row a document, for a spreadsheet.
#include "render.hpp"

namespace reportkit {

using render::formatProblems;
using render::ratio;

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

std::string resultCsv(const std::vector<DocumentReport>& reports, const MessageCatalog& catalog) {
    std::string csv = "\xEF\xBB\xBF";
    std::vector<std::string> header;
    for (const char* column : {"path", "template", "status", "errors", "warnings", "format", "sections", "topics", "error"})
        header.push_back(catalog.format(std::string("csv.") + column));
    csv += csvRow(header);
    for (const DocumentReport& report : reports) {
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

}  // namespace reportkit
