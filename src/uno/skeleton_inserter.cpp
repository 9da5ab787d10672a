#include "skeleton_inserter.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/PlaceholderType.hpp>
#include <com/sun/star/text/TextGridMode.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include "document_reader.hpp"
#include "format_writer.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double kMmPerPoint = 25.4 / 72;

// A cursor as the range the text's insert calls take (the implicit upcast needs LIBO_INTERNAL_ONLY).
Reference<text::XTextRange> range(const Reference<text::XTextCursor>& cursor) {
    return Reference<text::XTextRange>(cursor, UNO_QUERY_THROW);
}

// A style's name: the one it already has in the document, else the name in the interface's
// language. ReportKit named its styles in English before ("ReportKit body"), as it still does in an
// English interface; a document made then keeps its styles under those names.
struct StyleName {
    OUString name;
    bool exists = false;
};

StyleName styleNamed(const Reference<container::XNameContainer>& family, const std::string& localised,
                     const std::string& before) {
    for (const std::string& name : {localised, before})
        if (family->hasByName(fromUtf8(name))) return {fromUtf8(name), true};
    return {fromUtf8(localised), false};
}

// Creates and inserts the styles the skeleton needs, with the profile's fonts. A style that already
// exists keeps what the user made of it.
class StyleMaker {
public:
    StyleMaker(const Reference<frame::XModel>& model, const FormatProfile& profile, const std::set<std::string>& fonts,
               const MessageCatalog& messages)
        : factory_(model, UNO_QUERY_THROW), profile_(profile), fonts_(fonts), messages_(messages) {
        const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
        paragraphStyles_.set(families->getByName("ParagraphStyles"), UNO_QUERY_THROW);
        characterStyles_.set(families->getByName("CharacterStyles"), UNO_QUERY_THROW);
        pageStyles_.set(families->getByName("PageStyles"), UNO_QUERY_THROW);
    }

    OUString paragraphStyle(TextRole role) {
        const auto [name, exists] = styleNamed(paragraphStyles_, roleStyleName(role), "ReportKit " + std::string(textRoleId(role)));
        if (exists) return name;
        const Reference<beans::XPropertySet> style = create("com.sun.star.style.ParagraphStyle", paragraphStyles_, name);
        setFont(style, role);
        // Body text and headings are indented two characters; the title is centred.
        const double indent = role == TextRole::title ? 0 : 2 * characterAdvanceMm(TextRole::body);
        style->setPropertyValue("ParaFirstLineIndent", uno::Any(hundredthsMm(profile_.base == "plain" ? 0 : indent)));
        if (role != TextRole::title && profile_.page.charactersPerLine > 0)
            style->setPropertyValue("CharKerning", uno::Any(static_cast<sal_Int16>(
                                                       characterSpacing(role))));
        if (role == TextRole::title)
            style->setPropertyValue("ParaAdjust", uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_CENTER)));
        else if (profile_.base != "plain")
            style->setPropertyValue("ParaAdjust", uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_BLOCK)));
        if (profile_.lineSpacingPoints > 0)
            style->setPropertyValue("ParaLineSpacing",
                                    uno::Any(style::LineSpacing{style::LineSpacingMode::FIX,
                                                                static_cast<sal_Int16>(pointsToHundredthsMm(profile_.lineSpacingPoints))}));
        const int level = headingLevel(role);
        if (level > 0) style->setPropertyValue("OutlineLevel", uno::Any(static_cast<sal_Int16>(level)));
        if (role == TextRole::title || profile_.base == "plain")
            style->setPropertyValue("ParaBottomMargin", uno::Any(pointsToHundredthsMm(profile_.font(role).points / 2)));
        return name;
    }

    // The heading sentence of a run-in heading has its level's font inside a body paragraph.
    OUString characterStyle(TextRole role) {
        const auto [name, exists] =
            styleNamed(characterStyles_, messages_.format("style.run-in", {{"style", roleStyleName(role)}}),
                       "ReportKit " + std::string(textRoleId(role)) + " run-in");
        if (exists) return name;
        setFont(create("com.sun.star.style.CharacterStyle", characterStyles_, name), role);
        return name;
    }

    // The page of GB/T 9704 (or the profile's), made once; its page numbers in the footer.
    OUString pageStyle(const Reference<frame::XModel>& model) {
        const auto [name, exists] = styleNamed(pageStyles_, messages_.format("style.page." + profile_.base), "ReportKit " + profile_.base);
        if (exists) return name;
        const Reference<beans::XPropertySet> page = create("com.sun.star.style.PageStyle", pageStyles_, name);
        const PageSpec& spec = profile_.page;
        setPageSize(page, spec);
        setPageNumbers(model, page, spec, profile_.font(TextRole::pageNumber), profile_.pageNumberSpacingMm, fonts_);
        setMargins(page, spec);
        setLineGrid(page, spec);
        return name;
    }

