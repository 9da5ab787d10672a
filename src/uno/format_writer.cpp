#include "format_writer.hpp"

#include <cmath>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/TextGridMode.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double kMmPerPoint = 25.4 / 72;
constexpr double kLineHeight = 1.2;  // a line of text is about 1.2 times its size, as format.page-number reckons

// The height Writer sets a header or footer in, inside the margin ("Header" or "Footer").
double heightMm(const Reference<beans::XPropertySet>& page, const OUString& part) {
    bool on = false;
    page->getPropertyValue(part + "IsOn") >>= on;
    if (!on) return 0;
    sal_Int32 height = 0;
    page->getPropertyValue(part + "Height") >>= height;
    return height / 100.0;
}

double footerHeightMm(const Reference<beans::XPropertySet>& page) { return heightMm(page, "Footer"); }

void pageNumber(const Reference<lang::XMultiServiceFactory>& factory, const Reference<beans::XPropertySet>& page,
                const char* footer, style::ParagraphAdjust adjust, const char* indentProperty, sal_Int32 indent,
                bool dashes, const FontSpec& font, const std::set<std::string>& installed) {
    const Reference<text::XText> text(page->getPropertyValue(OUString::createFromAscii(footer)), UNO_QUERY_THROW);
    text->setString("");
    const Reference<text::XTextCursor> cursor = text->createTextCursor();
    const Reference<beans::XPropertySet> paragraph(cursor, UNO_QUERY_THROW);
    paragraph->setPropertyValue("ParaAdjust", uno::Any(static_cast<sal_Int16>(adjust)));
    paragraph->setPropertyValue("ParaLeftMargin", uno::Any(sal_Int32(0)));
    paragraph->setPropertyValue("ParaRightMargin", uno::Any(sal_Int32(0)));
    paragraph->setPropertyValue("ParaFirstLineIndent", uno::Any(sal_Int32(0)));
    paragraph->setPropertyValue(OUString::createFromAscii(indentProperty), uno::Any(indent));
    // One line of the number's own height: a footer's paragraph may inherit the body's fixed
    // 28.95 pt line from the document's defaults, which would grow the footer into the text area
    // (and make a first page's footer differ from the rest, splitting Word's section in a .docx).
    paragraph->setPropertyValue("ParaLineSpacing", uno::Any(style::LineSpacing{style::LineSpacingMode::PROP, 100}));
    paragraph->setPropertyValue("ParaTopMargin", uno::Any(sal_Int32(0)));
    paragraph->setPropertyValue("ParaBottomMargin", uno::Any(sal_Int32(0)));
    setFont(paragraph, font, installed);
    const Reference<beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.PageNumber"),
                                               UNO_QUERY_THROW);
    field->setPropertyValue("NumberingType", uno::Any(style::NumberingType::ARABIC));
    field->setPropertyValue("SubType", uno::Any(text::PageNumberType_CURRENT));
    const Reference<text::XTextRange> at(cursor, UNO_QUERY_THROW);
    text->insertString(at, dashes ? fromUtf8("— ") : OUString(), false);
    text->insertTextContent(at, Reference<text::XTextContent>(field, UNO_QUERY_THROW), false);
    text->insertString(at, dashes ? fromUtf8(" —") : OUString(), false);
}

}  // namespace

sal_Int32 hundredthsMm(double mm) { return static_cast<sal_Int32>(mm * 100 + 0.5); }
sal_Int32 pointsToHundredthsMm(double points) { return hundredthsMm(points * kMmPerPoint); }

std::string setFont(const Reference<beans::XPropertySet>& properties, const FontSpec& font,
                    const std::set<std::string>& installed, bool* isInstalled) {
    std::string family = firstInstalled(font.families, installed);
    if (isInstalled) *isInstalled = !family.empty();
    if (family.empty() && !font.families.empty()) family = font.families.front();
    const float weight = font.bold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
    for (const char* suffix : {"", "Asian"}) {
        const OUString name = OUString::createFromAscii(suffix);
        properties->setPropertyValue("CharFontName" + name, uno::Any(fromUtf8(family)));
        properties->setPropertyValue("CharHeight" + name, uno::Any(static_cast<float>(font.points)));
        properties->setPropertyValue("CharWeight" + name, uno::Any(weight));
    }
    return family;
}

