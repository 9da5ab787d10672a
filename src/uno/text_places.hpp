#pragma once
// Places in a paragraph's text, as the core counts them (UTF-16 code units of the paragraph's
// string), turned into Writer cursors. A text field counts as its whole shown text in the string
// but as one character for a cursor, so offsets are mapped portion by portion, never by moving a
// cursor a number of characters.
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace reportkit::writer {

// A cursor selecting `length` code units at `start` of the paragraph's text; a field partly inside
// is selected whole. Null when the stretch does not lie within the paragraph.
css::uno::Reference<css::text::XTextCursor> cursorOver(const css::uno::Reference<css::text::XTextRange>& paragraph,
                                                       int start, int length);

// Selects a place of body paragraph `paragraph` in the document's view (the whole paragraph when
// `length` is 0); false when there is no such paragraph or place.
bool selectInText(const css::uno::Reference<css::frame::XModel>& model, int paragraph, int start, int length);

}  // namespace reportkit::writer
