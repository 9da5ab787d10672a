#include "fix_applier.hpp"

#include <algorithm>
#include <map>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCopy.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

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

Reference<container::XNameContainer> pageStyles(const Reference<frame::XModel>& model) {
    const auto families = Reference<style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)->getStyleFamilies();
    return Reference<container::XNameContainer>(families->getByName("PageStyles"), UNO_QUERY_THROW);
}

// The name of the page style a page edit changes ("Standard", Writer's default, when it names none).
OUString pageStyleOf(const FormatEdit& edit) { return fromUtf8(edit.pageStyle.empty() ? std::string("Standard") : edit.pageStyle); }

// The name of the style a page edit changes, or StaleFix when there is no such style any more.
OUString editedPageStyle(const Reference<container::XNameContainer>& styles, const FormatEdit& edit,
                         const MessageCatalog& messages) {
    const OUString name = pageStyleOf(edit);
    if (!styles->hasByName(name)) throw StaleFix(messages.format("fix.error.stale"));
    return name;
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

// Whether the page style `name` begins a section of its own pages only: a first page style whose
// pages go on in another (Word's section with a different first page) is not.
bool followsItself(const Reference<container::XNameContainer>& styles, const OUString& name) {
    OUString follow;
    Reference<beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW)->getPropertyValue("FollowStyle") >>= follow;
    return follow.isEmpty() || follow == name;
}

// Everything of page style `from` that can be set, headers' and footers' text included, set on `to`.
void copyPageStyle(const Reference<beans::XPropertySet>& from, const Reference<beans::XPropertySet>& to) {
    std::vector<OUString> names;
    for (const beans::Property& property : from->getPropertySetInfo()->getProperties())
        if (!(property.Attributes & beans::PropertyAttribute::READONLY) && property.Name != "FollowStyle" &&
            property.Name != "Hidden" && property.Name != "DisplayName")
            names.push_back(property.Name);
    std::sort(names.begin(), names.end());  // XMultiPropertySet wants them in order
    const uno::Sequence<OUString> sequence(names.data(), static_cast<sal_Int32>(names.size()));
    const Reference<beans::XMultiPropertySet> fromAll(from, UNO_QUERY_THROW);
    try {
        Reference<beans::XMultiPropertySet>(to, UNO_QUERY_THROW)->setPropertyValues(sequence, fromAll->getPropertyValues(sequence));
    } catch (const uno::Exception&) {
        // One value the style does not take: the others one by one.
        for (const OUString& name : names) {
            try {
                to->setPropertyValue(name, from->getPropertyValue(name));
            } catch (const uno::Exception&) {
            }
        }
    }
    for (const char* part : {"HeaderText", "HeaderTextLeft", "HeaderTextFirst", "FooterText", "FooterTextLeft",
                             "FooterTextFirst"}) {
        const OUString name = OUString::createFromAscii(part);
        if (!from->getPropertySetInfo()->hasPropertyByName(name)) continue;
        const Reference<text::XTextCopy> source(from->getPropertyValue(name), UNO_QUERY);
        const Reference<text::XTextCopy> target(to->getPropertyValue(name), UNO_QUERY);
        if (source.is() && target.is()) target->copyText(source);
    }
}

// A name for the copy of page style `name` that no style has yet, from the name the user sees.
OUString copyName(const Reference<container::XNameContainer>& styles, const OUString& name,
                  const MessageCatalog& messages) {
    OUString shown = name;
    Reference<beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW)->getPropertyValue("DisplayName") >>= shown;
    const std::string base = messages.format("fix.page-style-name", {{"style", toUtf8(shown)}});
    OUString candidate = fromUtf8(base);
    for (int number = 2; styles->hasByName(candidate); ++number) candidate = fromUtf8(base + " " + std::to_string(number));
    return candidate;
}

