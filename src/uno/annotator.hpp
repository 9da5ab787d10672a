#pragma once
// Remarks for returning a report to its writer: a Writer comment at each finding, and one at the
// top that sums the check up; author "ReportKit", in the language of the messages.
#include <com/sun/star/frame/XModel.hpp>

#include "messages.hpp"
#include "report.hpp"

namespace reportkit::writer {

// Adds the comments for a localised report of this model's check; returns how many were added.
// Ignored findings get none.
int annotate(const css::uno::Reference<css::frame::XModel>& model, const DocumentReport& report,
             const MessageCatalog& messages);

}  // namespace reportkit::writer
