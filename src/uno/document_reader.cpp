#include "document_reader.hpp"

#include <functional>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <rtl/ustrbuf.hxx>

#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Calls `visit` with each body paragraph in reading order until it returns false.
void forEachBodyParagraph(const Reference<frame::XModel>& model,
                          const std::function<bool(const Reference<text::XTextRange>&)>& visit) {
    Reference<text::XTextDocument> textDocument(model, UNO_QUERY);
    if (!textDocument.is())
        throw lang::IllegalArgumentException("not a text document", model, 0);
    Reference<container::XEnumerationAccess> access(textDocument->getText(), UNO_QUERY_THROW);
    Reference<container::XEnumeration> elements = access->createEnumeration();
    while (elements->hasMoreElements()) {
        Reference<lang::XServiceInfo> element(elements->nextElement(), UNO_QUERY);
        // Tables come in the same enumeration; their cells are not body paragraphs.
        if (!element.is() || !element->supportsService("com.sun.star.text.Paragraph")) continue;
        if (!visit(Reference<text::XTextRange>(element, UNO_QUERY_THROW))) return;
    }
}

template <typename T>
T property(const Reference<beans::XPropertySet>& properties, const OUString& name, T fallback) {
    T value = fallback;
    try {
        properties->getPropertyValue(name) >>= value;
    } catch (const uno::Exception&) {
        // Not every paragraph kind has every property; the fallback is the right reading.
    }
    return value;
}

std::string userDefinedProperty(const Reference<frame::XModel>& model, const OUString& name) {
    Reference<document::XDocumentPropertiesSupplier> supplier(model, UNO_QUERY);
    if (!supplier.is()) return {};
    Reference<beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(), UNO_QUERY);
    if (!user.is() || !user->getPropertySetInfo()->hasPropertyByName(name)) return {};
    return toUtf8(property<OUString>(user, name, OUString()));
}

constexpr char kIgnoredProperty[] = "ReportKitIgnored";

// The ignored keys are kept one a line in a single text property, which every format saves.
std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty()) lines.push_back(line);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace

void setUserDefinedProperty(const Reference<frame::XModel>& model, const OUString& name, const std::string& value) {
    Reference<document::XDocumentPropertiesSupplier> supplier(model, UNO_QUERY_THROW);
    const Reference<beans::XPropertyContainer> container = supplier->getDocumentProperties()->getUserDefinedProperties();
    const Reference<beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    if (!properties->getPropertySetInfo()->hasPropertyByName(name))
        container->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(OUString()));
    properties->setPropertyValue(name, uno::Any(fromUtf8(value)));
    Reference<util::XModifiable> modifiable(model, UNO_QUERY);
    if (modifiable.is()) modifiable->setModified(true);
}

void addIgnoredFinding(const Reference<frame::XModel>& model, const std::string& key) {
    const std::string list = userDefinedProperty(model, kIgnoredProperty);
    for (const std::string& existing : splitLines(list))
        if (existing == key) return;
    setUserDefinedProperty(model, kIgnoredProperty, list + key + "\n");
}

namespace {

// The paragraph's text without what tracked changes deleted (Writer still holds and shows it).
OUString textWithoutDeletions(const Reference<text::XTextRange>& range, bool& deleted) {
    rtl::OUStringBuffer text;
    bool inDeletion = false;
    const Reference<container::XEnumeration> portions =
        Reference<container::XEnumerationAccess>(range, UNO_QUERY_THROW)->createEnumeration();
    while (portions->hasMoreElements()) {
        const Reference<beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
        if (!portion.is()) continue;
        if (property<OUString>(portion, "TextPortionType", OUString()) == "Redline") {
            if (property<OUString>(portion, "RedlineType", OUString()) == "Delete")
                inDeletion = property<bool>(portion, "IsStart", false);
            continue;
        }
        const OUString part = Reference<text::XTextRange>(portion, UNO_QUERY_THROW)->getString();
        if (inDeletion) deleted = deleted || !part.isEmpty();
        else text.append(part);
    }
    return text.makeStringAndClear();
}

}  // namespace

bool hasTrackedChanges(const Reference<frame::XModel>& model) {
    const Reference<document::XRedlinesSupplier> supplier(model, UNO_QUERY);
    if (!supplier.is()) return false;
    const Reference<container::XEnumerationAccess> redlines(supplier->getRedlines(), UNO_QUERY);
    return redlines.is() && redlines->createEnumeration()->hasMoreElements();
}

Paragraph readParagraph(const Reference<text::XTextRange>& range, bool tracked) {
    Reference<beans::XPropertySet> properties(range, UNO_QUERY_THROW);
    Paragraph paragraph;
    paragraph.text = toUtf8(tracked ? textWithoutDeletions(range, paragraph.trackedDeletion) : range->getString());
    paragraph.outlineLevel = property<sal_Int16>(properties, "OutlineLevel", 0);
    paragraph.style = toUtf8(property<OUString>(properties, "ParaStyleName", OUString()));
    paragraph.listLabel = toUtf8(property<OUString>(properties, "ListLabelString", OUString()));
    if (!paragraph.listLabel.empty()) paragraph.listLevel = property<sal_Int16>(properties, "NumberingLevel", -1);
    return paragraph;
}

Document readDocument(const Reference<frame::XModel>& model, std::vector<Reference<text::XTextRange>>* ranges) {
    Document document;
    // Reading portion by portion is slower: only where there are tracked changes.
    const bool tracked = hasTrackedChanges(model);
    forEachBodyParagraph(model, [&](const Reference<text::XTextRange>& range) {
        document.paragraphs.push_back(readParagraph(range, tracked));
        if (ranges) ranges->push_back(range);
        return true;
    });
    const OUString url = model->getURL();
    document.path = url.isEmpty() ? std::string() : systemPath(url);
    if (document.path.empty()) document.path = toUtf8(url);
    document.recordedTemplateId = userDefinedProperty(model, "ReportKitTemplate");
    document.recordedTemplateVersion = userDefinedProperty(model, "ReportKitTemplateVersion");
    document.ignored = splitLines(userDefinedProperty(model, kIgnoredProperty));
    return document;
}

std::vector<Reference<text::XTextRange>> bodyParagraphs(const Reference<frame::XModel>& model) {
    std::vector<Reference<text::XTextRange>> all;
    forEachBodyParagraph(model, [&](const Reference<text::XTextRange>& range) {
        all.push_back(range);
        return true;
    });
    return all;
}

Reference<text::XTextRange> bodyParagraph(const Reference<frame::XModel>& model, int index) {
    Reference<text::XTextRange> found;
    int current = 0;
    forEachBodyParagraph(model, [&](const Reference<text::XTextRange>& range) {
        if (current++ != index) return true;
        found = range;
        return false;
    });
    return found;
}

}  // namespace reportkit::writer
