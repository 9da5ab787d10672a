#pragma once
// Tools > Options > ReportKit > Templates: where templates come from. Settings an administrator
// locked are shown but cannot be changed.
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include "strings.hpp"

namespace reportkit::sidebar {

inline constexpr char kOptionsPageImplementation[] = "org.reportkit.comp.OptionsPageHandler";
inline constexpr char kOptionsPageService[] = "org.reportkit.OptionsPageHandler";

css::uno::Reference<css::uno::XInterface> createOptionsPageHandler(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace reportkit::sidebar
