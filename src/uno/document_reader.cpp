#include "document_reader.hpp"

#include <cctype>
#include <functional>
#include <map>
#include <set>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/TextGridMode.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextField.hpp>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
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

void addIgnoredFindings(const Reference<frame::XModel>& model, const std::vector<std::string>& keys) {
    std::string list = userDefinedProperty(model, kIgnoredProperty);
    const std::vector<std::string> lines = splitLines(list);
    const std::set<std::string> existing(lines.begin(), lines.end());
    bool added = false;
    for (const std::string& key : keys)
        if (!existing.count(key)) {
            list += key + "\n";
            added = true;
        }
    if (added) setUserDefinedProperty(model, kIgnoredProperty, list);
}

namespace {

constexpr double kPointsPerHundredthMm = 72 / 2540.0;
double millimetres(sal_Int32 hundredths) { return hundredths / 100.0; }

Alignment alignmentOf(sal_Int16 adjust) {
    switch (static_cast<style::ParagraphAdjust>(adjust)) {
        case style::ParagraphAdjust_RIGHT: return Alignment::right;
        case style::ParagraphAdjust_CENTER: return Alignment::centre;
        case style::ParagraphAdjust_BLOCK:
        case style::ParagraphAdjust_STRETCH: return Alignment::justified;
        default: return Alignment::left;
    }
}

// Several properties in one call, in the order of `names` (which must be sorted): Writer builds a
// paragraph's or portion's attributes once for all of them, where one call each builds them again
// each time. Void for a name the object does not have.
class PropertyValues {
public:
    PropertyValues(const Reference<beans::XPropertySet>& properties, const uno::Sequence<OUString>& names) {
        const Reference<beans::XMultiPropertySet> multiple(properties, UNO_QUERY);
        try {
            if (multiple.is()) {
                values_ = multiple->getPropertyValues(names);
                return;
            }
        } catch (const uno::Exception&) {
            // A name the object lacks: read them one by one below.
        }
        values_.realloc(names.getLength());
        for (sal_Int32 i = 0; i < names.getLength(); ++i) {
            try {
                values_.getArray()[i] = properties->getPropertyValue(names[i]);
            } catch (const uno::Exception&) {
                // Left void: the fallback is the right reading.
            }
        }
    }
    template <typename T>
    T get(sal_Int32 index, T fallback) const {
        T value = fallback;
        if (index < values_.getLength()) values_[index] >>= value;
        return value;
    }

private:
    uno::Sequence<uno::Any> values_;
};

uno::Sequence<OUString> names(std::initializer_list<const char*> ascii) {
    uno::Sequence<OUString> result(static_cast<sal_Int32>(ascii.size()));
    sal_Int32 i = 0;
    for (const char* name : ascii) result.getArray()[i++] = OUString::createFromAscii(name);
    return result;
}

// The characters' properties read for their format, sorted; a portion's type is read with them.
enum CharacterProperty : sal_Int32 { charColor, charFontNameAsian, charHeightAsian, charWeightAsian, textPortionType };
const uno::Sequence<OUString>& characterNames() {
    static const uno::Sequence<OUString> all = names({"CharColor", "CharFontNameAsian", "CharHeightAsian", "CharWeightAsian"});
    return all;
}
const uno::Sequence<OUString>& portionNames() {
    static const uno::Sequence<OUString> all =
        names({"CharColor", "CharFontNameAsian", "CharHeightAsian", "CharWeightAsian", "TextPortionType"});
    return all;
}

// The characters' format as Writer applies it: their Asian font (a list "A;B" is set in A).
CharacterFormat characterFormat(const PropertyValues& values) {
    CharacterFormat format;
    const std::string font = toUtf8(values.get<OUString>(charFontNameAsian, OUString()));
    format.font = font.substr(0, font.find(';'));
    format.points = values.get<float>(charHeightAsian, 0.f);
    format.bold = values.get<float>(charWeightAsian, awt::FontWeight::NORMAL) > awt::FontWeight::NORMAL;
    format.color = values.get<sal_Int32>(charColor, -1);
    return format;
}

CharacterFormat characterFormat(const Reference<beans::XPropertySet>& properties) {
    return characterFormat(PropertyValues(properties, characterNames()));
}

void addRun(std::vector<FormatRun>& runs, int start, int length, CharacterFormat format) {
    if (!runs.empty() && runs.back().format == format && runs.back().start + runs.back().length == start)
        runs.back().length += length;
    else
        runs.push_back({start, length, std::move(format)});
}

// The paragraph's text portion by portion, with the format of each, leaving out what tracked
// changes deleted (Writer still holds and shows it).
// `plain`: every portion was plain text, so that the text read is the paragraph's string exactly.
OUString readPortions(const Reference<text::XTextRange>& range, bool& deleted, std::vector<FormatRun>& runs, bool& plain) {
    rtl::OUStringBuffer text;
    bool inDeletion = false;
    plain = true;
    const Reference<container::XEnumeration> portions =
        Reference<container::XEnumerationAccess>(range, UNO_QUERY_THROW)->createEnumeration();
    while (portions->hasMoreElements()) {
        const Reference<beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
        if (!portion.is()) continue;
        const PropertyValues values(portion, portionNames());
        const OUString type = values.get<OUString>(textPortionType, OUString());
        if (type != "Text") plain = false;
        if (type == "Redline") {
            if (property<OUString>(portion, "RedlineType", OUString()) == "Delete")
                inDeletion = property<bool>(portion, "IsStart", false);
            continue;
        }
        const OUString part = Reference<text::XTextRange>(portion, UNO_QUERY_THROW)->getString();
        if (inDeletion) {
            deleted = deleted || !part.isEmpty();
            continue;
        }
        if (part.isEmpty()) continue;
        addRun(runs, text.getLength(), part.getLength(), characterFormat(values));
        text.append(part);
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

Paragraph readParagraph(const Reference<text::XTextRange>& range, bool tracked, OUString* pageBreakStyle) {
    Reference<beans::XPropertySet> properties(range, UNO_QUERY_THROW);
    Paragraph paragraph;
    ParagraphFormat& format = paragraph.format;
    bool plain = true;
    const OUString text = readPortions(range, paragraph.trackedDeletion, format.runs, plain);
    // With fields, notes or frames among the portions, the paragraph's own string is the text as
    // Writer's offsets count it.
    paragraph.text = toUtf8(tracked || plain ? text : range->getString());
    if (format.runs.empty()) format.runs.push_back({0, 0, characterFormat(properties)});
    enum : sal_Int32 { listLabelString, numberingLevel, outlineLevel, pageDescName, paraAdjust, paraFirstLineIndent,
                       paraLeftMargin, paraLineSpacing, paraStyleName };
    static const uno::Sequence<OUString> paragraphNames =
        names({"ListLabelString", "NumberingLevel", "OutlineLevel", "PageDescName", "ParaAdjust", "ParaFirstLineIndent",
               "ParaLeftMargin", "ParaLineSpacing", "ParaStyleName"});
    const PropertyValues values(properties, paragraphNames);
    format.alignment = alignmentOf(values.get<sal_Int16>(paraAdjust, 0));
    format.firstLineIndentMm = millimetres(values.get<sal_Int32>(paraFirstLineIndent, 0));
    format.leftIndentMm = millimetres(values.get<sal_Int32>(paraLeftMargin, 0));
    const auto spacing = values.get<style::LineSpacing>(paraLineSpacing, style::LineSpacing{});
    if (spacing.Mode == style::LineSpacingMode::FIX || spacing.Mode == style::LineSpacingMode::MINIMUM)
        format.lineSpacingPoints = spacing.Height * kPointsPerHundredthMm;
    if (pageBreakStyle) *pageBreakStyle = values.get<OUString>(pageDescName, OUString());
    paragraph.outlineLevel = values.get<sal_Int16>(outlineLevel, 0);
    paragraph.style = toUtf8(values.get<OUString>(paraStyleName, OUString()));
    paragraph.listLabel = toUtf8(values.get<OUString>(listLabelString, OUString()));
    if (!paragraph.listLabel.empty()) paragraph.listLevel = values.get<sal_Int16>(numberingLevel, -1);
    return paragraph;
}

namespace {

// The footer's page number: its paragraph's text with "#" for the field, its place and font.
PageNumberFormat readPageNumber(const Reference<text::XText>& footer) {
    PageNumberFormat number;
    if (!footer.is()) return number;
    const Reference<container::XEnumeration> paragraphs =
        Reference<container::XEnumerationAccess>(footer, UNO_QUERY_THROW)->createEnumeration();
    int withText = 0;
    while (paragraphs->hasMoreElements()) {
        const Reference<lang::XServiceInfo> element(paragraphs->nextElement(), UNO_QUERY);
        if (!element.is() || !element->supportsService("com.sun.star.text.Paragraph")) {
            number.onlyPageNumber = false;  // a table in the footer
            continue;
        }
        const Reference<beans::XPropertySet> paragraph(element, UNO_QUERY_THROW);
        const OUString whole = Reference<text::XTextRange>(element, UNO_QUERY_THROW)->getString();
        if (whole.isEmpty()) continue;
        ++withText;
        rtl::OUStringBuffer text;
        bool field = false;
        const Reference<container::XEnumeration> portions =
            Reference<container::XEnumerationAccess>(element, UNO_QUERY_THROW)->createEnumeration();
        while (portions->hasMoreElements()) {
            const Reference<beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
            if (!portion.is()) continue;
            const Reference<lang::XServiceInfo> content(
                property<Reference<text::XTextField>>(portion, "TextField", Reference<text::XTextField>()), UNO_QUERY);
            if (content.is() && content->supportsService("com.sun.star.text.TextField.PageNumber")) {
                text.append("#");
                field = true;
                number.format = characterFormat(portion);
            } else {
                text.append(Reference<text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
            }
        }
        if (!field) {
            // Words typed in the footer ("第 1 页 共 1 页" as plain text) are the writer's.
            for (sal_Int32 at = 0; at < whole.getLength(); ++at)
                if (whole[at] != ' ' && whole[at] != 0x3000 && whole[at] != 0x2014 && whole[at] != '-')
                    number.onlyPageNumber = false;
            continue;
        }
        number.present = true;
        number.text = toUtf8(text.makeStringAndClear());
        number.alignment = alignmentOf(property<sal_Int16>(paragraph, "ParaAdjust", 0));
        number.leftIndentMm = millimetres(property<sal_Int32>(paragraph, "ParaLeftMargin", 0));
        number.rightIndentMm = millimetres(property<sal_Int32>(paragraph, "ParaRightMargin", 0));
    }
    // Beside the number only dashes and spaces: the footer can be made again without loss.
    if (withText > 1) number.onlyPageNumber = false;
    for (const char c : number.text)
        if (std::isalnum(static_cast<unsigned char>(c))) number.onlyPageNumber = false;
    if (number.text.find("页") != std::string::npos) number.onlyPageNumber = false;
    return number;
}

// A page style's format, and in `follow` the style of the pages after its first.
PageFormat readPageStyle(const Reference<frame::XModel>& model, const OUString& name, OUString& follow) {
    PageFormat page;
    page.style = toUtf8(name);
    follow = name;
    Reference<beans::XPropertySet> style;
    try {
        const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
        const Reference<container::XNameAccess> styles(families->getByName("PageStyles"), UNO_QUERY_THROW);
        style.set(styles->getByName(name), UNO_QUERY_THROW);
    } catch (const uno::Exception&) {
        return page;  // no such style: nothing to check it by
    }
    if (const OUString next = property<OUString>(style, "FollowStyle", OUString()); !next.isEmpty()) follow = next;
    page.widthMm = millimetres(property<sal_Int32>(style, "Width", 0));
    page.heightMm = millimetres(property<sal_Int32>(style, "Height", 0));
    page.topMm = millimetres(property<sal_Int32>(style, "TopMargin", 0));
    page.bottomMm = millimetres(property<sal_Int32>(style, "BottomMargin", 0));
    page.leftMm = millimetres(property<sal_Int32>(style, "LeftMargin", 0));
    page.rightMm = millimetres(property<sal_Int32>(style, "RightMargin", 0));
    page.header = property<bool>(style, "HeaderIsOn", false);
    if (page.header) page.headerHeightMm = millimetres(property<sal_Int32>(style, "HeaderHeight", 0));
    page.footer = property<bool>(style, "FooterIsOn", false);
    if (page.footer) {
        page.footerHeightMm = millimetres(property<sal_Int32>(style, "FooterHeight", 0));
        page.footerSpacingMm = millimetres(property<sal_Int32>(style, "FooterBodyDistance", 0));
        page.footerShared = property<bool>(style, "FooterIsShared", true);
        page.oddPages = readPageNumber(property<Reference<text::XText>>(style, "FooterTextRight", Reference<text::XText>()));
        page.evenPages = page.footerShared
                             ? page.oddPages
                             : readPageNumber(property<Reference<text::XText>>(style, "FooterTextLeft", Reference<text::XText>()));
    }
    if (property<sal_Int16>(style, "GridMode", text::TextGridMode::NONE) != text::TextGridMode::NONE)
        page.gridLines = property<sal_Int16>(style, "GridLines", 0);
    return page;
}

}  // namespace

Document readDocument(const Reference<frame::XModel>& model, std::vector<Reference<text::XTextRange>>* ranges) {
    Document document;
    const bool tracked = hasTrackedChanges(model);
    // The page style a paragraph is on, from the document itself rather than its layout (a document
    // opened only to be checked has none, and a window's is still being made): the style of a page
    // break before it, else the follow style of the one before it, from the default page style on.
    // Only a style's first page can be told apart this way, so a paragraph after a break is on the
    // follow style; the rules need the styles in use and where each begins.
    struct PageStyle {
        int index;
        OUString follow;
    };
    std::map<OUString, PageStyle> pages;
    OUString pageStyle = "Standard";
    OUString pageBreakStyle;
    forEachBodyParagraph(model, [&](const Reference<text::XTextRange>& range) {
        document.paragraphs.push_back(readParagraph(range, tracked, &pageBreakStyle));
        if (!pageBreakStyle.isEmpty()) pageStyle = pageBreakStyle;
        auto [page, added] = pages.try_emplace(pageStyle, PageStyle{static_cast<int>(pages.size()), {}});
        if (added) document.pages.push_back(readPageStyle(model, pageStyle, page->second.follow));
        document.paragraphs.back().format.page = page->second.index;
        pageStyle = page->second.follow;
        if (ranges) ranges->push_back(range);
        return true;
    });
    for (const auto& [name, style] : pages)
        if (const auto follow = pages.find(style.follow); follow != pages.end() && follow->first != name)
            document.pages[style.index].follow = follow->second.index;
    document.hasFormat = true;
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
