#pragma once
// Puts a template's skeleton into a Writer document: styles carrying the format profile, numbered
// headings with outline levels, prompts as placeholder fields, the GB/T 9704 page in an empty
// document, and the template recorded in the document's properties.
#include <set>
#include <string>
#include <vector>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "messages.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"
#include "strings.hpp"

namespace reportkit::writer {

struct InsertedSkeleton {
    int paragraphs = 0;
    bool pageStyleApplied = false;          // only into an empty document
    std::vector<std::vector<std::string>> missingFamilies;  // the profile's fonts not installed (missingFamilies)
};

// The font families LibreOffice can use, as fontconfig names them.
std::set<std::string> installedFonts(const css::uno::Reference<css::uno::XComponentContext>& context);

// Shows `message` above the frame's document in Writer's infobar, whole, until the writer closes it;
// nothing when the message is empty or the frame has no infobar.
void showMissingFonts(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& message);

// The first time in this run of LibreOffice that it is called: the note about the GB/T 9704 fonts
// this computer lacks, in the frame's infobar, when it lacks any.
void showMissingFontsOnce(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XFrame>& frame, const MessageCatalog& messages);

// Throws css::lang::IllegalArgumentException, with a message from the catalogue, when the model is
// read-only or not a text document.
void requireEditableText(const css::uno::Reference<css::frame::XModel>& model, const MessageCatalog& messages);

// Inserts at the view cursor (or at the start of a document without a view), as one undo step;
// the paragraph the cursor is in keeps its text, split where the cursor was. Throws
// css::lang::IllegalArgumentException when the document is read-only or not a text document.
InsertedSkeleton insertSkeleton(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const css::uno::Reference<css::frame::XModel>& model, const Template& reportTemplate,
                                const std::vector<SkeletonParagraph>& skeleton, const MessageCatalog& messages);

}  // namespace reportkit::writer
