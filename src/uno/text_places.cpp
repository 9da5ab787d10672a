#include "text_places.hpp"

#include <algorithm>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "document_reader.hpp"
#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// goRight takes at most 32767 characters at a time; a paragraph can be longer.
void moveRight(const Reference<text::XTextCursor>& cursor, int count, bool expand) {
    for (; count > 0; count -= SAL_MAX_INT16) cursor->goRight(static_cast<sal_Int16>(std::min<int>(count, SAL_MAX_INT16)), expand);
}

}  // namespace

Reference<text::XTextCursor> cursorOver(const Reference<text::XTextRange>& paragraph, int start, int length) {
    const Reference<container::XEnumerationAccess> access(paragraph, UNO_QUERY);
    if (!access.is() || start < 0 || length < 0) return {};
    const int end = start + length;
    Reference<text::XTextCursor> cursor;
    int offset = 0;  // of the portion's first code unit in the paragraph's string
    const Reference<container::XEnumeration> portions = access->createEnumeration();
    while (portions->hasMoreElements()) {
        const Reference<text::XTextRange> portion(portions->nextElement(), UNO_QUERY);
        if (!portion.is()) continue;
        const int size = portion->getString().getLength();
        OUString type;
        if (const Reference<beans::XPropertySet> properties(portion, UNO_QUERY); properties.is())
            properties->getPropertyValue("TextPortionType") >>= type;
        const bool plain = type == "Text";
        if (!cursor.is() && size > 0 && start < offset + size) {
            cursor = paragraph->getText()->createTextCursorByRange(portion->getStart());
            if (plain) moveRight(cursor, start - offset, false);
        }
        if (cursor.is() && (size > 0 || length == 0) && end <= offset + size) {
            // Stretched to the end (gotoRange with expand takes the union of both ranges).
            if (plain) {
                const Reference<text::XTextCursor> to = paragraph->getText()->createTextCursorByRange(portion->getStart());
                moveRight(to, end - offset, false);
                cursor->gotoRange(to->getStart(), true);
            } else {
                cursor->gotoRange(portion->getEnd(), true);
            }
            return cursor;
        }
        offset += size;
    }
    // Nothing but the paragraph's end, e.g. where an edit adds a character.
    if (start == offset && length == 0) return paragraph->getText()->createTextCursorByRange(paragraph->getEnd());
    return {};
}

bool selectInText(const Reference<frame::XModel>& model, int paragraph, int start, int length) {
    const Reference<view::XSelectionSupplier> selection(model->getCurrentController(), UNO_QUERY);
    const Reference<text::XTextRange> range = bodyParagraph(model, paragraph);
    if (!selection.is() || !range.is()) return false;
    if (length == 0) return selection->select(uno::Any(range));
    // Only the characters of the place, never past its paragraph (a prompt field is one character
    // for a cursor, however long its text).
    const Reference<text::XTextCursor> cursor = cursorOver(range, start, length);
    return cursor.is() && selection->select(uno::Any(cursor));
}

}  // namespace reportkit::writer
