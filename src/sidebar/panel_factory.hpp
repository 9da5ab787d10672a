#pragma once
// The UI element factory the sidebar asks for ReportKit's panels (registered in Factories.xcu).
#include <com/sun/star/uno/XComponentContext.hpp>

#include "strings.hpp"

namespace reportkit::sidebar {

inline constexpr char kPanelFactoryImplementation[] = "org.reportkit.comp.PanelFactory";
inline constexpr char kPanelFactoryService[] = "org.reportkit.PanelFactory";

css::uno::Reference<css::uno::XInterface> createPanelFactory(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace reportkit::sidebar