private:
    std::string roleStyleName(TextRole role) const { return messages_.format("style." + std::string(textRoleId(role))); }

    // The width a character takes: its size, narrowed where the page asks for more characters a
    // line than the size allows (28 of 三号 in GB/T 9704's 156 mm line, as Word's grid does).
    double characterAdvanceMm(TextRole role) const {
        const double size = profile_.font(role).points * kMmPerPoint;
        const PageSpec& page = profile_.page;
        if (page.charactersPerLine <= 0) return size;
        return std::min(size, (page.widthMm - page.leftMm - page.rightMm) / page.charactersPerLine);
    }

    // The spacing that narrows a role's characters to their advance, in 1/100 mm: a little more than
    // the difference, as Writer rounds it to twips.
    sal_Int16 characterSpacing(TextRole role) const {
        return static_cast<sal_Int16>(std::floor((characterAdvanceMm(role) - profile_.font(role).points * kMmPerPoint) * 100) - 1);
    }

    static int headingLevel(TextRole role) {
        const int level = static_cast<int>(role) - static_cast<int>(TextRole::heading1) + 1;
        return level >= 1 && level <= 4 ? level : 0;
    }

    Reference<beans::XPropertySet> create(const char* service, const Reference<container::XNameContainer>& family,
                                          const OUString& name) {
        const Reference<beans::XPropertySet> style(factory_->createInstance(OUString::createFromAscii(service)),
                                                   UNO_QUERY_THROW);
        family->insertByName(name, uno::Any(style));
        return style;
    }

    // The role's font; a family whose whole chain is missing is named all the same (right on the
    // office's computers; the user is told, see missingFamilies).
    void setFont(const Reference<beans::XPropertySet>& properties, TextRole role) {
        writer::setFont(properties, profile_.font(role), fonts_);
    }

    Reference<lang::XMultiServiceFactory> factory_;
    const FormatProfile& profile_;
    const std::set<std::string>& fonts_;
    const MessageCatalog& messages_;
    Reference<container::XNameContainer> paragraphStyles_, characterStyles_, pageStyles_;
};

// A cursor in an empty paragraph at the insertion point: the text before and after the view
// cursor stays in paragraphs of its own, untouched.
Reference<text::XTextCursor> emptyParagraphAt(const Reference<frame::XModel>& model) {
    Reference<text::XTextRange> at;
    const Reference<text::XTextViewCursorSupplier> view(model->getCurrentController(), UNO_QUERY);
    if (view.is()) at = view->getViewCursor()->getStart();
    const Reference<text::XText> text =
        at.is() ? at->getText() : Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    const Reference<text::XTextCursor> cursor = text->createTextCursorByRange(at.is() ? at : text->getStart());
    const Reference<text::XParagraphCursor> paragraph(cursor, UNO_QUERY_THROW);
    const Reference<text::XParagraphCursor> probe(text->createTextCursorByRange(range(cursor)), UNO_QUERY_THROW);
    probe->gotoStartOfParagraph(true);
    if (!probe->getString().isEmpty()) text->insertControlCharacter(range(cursor), text::ControlCharacter::PARAGRAPH_BREAK, false);
    probe->gotoRange(range(cursor), false);
    probe->gotoEndOfParagraph(true);
    if (!probe->getString().isEmpty()) {
        text->insertControlCharacter(range(cursor), text::ControlCharacter::PARAGRAPH_BREAK, false);
        paragraph->gotoPreviousParagraph(false);
    }
    // The new paragraph inherited the user's list; a skeleton paragraph is not in it.
    Reference<beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("NumberingStyleName", uno::Any(OUString()));
    return cursor;
}

