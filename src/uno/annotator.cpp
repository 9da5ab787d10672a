#include "annotator.hpp"

#include <ctime>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include "document_reader.hpp"
#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

util::DateTime now() {
    const std::time_t seconds = std::time(nullptr);
    std::tm local{};
    localtime_r(&seconds, &local);
    util::DateTime result;
    result.Year = static_cast<sal_Int16>(local.tm_year + 1900);
    result.Month = static_cast<sal_uInt16>(local.tm_mon + 1);
    result.Day = static_cast<sal_uInt16>(local.tm_mday);
    result.Hours = static_cast<sal_uInt16>(local.tm_hour);
    result.Minutes = static_cast<sal_uInt16>(local.tm_min);
    result.Seconds = static_cast<sal_uInt16>(local.tm_sec);
    return result;
}

void addComment(const Reference<frame::XModel>& model, const Reference<text::XTextRange>& range, const std::string& content) {
    const Reference<beans::XPropertySet> comment(
        Reference<lang::XMultiServiceFactory>(model, UNO_QUERY_THROW)->createInstance("com.sun.star.text.textfield.Annotation"),
        UNO_QUERY_THROW);
    comment->setPropertyValue("Author", uno::Any(OUString("ReportKit")));
    comment->setPropertyValue("Content", uno::Any(fromUtf8(content)));
    comment->setPropertyValue("DateTimeValue", uno::Any(now()));
    // Absorbing the range makes the comment mark the finding's characters.
    range->getText()->insertTextContent(range, Reference<text::XTextContent>(comment, UNO_QUERY_THROW), !range->getString().isEmpty());
}

}  // namespace

int annotate(const Reference<frame::XModel>& model, const DocumentReport& report, const MessageCatalog& messages) {
    const std::vector<Reference<text::XTextRange>> paragraphs = bodyParagraphs(model);
    int added = 0;
    std::string withoutPlace;  // findings of the document as a whole, for the summary
    // Backwards, so that a comment never moves the places of the ones still to come.
    for (auto finding = report.findings.rbegin(); finding != report.findings.rend(); ++finding) {
        if (finding->ignored) continue;
        const std::string severity = messages.format(finding->severity == Severity::error ? "severity.error" : "severity.warning");
        const std::string content = severity + " · " + finding->rule + "\n" + finding->message;
        if (finding->paragraph < 0 || finding->paragraph >= static_cast<int>(paragraphs.size())) {
            withoutPlace = "\n• " + finding->message + withoutPlace;
            continue;
        }
        const Reference<text::XTextRange>& paragraph = paragraphs[finding->paragraph];
        const Reference<text::XTextCursor> cursor = paragraph->getText()->createTextCursorByRange(paragraph->getStart());
        if (finding->place.length > 0) {
            cursor->goRight(static_cast<sal_Int16>(finding->place.start), false);
            cursor->goRight(static_cast<sal_Int16>(finding->place.length), true);
        } else {
            cursor->gotoRange(paragraph->getEnd(), true);
        }
        addComment(model, Reference<text::XTextRange>(cursor, UNO_QUERY_THROW), content);
        ++added;
    }
    const std::string summary = messages.format("annotate.summary", {{"errors", std::to_string(report.count(Severity::error))},
                                                                     {"warnings", std::to_string(report.count(Severity::warning))},
                                                                     {"template", report.templateId.empty() ? "—" : report.templateLabel()}});
    std::string coverage;
    if (report.sectionsRequired() + report.topicsRequired() > 0)
        coverage = "\n" + messages.format("text.coverage", {{"sections", std::to_string(report.sectionsPresent())},
                                                            {"sections_required", std::to_string(report.sectionsRequired())},
                                                            {"topics", std::to_string(report.topicsCovered())},
                                                            {"topics_required", std::to_string(report.topicsRequired())}});
    const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    addComment(model, body->getStart(), summary + coverage + withoutPlace);
    return added + 1;
}

}  // namespace reportkit::writer