void setPageSize(const Reference<beans::XPropertySet>& page, const PageSpec& spec) {
    page->setPropertyValue("IsLandscape", uno::Any(spec.widthMm > spec.heightMm));
    page->setPropertyValue("Width", uno::Any(hundredthsMm(spec.widthMm)));
    page->setPropertyValue("Height", uno::Any(hundredthsMm(spec.heightMm)));
}

void setMargins(const Reference<beans::XPropertySet>& page, const PageSpec& spec) {
    page->setPropertyValue("TopMargin", uno::Any(hundredthsMm(std::max(0.0, spec.topMm - heightMm(page, "Header")))));
    page->setPropertyValue("BottomMargin", uno::Any(hundredthsMm(std::max(0.0, spec.bottomMm - footerHeightMm(page)))));
    page->setPropertyValue("LeftMargin", uno::Any(hundredthsMm(spec.leftMm)));
    page->setPropertyValue("RightMargin", uno::Any(hundredthsMm(spec.rightMm)));
}

void setLineGrid(const Reference<beans::XPropertySet>& page, const PageSpec& spec) {
    if (spec.linesPerPage <= 0) return;
    const double typeHeight = spec.heightMm - spec.topMm - spec.bottomMm;
    // Rounded down, to whole twips too, so that Word's grid of a saved .docx still holds them all.
    const double pitchTwips = std::floor(typeHeight / spec.linesPerPage / 25.4 * 1440);
    page->setPropertyValue("GridMode", uno::Any(text::TextGridMode::LINES));
    page->setPropertyValue("GridLines", uno::Any(static_cast<sal_Int16>(spec.linesPerPage)));
    page->setPropertyValue("GridBaseHeight", uno::Any(static_cast<sal_Int32>(pitchTwips * 2540 / 1440)));
    page->setPropertyValue("GridRubyHeight", uno::Any(sal_Int32(0)));
    page->setPropertyValue("GridDisplay", uno::Any(false));
    page->setPropertyValue("GridPrint", uno::Any(false));
}

void setPageNumbers(const Reference<frame::XModel>& model, const Reference<beans::XPropertySet>& page,
                    const PageSpec& spec, const FontSpec& font, double spacingMm,
                    const std::set<std::string>& installed) {
    // The text area keeps its bottom: the footer's height comes out of the bottom margin.
    sal_Int32 bottom = 0;
    page->getPropertyValue("BottomMargin") >>= bottom;
    const double textBottomMm = bottom / 100.0 + footerHeightMm(page);
    const double footerMm = spacingMm + kLineHeight * font.points * kMmPerPoint;
    page->setPropertyValue("FooterIsOn", uno::Any(true));
    // A fixed height, as Word's footer distance is: the number's line fits it, and a first page
    // style and its follow then have the same text area to the hundredth of a millimetre (Word's
    // one section of the two, kept when a .docx is saved).
    page->setPropertyValue("FooterIsDynamicHeight", uno::Any(false));
    page->setPropertyValue("FooterBodyDistance", uno::Any(hundredthsMm(spacingMm)));
    page->setPropertyValue("FooterHeight", uno::Any(hundredthsMm(footerMm)));
    page->setPropertyValue("BottomMargin", uno::Any(hundredthsMm(std::max(0.0, textBottomMm - footerMm))));
    page->setPropertyValue("FooterIsShared", uno::Any(!spec.officialPageNumbers));
    const Reference<lang::XMultiServiceFactory> factory(model, UNO_QUERY_THROW);
    if (spec.officialPageNumbers) {
        // "— 1 —": odd pages at the right and even pages at the left, one character in.
        const sal_Int32 oneCharacter = pointsToHundredthsMm(font.points);
        pageNumber(factory, page, "FooterTextRight", style::ParagraphAdjust_RIGHT, "ParaRightMargin", oneCharacter, true,
                   font, installed);
        pageNumber(factory, page, "FooterTextLeft", style::ParagraphAdjust_LEFT, "ParaLeftMargin", oneCharacter, true,
                   font, installed);
    } else {
        pageNumber(factory, page, "FooterText", style::ParagraphAdjust_CENTER, "ParaLeftMargin", 0, false, font,
                   installed);
    }
}

}  // namespace reportkit::writer