bool isEmpty(const Reference<frame::XModel>& model) {
    return Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText()->getString().isEmpty();
}

}  // namespace

std::set<std::string> installedFonts(const Reference<uno::XComponentContext>& context) {
    std::set<std::string> names;
    const Reference<awt::XToolkit2> toolkit = awt::Toolkit::create(context);
    const Reference<awt::XDevice> device = toolkit->createScreenCompatibleDevice(1, 1);
    if (!device.is()) return names;
    for (const awt::FontDescriptor& font : device->getFontDescriptors()) names.insert(toUtf8(font.Name));
    return names;
}

void showMissingFonts(const Reference<frame::XFrame>& frame, const std::string& message) {
    const Reference<frame::XInfobarProvider> infobars(frame.is() ? frame->getController() : Reference<frame::XController>(),
                                                      UNO_QUERY);
    if (message.empty() || !infobars.is()) return;
    const OUString id = "ReportKitMissingFonts";
    if (infobars->hasInfobar(id)) infobars->updateInfobar(id, OUString(), fromUtf8(message), frame::InfobarType::WARNING);
    else infobars->appendInfobar(id, OUString(), fromUtf8(message), frame::InfobarType::WARNING, {}, true);
}

void showMissingFontsOnce(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                          const MessageCatalog& messages) {
    static std::atomic<bool> shown{false};
    if (shown.exchange(true)) return;
    static const FormatProfile official = *baseProfile("gbt9704");
    showMissingFonts(frame, missingFontsMessage(missingFamilies(official, installedFonts(context)), messages));
}

