#pragma once
// Reads a Writer document's body into the core's model, and finds a body paragraph again by
// its index. Paragraphs in tables, frames, headers, footers and notes are not part of the body.
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <vector>

#include "document.hpp"

#include "strings.hpp"

namespace reportkit::writer {

// Throws css::lang::IllegalArgumentException when the model is not a text document. With `ranges`,
// also gives each paragraph's object, in the same order.
Document readDocument(const css::uno::Reference<css::frame::XModel>& model,
                      std::vector<css::uno::Reference<css::text::XTextRange>>* ranges = nullptr);

// One body paragraph as readDocument reads it, its format too (but for the page style, which
// depends on the paragraphs before it: `pageBreakStyle`, when given, receives the style of a page
// break before this one, "" for none); `tracked`: the document has tracked changes, whose
// deletions are left out of the text.
Paragraph readParagraph(const css::uno::Reference<css::text::XTextRange>& range, bool tracked,
                        OUString* pageBreakStyle = nullptr);
bool hasTrackedChanges(const css::uno::Reference<css::frame::XModel>& model);

// Adds keys to the document's list of ignored findings (a user-defined document property, so it is
// saved in .odt and .docx alike) and marks the document modified.
void addIgnoredFindings(const css::uno::Reference<css::frame::XModel>& model, const std::vector<std::string>& keys);

// Sets a user-defined document property (File > Properties > Custom Properties), adding it when new.
void setUserDefinedProperty(const css::uno::Reference<css::frame::XModel>& model, const OUString& name,
                            const std::string& value);

// Every body paragraph, in reading order.
std::vector<css::uno::Reference<css::text::XTextRange>> bodyParagraphs(const css::uno::Reference<css::frame::XModel>& model);

// The body paragraph with this 0-based index, or null when there is none.
css::uno::Reference<css::text::XTextRange> bodyParagraph(const css::uno::Reference<css::frame::XModel>& model,
                                                         int index);

}  // namespace reportkit::writer
