#pragma once
// The three panels of the ReportKit deck.
#include <rtl/ref.hxx>

#include "panel.hpp"

namespace reportkit::sidebar {


rtl::Reference<Panel> createCheckPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl);
rtl::Reference<Panel> createTemplatesPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::frame::XFrame>& frame,
                                           const OUString& resourceUrl);
rtl::Reference<Panel> createTopicsPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                        const css::uno::Reference<css::frame::XFrame>& frame, const OUString& resourceUrl);

}  // namespace reportkit::sidebar
