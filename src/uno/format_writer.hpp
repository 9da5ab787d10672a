#pragma once
// Writes a format profile's parts into Writer: a font on characters or a style, and a page
// style's size, margins, line grid and page numbers. The skeleton's styles and the format fixes
// both set them, so a fixed document reads as one made from the skeleton.
#include <set>
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "format_profile.hpp"

namespace reportkit::writer {

sal_Int32 hundredthsMm(double mm);
sal_Int32 pointsToHundredthsMm(double points);

// Sets the chain's first installed family (its first name when none is installed: right on the
// office's computers), the size and the weight, for Western and Asian text alike. Returns the
// family set, and whether it is installed in `installed`.
std::string setFont(const css::uno::Reference<css::beans::XPropertySet>& properties, const FontSpec& font,
                    const std::set<std::string>& installed, bool* isInstalled = nullptr);

// The page's paper, 210 mm × 297 mm upright for GB/T 9704.
void setPageSize(const css::uno::Reference<css::beans::XPropertySet>& page, const PageSpec& spec);

// Margins with the text area's bottom where the profile puts it: Writer's bottom margin then
// leaves room for the footer above it.
void setMargins(const css::uno::Reference<css::beans::XPropertySet>& page, const PageSpec& spec);

// A line grid of the profile's lines a page, in the text area the margins leave.
void setLineGrid(const css::uno::Reference<css::beans::XPropertySet>& page, const PageSpec& spec);

// The footer with the profile's page numbers: "— 1 —" at the right of odd pages and the left of
// even ones, one character in, `spacingMm` below the text area (GB/T 9704 7.5); else a centred
// number. Replaces what the footer held; the text area keeps its bottom.
void setPageNumbers(const css::uno::Reference<css::frame::XModel>& model,
                    const css::uno::Reference<css::beans::XPropertySet>& page, const PageSpec& spec,
                    const FontSpec& font, double spacingMm, const std::set<std::string>& installed);

// Runs `change` with nothing recorded for Undo. Setting a page style's properties through Writer's
// UNO API clears the whole undo list while Undo records (LibreOffice 7.4): a style made this way,
// before any paragraph is set on it, leaves the writer's undo list as it was.
template <typename Change>
void unrecorded(const css::uno::Reference<css::document::XUndoManager>& undo, Change change) {
    undo->lock();
    try {
        change();
    } catch (...) {
        undo->unlock();
        throw;
    }
    undo->unlock();
}

}  // namespace reportkit::writer
