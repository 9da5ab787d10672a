#include "fix_applier.hpp"

#include <algorithm>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include "document_reader.hpp"
#include "format_writer.hpp"
#include "skeleton_inserter.hpp"
#include "markers.hpp"
#include "text_places.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The paragraph an edit was computed from, or StaleFix when its text is no longer the same.
Reference<text::XTextRange> unchangedParagraph(const std::vector<Reference<text::XTextRange>>& paragraphs, int index,
                                               std::uint32_t hash, const MessageCatalog& messages) {
    if (index < 0 || index >= static_cast<int>(paragraphs.size()))
        throw StaleFix(messages.format("fix.error.stale"));
    // Tracked deletions are left out of the checked text, so their paragraphs' edits carry no fix.
    if (hash != 0 && textHash(toUtf8(paragraphs[index]->getString())) != hash)
        throw StaleFix(messages.format("fix.error.stale"));
    return paragraphs[index];
}

// The paragraph's list level takes the label form of `label`, e.g. "（一）": numerals, prefix, suffix.
void setLabelForm(const Reference<beans::XPropertySet>& paragraph, const std::string& label) {
    const auto marker = findMarker(label, NumberingScheme{});
    if (!marker) return;
    const bool chinese = marker->form == MarkerForm::numeralComma || marker->form == MarkerForm::numeralParen;
    const std::string numeral = chinese ? chineseNumeral(marker->number) : std::to_string(marker->number);
    const std::size_t at = label.find(numeral);
    if (at == std::string::npos) return;
    const OUString prefix = fromUtf8(label.substr(0, at));
    const OUString suffix = fromUtf8(label.substr(at + numeral.size()));

    sal_Int16 level = 0;
    paragraph->getPropertyValue("NumberingLevel") >>= level;
    Reference<container::XIndexReplace> rules(paragraph->getPropertyValue("NumberingRules"), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> properties;
    rules->getByIndex(level) >>= properties;
    beans::PropertyValue* values = properties.getArray();
    for (sal_Int32 i = 0; i < properties.getLength(); ++i) {
        if (values[i].Name == "NumberingType")
            values[i].Value <<= chinese ? style::NumberingType::NUMBER_LOWER_ZH : style::NumberingType::ARABIC;
        else if (values[i].Name == "Prefix")
            values[i].Value <<= prefix;
        else if (values[i].Name == "Suffix")
            values[i].Value <<= suffix;
        else if (values[i].Name == "ListFormat")
            values[i].Value <<= prefix + "%" + OUString::number(level + 1) + "%" + suffix;
    }
    rules->replaceByIndex(level, uno::Any(properties));
    paragraph->setPropertyValue("NumberingRules", uno::Any(rules));
}

void changeList(const Reference<text::XTextRange>& range, const ListEdit& edit) {
    const Reference<beans::XPropertySet> paragraph(range, UNO_QUERY_THROW);
    if (edit.action == ListEdit::Action::restart) {
        paragraph->setPropertyValue("ParaIsNumberingRestart", uno::Any(true));
        paragraph->setPropertyValue("NumberingStartValue", uno::Any(static_cast<sal_Int16>(edit.startValue)));
    } else {
        setLabelForm(paragraph, edit.label);
    }
}

sal_Int16 adjustOf(Alignment alignment) {
    switch (alignment) {
        case Alignment::right: return style::ParagraphAdjust_RIGHT;
        case Alignment::centre: return style::ParagraphAdjust_CENTER;
        case Alignment::justified: return style::ParagraphAdjust_BLOCK;
        default: return style::ParagraphAdjust_LEFT;
    }
}

void changeFormat(const Reference<text::XTextRange>& paragraphRange, const FormatEdit& edit,
                  const std::set<std::string>& fonts) {
    const Reference<beans::XPropertySet> paragraph(paragraphRange, UNO_QUERY_THROW);
    if (edit.font || edit.black) {
        // Characters' direct formatting outweighs the paragraph's: set on the characters themselves.
        const Reference<text::XTextCursor> characters =
            edit.length > 0 ? cursorOver(paragraphRange, edit.start, edit.length)
                            : paragraphRange->getText()->createTextCursorByRange(paragraphRange);
        const Reference<beans::XPropertySet> target =
            characters.is() ? Reference<beans::XPropertySet>(characters, UNO_QUERY_THROW) : paragraph;
        if (edit.font) {
            FontSpec font = *edit.font;
            setFont(target, font, fonts);
        }
        if (edit.black) target->setPropertyValue("CharColor", uno::Any(sal_Int32(-1)));
    }
    if (edit.alignment) paragraph->setPropertyValue("ParaAdjust", uno::Any(adjustOf(*edit.alignment)));
    if (edit.firstLineIndentMm) paragraph->setPropertyValue("ParaFirstLineIndent", uno::Any(hundredthsMm(*edit.firstLineIndentMm)));
    if (edit.lineSpacingPoints)
        paragraph->setPropertyValue("ParaLineSpacing",
                                    uno::Any(style::LineSpacing{style::LineSpacingMode::FIX,
                                                                static_cast<sal_Int16>(pointsToHundredthsMm(*edit.lineSpacingPoints))}));
}

Reference<beans::XPropertySet> pageStyle(const Reference<frame::XModel>& model, const std::string& name,
                                         const MessageCatalog& messages) {
    const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    const Reference<container::XNameAccess> styles(families->getByName("PageStyles"), UNO_QUERY_THROW);
    const OUString styleName = fromUtf8(name.empty() ? std::string("Standard") : name);
    if (!styles->hasByName(styleName)) throw StaleFix(messages.format("fix.error.stale"));
    return Reference<beans::XPropertySet>(styles->getByName(styleName), UNO_QUERY_THROW);
}

void changePage(const Reference<frame::XModel>& model, const Reference<beans::XPropertySet>& page,
                const FormatEdit& edit, const std::set<std::string>& fonts) {
    // Page numbers first: the margins and the grid then reckon with the footer they make.
    if (edit.pageParts & FormatEdit::pageNumbers)
        setPageNumbers(model, page, edit.page, edit.pageNumberFont, edit.pageNumberSpacingMm, fonts);
    if (edit.pageParts & FormatEdit::pageSize) setPageSize(page, edit.page);
    if (edit.pageParts & FormatEdit::margins) setMargins(page, edit.page);
    if (edit.pageParts & FormatEdit::lineGrid) setLineGrid(page, edit.page);
}

}  // namespace