// Writer's UNO API cannot undo a change to a page style's properties, and clears its undo list
// when one is made (LibreOffice 7.4). Creating a style and giving a paragraph a page style are
// ordinary steps that one Undo takes back: each page style a fix changes is copied, the copy made
// to the format, and the paragraphs that began the old style's pages begin the copy's instead (the
// document's first one when the old one is the default style it begins in). A first page style and
// its follow, one section to Word, become a copy and its follow's copy.
// Made while the undo manager is locked, the copies stay after an Undo, unused and harmless;
// Undo puts the paragraphs back on their old styles and Redo on the copies.
int replacePageStyles(const Reference<frame::XModel>& model, const Reference<container::XNameContainer>& styles,
                      const std::vector<std::pair<OUString, const FormatEdit*>>& edits,
                      const std::set<std::string>& fonts, const Reference<document::XUndoManager>& undo,
                      const MessageCatalog& messages) {
    if (edits.empty()) return 0;
    std::map<OUString, OUString> copies;  // an old style → its copy
    const Reference<lang::XMultiServiceFactory> factory(model, UNO_QUERY_THROW);
    unrecorded(undo, [&] {
        for (const auto& [name, edit] : edits) {
            auto [copy, added] = copies.try_emplace(name, OUString());
            if (added) {
                copy->second = copyName(styles, name, messages);
                styles->insertByName(copy->second, uno::Any(factory->createInstance("com.sun.star.style.PageStyle")));
                copyPageStyle(Reference<beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW),
                              Reference<beans::XPropertySet>(styles->getByName(copy->second), UNO_QUERY_THROW));
            }
            changePage(model, Reference<beans::XPropertySet>(styles->getByName(copy->second), UNO_QUERY_THROW), *edit, fonts);
        }
        for (const auto& [name, copy] : copies) {
            OUString follow;
            Reference<beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW)->getPropertyValue("FollowStyle") >>= follow;
            const auto followCopy = copies.find(follow.isEmpty() ? name : follow);
            Reference<beans::XPropertySet>(styles->getByName(copy), UNO_QUERY_THROW)
                ->setPropertyValue("FollowStyle", uno::Any(followCopy != copies.end() ? followCopy->second : follow));
        }
    });

    // Paragraphs and tables of the body that begin a page style's pages.
    const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    const Reference<container::XEnumeration> parts =
        Reference<container::XEnumerationAccess>(body, UNO_QUERY_THROW)->createEnumeration();
    bool first = true;
    while (parts->hasMoreElements()) {
        const Reference<beans::XPropertySet> part(parts->nextElement(), UNO_QUERY);
        if (!part.is() || !part->getPropertySetInfo()->hasPropertyByName("PageDescName")) continue;
        OUString style;
        part->getPropertyValue("PageDescName") >>= style;
        if (style.isEmpty() && first) style = "Standard";
        first = false;
        if (const auto copy = copies.find(style); copy != copies.end())
            part->setPropertyValue("PageDescName", uno::Any(copy->second));
    }
    return static_cast<int>(edits.size());
}

// The undo step's name: what the fix changed, the page's parts named.
std::string undoTitle(const Fix& fix, const MessageCatalog& messages) {
    unsigned parts = 0;
    for (const FormatEdit& edit : fix.format)
        if (edit.paragraph < 0) parts |= edit.pageParts;
    if (parts == 0) return messages.format("fix.undo-title");
    std::string names;
    for (const auto& [part, key] : {std::pair{FormatEdit::pageSize, "fix.page-part.size"}, {FormatEdit::margins, "fix.page-part.margins"},
                                    {FormatEdit::lineGrid, "fix.page-part.grid"}, {FormatEdit::pageNumbers, "fix.page-part.numbers"}})
        if (parts & part) addToList(names, messages.format(key), messages);
    const bool onlyPages = fix.text.empty() && fix.list.empty() &&
                           std::all_of(fix.format.begin(), fix.format.end(), [](const FormatEdit& edit) { return edit.paragraph < 0; });
    return messages.format(onlyPages ? "fix.undo-title.page" : "fix.undo-title.with-page", {{"parts", names}});
}

}  // namespace

bool pagesUndoable(const Reference<frame::XModel>& model, const Fix& fix) {
    const Reference<container::XNameContainer> styles = pageStyles(model);
    return std::all_of(fix.format.begin(), fix.format.end(), [&](const FormatEdit& edit) {
        if (edit.paragraph >= 0) return true;
        const OUString name = pageStyleOf(edit);
        return !styles->hasByName(name) || followsItself(styles, name);
    });
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
    std::vector<std::pair<OUString, const FormatEdit*>> pages;
    const Reference<container::XNameContainer> styles = pageStyles(model);
    for (const FormatEdit& edit : fix.format) {
        if (edit.paragraph >= 0) formatted.push_back(unchangedParagraph(paragraphs, edit.paragraph, edit.paragraphHash, messages));
        else pages.emplace_back(editedPageStyle(styles, edit, messages), &edit);
    }
    const std::set<std::string> fonts = context.is() && setsFont(fix) ? installedFonts(context) : std::set<std::string>();

    const Reference<document::XUndoManager> undo =
        Reference<document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager();
    int applied = 0;
    if (!pagesUndoable(model, fix)) {
        // A first page style and its follow, copied, would make Word's one section two when a
        // .docx is saved: they are changed in place, first, which Writer cannot undo.
        for (const auto& [name, edit] : pages) changePage(model, Reference<beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW), *edit, fonts);
        applied += static_cast<int>(pages.size());
        pages.clear();
    }
    undo->enterUndoContext(fromUtf8(undoTitle(fix, messages)));
    model->lockControllers();
    try {
        applied += replacePageStyles(model, styles, pages, fonts, undo, messages);
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
