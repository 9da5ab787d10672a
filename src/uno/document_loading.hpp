#pragma once
// Opening documents without anyone at the screen: hidden, macros never run, every question
// LibreOffice would ask (a password, a repair, a filter) answered with Cancel. Used by the
// command line's private office and by the folder check inside Writer.
#include <string>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>

namespace reportkit::writer {

enum class LoadMode {
    readOnly,  // hidden and read-only: for checking
    editable,  // hidden, for changing a copy
    visible,   // in a window, for a person
};

// Opens a file by path, or "private:factory/swriter" for a new document; null when LibreOffice
// cannot open it, with `passwordProtected` set when it asked for a password.
css::uno::Reference<css::lang::XComponent> loadDocument(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                                        const std::string& path, LoadMode mode,
                                                        bool* passwordProtected = nullptr);

// Closes a document, dropping any change; nothing when it is already gone.
void closeDocument(const css::uno::Reference<css::uno::XInterface>& document);

}  // namespace reportkit::writer
