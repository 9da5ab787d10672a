#pragma once
// The three panels of the ReportKit deck.
#include <rtl/ref.hxx>

#include "panel.hpp"
#include "report.hpp"

namespace reportkit::sidebar {


// "required sections 3/3, required topics 4/4", in the interface language.
std::string coverageLine(const DocumentReport& report, const MessageCatalog& messages);

rtl::Reference<Panel> createCheckPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl);
rtl::Reference<Panel> createTemplatesPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::frame::XFrame>& frame,
                                           const OUString& resourceUrl);
rtl::Reference<Panel> createTopicsPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                        const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl);

}  // namespace reportkit::sidebar
