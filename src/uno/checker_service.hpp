#pragma once
// org.reportkit.Checker: the engine behind one UNO interface, for the CLI, the sidebar and macros.
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include "strings.hpp"

namespace reportkit::writer {

inline constexpr char kCheckerImplementation[] = "org.reportkit.comp.Checker";
inline constexpr char kCheckerService[] = "org.reportkit.Checker";

css::uno::Reference<css::uno::XInterface> createChecker(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace reportkit::writer