bool changesPages(const Fix& fix) {
    return std::any_of(fix.format.begin(), fix.format.end(), [](const FormatEdit& edit) { return edit.paragraph < 0; });
}

namespace {

bool setsFont(const Fix& fix) {
    return std::any_of(fix.format.begin(), fix.format.end(), [](const FormatEdit& edit) {
        return edit.font || (edit.pageParts & FormatEdit::pageNumbers);
    });
}

}  // namespace

int applyFix(const Reference<frame::XModel>& model, const Fix& fix, const MessageCatalog& messages,
             const Reference<uno::XComponentContext>& context) {
    const Reference<frame::XStorable> storable(model, UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw lang::IllegalArgumentException(fromUtf8(messages.format("fix.error.read-only")), model, 0);
    const std::vector<Reference<text::XTextRange>> paragraphs = bodyParagraphs(model);
    // Every edit is found and checked before the first one is made.
    std::vector<Reference<text::XTextCursor>> places;
    for (const TextEdit& edit : fix.text) {
        const auto paragraph = unchangedParagraph(paragraphs, edit.paragraph, edit.paragraphHash, messages);
        Reference<text::XTextCursor> place = cursorOver(paragraph, edit.start, edit.length);
        if (!place.is() || (!edit.original.empty() && toUtf8(place->getString()) != edit.original))
            throw StaleFix(messages.format("fix.error.stale"));
        places.push_back(std::move(place));
    }
    std::vector<Reference<text::XTextRange>> listed;
    for (const ListEdit& edit : fix.list)
        listed.push_back(unchangedParagraph(paragraphs, edit.paragraph, edit.paragraphHash, messages));
    std::vector<Reference<text::XTextRange>> formatted;
    std::vector<Reference<beans::XPropertySet>> pages;
    for (const FormatEdit& edit : fix.format) {
        if (edit.paragraph >= 0) formatted.push_back(unchangedParagraph(paragraphs, edit.paragraph, edit.paragraphHash, messages));
        else pages.push_back(pageStyle(model, edit.pageStyle, messages));
    }
    const std::set<std::string> fonts = context.is() && setsFont(fix) ? installedFonts(context) : std::set<std::string>();

    // Writer cannot undo a page style's change and clears its undo list when one is made: the
    // pages come first, so that everything else is still one step to undo.
    int applied = 0;
    std::size_t page = 0;
    for (const FormatEdit& edit : fix.format) {
        if (edit.paragraph >= 0) continue;
        changePage(model, pages[page++], edit, fonts);
        ++applied;
    }
    const Reference<document::XUndoManager> undo =
        Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(fromUtf8(messages.format("fix.undo-title")));
    model->lockControllers();
    try {
        // Formats first, while their places are still the characters they were computed from.
        std::size_t paragraph = 0;
        for (const FormatEdit& edit : fix.format) {
            if (edit.paragraph < 0) continue;
            changeFormat(formatted[paragraph++], edit, fonts);
            ++applied;
        }
        // Backwards, so that an edit never touches the places of the ones still to come.
        for (std::size_t i = places.size(); i-- > 0; ++applied) places[i]->setString(fromUtf8(fix.text[i].replacement));
        for (std::size_t i = 0; i < listed.size(); ++i, ++applied) changeList(listed[i], fix.list[i]);
    } catch (...) {
        model->unlockControllers();
        undo->leaveUndoContext();
        throw;
    }
    model->unlockControllers();
    undo->leaveUndoContext();
    return applied;
}

}  // namespace reportkit::writer
