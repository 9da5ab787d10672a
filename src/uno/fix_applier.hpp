#pragma once
// Applies fixes to a Writer document as one undo step. Text edits change only the characters they
// name, so the rest of a paragraph keeps its formatting; list edits change Writer's numbering;
// format edits change how characters, paragraphs and pages look, never a character of the text.
#include <stdexcept>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "finding.hpp"
#include "messages.hpp"
#include "strings.hpp"

namespace reportkit::writer {

// Thrown when a fix was computed from text that has changed since: its paragraph is gone or reads
// differently, or the characters it replaces are not there. Nothing is changed then.
struct StaleFix : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Whether one Undo takes back all the fix changes: its page styles each begin a section of their own
// pages. A first page style and its follow (Word's section with a different first page) are changed
// in place instead, which Writer cannot undo (it clears its undo list then): a user interface asks first.
bool pagesUndoable(const css::uno::Reference<css::frame::XModel>& model, const Fix& fix);

// Returns how many edits were applied, one step that one Undo takes back, named after what it
// changed: a page's setup is made in a copy of its page style that its paragraphs are then set on
// (but see pagesUndoable). Every edit is checked against the text it was computed from before any is made. Throws
// css::lang::IllegalArgumentException (message from the catalogue) when the document is read-only,
// and StaleFix; nothing is changed then.
// Format edits set the first installed family of a font's chain; without `context` (nothing to
// ask which are installed), its first name.
int applyFix(const css::uno::Reference<css::frame::XModel>& model, const Fix& fix, const MessageCatalog& messages,
             const css::uno::Reference<css::uno::XComponentContext>& context = {});

}  // namespace reportkit::writer