void requireEditableText(const Reference<frame::XModel>& model, const MessageCatalog& messages) {
    if (!Reference<text::XTextDocument>(model, UNO_QUERY).is())
        throw lang::IllegalArgumentException(fromUtf8(messages.format("service.error.not-text")), model, 0);
    const Reference<frame::XStorable> storable(model, UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw lang::IllegalArgumentException(fromUtf8(messages.format("insert.error.read-only")), model, 0);
}

InsertedSkeleton insertSkeleton(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& model,
                                const Template& reportTemplate, const std::vector<SkeletonParagraph>& skeleton,
                                const MessageCatalog& messages) {
    requireEditableText(model, messages);

    InsertedSkeleton result;
    const std::set<std::string> fonts = installedFonts(context);
    StyleMaker styles(model, reportTemplate.format, fonts, messages);
    const Reference<document::XUndoManager> undo =
        Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    // The page style is made whole (with its footer) first, unrecorded, and only into an empty
    // document; setting the first paragraph on it is part of the step that Undo takes back.
    OUString pageStyle;
    if (isEmpty(model)) {
        unrecorded(undo, [&] { pageStyle = styles.pageStyle(model); });
        result.pageStyleApplied = true;
    }

    undo->enterUndoContext(fromUtf8(messages.format("insert.undo-title")));
    model->lockControllers();
    try {
        const Reference<lang::XMultiServiceFactory> factory(model, UNO_QUERY_THROW);
        const Reference<text::XTextCursor> cursor = emptyParagraphAt(model);
        const Reference<text::XText> text = cursor->getText();
        const Reference<beans::XPropertySet> paragraph(cursor, UNO_QUERY_THROW);
        if (!pageStyle.isEmpty()) paragraph->setPropertyValue("PageDescName", uno::Any(pageStyle));
        OUString runInStyle;
        sal_Int32 runInLength = 0;
        for (std::size_t i = 0; i < skeleton.size(); ++i) {
            const SkeletonParagraph& part = skeleton[i];
            if (i > 0) text->insertControlCharacter(range(cursor), text::ControlCharacter::PARAGRAPH_BREAK, false);
            paragraph->setPropertyValue("ParaStyleName", uno::Any(styles.paragraphStyle(part.role)));
            if (part.align != FrameParagraph::Align::left) {
                const auto adjust = part.align == FrameParagraph::Align::centre ? style::ParagraphAdjust_CENTER
                                                                                 : style::ParagraphAdjust_RIGHT;
                paragraph->setPropertyValue("ParaAdjust", uno::Any(static_cast<sal_Int16>(adjust)));
                paragraph->setPropertyValue("ParaFirstLineIndent", uno::Any(sal_Int32(0)));
            }
            if (part.runIn) {
                paragraph->setPropertyValue("OutlineLevel", uno::Any(static_cast<sal_Int16>(part.outlineLevel)));
                const auto headingRole = static_cast<TextRole>(static_cast<int>(TextRole::heading1) + part.outlineLevel - 1);
                const OUString heading = fromUtf8(part.text);
                text->insertString(range(cursor), heading, false);
                runInStyle = styles.characterStyle(headingRole);
                runInLength = heading.getLength();
            } else {
                // A title broken where its words allow: line breaks inside the one paragraph.
                std::string_view rest = part.text;
                for (std::size_t end; (end = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(end + 1)) {
                    text->insertString(range(cursor), fromUtf8(rest.substr(0, end)), false);
                    text->insertControlCharacter(range(cursor), text::ControlCharacter::LINE_BREAK, false);
                }
                text->insertString(range(cursor), fromUtf8(rest), false);
            }
            if (!part.prompt.empty()) {
                const Reference<beans::XPropertySet> field(
                    factory->createInstance("com.sun.star.text.TextField.JumpEdit"), UNO_QUERY_THROW);
                field->setPropertyValue("PlaceHolder", uno::Any(fromUtf8(part.prompt)));
                field->setPropertyValue("Hint", uno::Any(fromUtf8(part.prompt)));
                field->setPropertyValue("PlaceHolderType", uno::Any(text::PlaceholderType::TEXT));
                text->insertTextContent(range(cursor), Reference<text::XTextContent>(field, UNO_QUERY_THROW), false);
            }
            if (runInLength > 0) {
                // The heading's sentence takes its level's font once the prompt is in: a prompt
                // after it would take that font too, and so would the text typed over the prompt.
                const Reference<text::XParagraphCursor> sentence(text->createTextCursorByRange(range(cursor)), UNO_QUERY_THROW);
                sentence->gotoStartOfParagraph(false);
                sentence->goRight(static_cast<sal_Int16>(runInLength), true);
                Reference<beans::XPropertySet>(sentence, UNO_QUERY_THROW)->setPropertyValue("CharStyleName", uno::Any(runInStyle));
                runInLength = 0;
            }
            ++result.paragraphs;
        }
        // Later checks know which rules apply.
        setUserDefinedProperty(model, "ReportKitTemplate", reportTemplate.id);
        setUserDefinedProperty(model, "ReportKitTemplateVersion", reportTemplate.version);
    } catch (...) {
        model->unlockControllers();
        undo->leaveUndoContext();
        throw;
    }
    model->unlockControllers();
    undo->leaveUndoContext();
    result.missingFamilies = missingFamilies(reportTemplate.format, fonts);
    return result;
}

}  // namespace reportkit::writer
