#pragma once
// org.reportkit.comp.CommandHandler: the commands of the org.reportkit.command: protocol, which
// Writer's menus and keyboard shortcuts dispatch, so that the writer can go to the next or previous
// problem from the text without the sidebar's focus (Ctrl+Alt+Shift+N / P, Tools menu).
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include "strings.hpp"

namespace reportkit::writer {

inline constexpr char kCommandHandlerImplementation[] = "org.reportkit.comp.CommandHandler";
inline constexpr char kCommandHandlerService[] = "com.sun.star.frame.ProtocolHandler";
inline constexpr char kCommandProtocol[] = "org.reportkit.command:";

css::uno::Reference<css::uno::XInterface> createCommandHandler(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace reportkit::writer
