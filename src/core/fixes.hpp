#pragma once
// Putting many findings' fixes together, and applying text edits to the plain document model.
#include <vector>

#include "document.hpp"
#include "finding.hpp"

namespace reportkit {

// The edits of all these findings, in document order, each once: an edit equal to one already
// taken is dropped, and so is one that overlaps a range an earlier finding already changes.
Fix mergeFixes(const std::vector<Finding>& findings);

// Applies text edits to the paragraphs (list edits have no meaning in plain text). Returns how many
// edits were applied; an edit outside its paragraph is skipped.
int applyTextEdits(Document& document, const std::vector<TextEdit>& edits);

// The document as plain text, one paragraph a line.
std::string documentText(const Document& document);

// Plain text (one paragraph a line) with the edits applied; everything else of it — a byte-order
// mark, "\r\n" or "\n" line ends, a last line with or without an end — stays as it was.
std::string fixText(std::string_view original, const std::vector<TextEdit>& edits);

}  // namespace reportkit
