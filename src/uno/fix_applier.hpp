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

// Returns how many edits were applied. Page styles are changed first and cannot be undone; the
// rest is one step to undo. Every edit is checked against the text it was computed from
// before any is made. Throws css::lang::IllegalArgumentException (message from the catalogue) when
// the document is read-only, and StaleFix; nothing is changed then.
// Whether the fix changes a page style, which Writer cannot undo (it clears its undo list then):
// a user interface asks first.
bool changesPages(const Fix& fix);

// Format edits set the first installed family of a font's chain; without `context` (nothing to
// ask which are installed), its first name.
int applyFix(const css::uno::Reference<css::frame::XModel>& model, const Fix& fix, const MessageCatalog& messages,
             const css::uno::Reference<css::uno::XComponentContext>& context = {});

}  // namespace reportkit::writer
