#pragma once
// Applies fixes to a Writer document as one undo step. Text edits change only the characters they
// name, so the rest of a paragraph keeps its formatting; list edits change Writer's numbering.
#include <com/sun/star/frame/XModel.hpp>

#include "finding.hpp"
#include "messages.hpp"
#include "strings.hpp"

namespace reportkit::writer {

// Returns how many edits were applied. Throws css::lang::IllegalArgumentException (message from
// the catalogue) when the document is read-only: nothing is changed then.
int applyFix(const css::uno::Reference<css::frame::XModel>& model, const Fix& fix, const MessageCatalog& messages);

}  // namespace reportkit::writer
