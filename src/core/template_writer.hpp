#pragma once
// A new template file made from a document: its headings become the section tree, for the
// office's template owner to edit (aliases, prompts, topics) and share.
#include <string>

#include "document.hpp"

namespace reportkit {

// The template's XML (format 1): id, version 1, the name in both languages, the document's
// numbering scheme, its title line when the first paragraph is one, and a section for each heading
// (level-1 sections required, deeper ones optional and nested under their parent).
std::string templateFromDocument(const Document& document, const std::string& id, const std::string& name);

}  // namespace reportkit
