// The text report: a line a document, then its coverage and findings, as the terminal shows them.
#include "render.hpp"

namespace reportkit {

using render::sourceName;

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
