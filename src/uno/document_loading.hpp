#pragma once
// Opening documents without anyone at the screen: hidden, macros never run, every question
// LibreOffice would ask (a password, a repair, a filter) answered with Cancel. Used by the
// command line's private office and by the folder check inside Writer.
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ucb/XUniversalContentBroker.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace reportkit::writer {

enum class LoadMode {
    readOnly,  // read-only, its model alone (no window, so no layout): for checking
    editable,  // hidden, for changing a copy
    visible,   // in a window, for a person
};

// Opens a file by path, or "private:factory/swriter" for a new document; null when LibreOffice
// cannot open it, with `passwordProtected` set when it asked for a password.
css::uno::Reference<css::lang::XComponent> loadDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                        const std::string& path, LoadMode mode,
                                                        bool* passwordProtected = nullptr);

// The import filter LibreOffice read a document with (its FilterName), "" for a new one.
std::string filterOf(const css::uno::Reference<css::frame::XModel>& model);

// Cuts an office off from the network: the content providers of every network scheme (http,
// https, ftp, WebDAV, CMIS) are taken out of its content broker, so that nothing a document links
// to — an image, a section, a field's file, its template — is fetched while it is read, edited or
// stored; LibreOffice then treats such a link as broken. For an office of our own, for good.
void cutOffNetwork(const css::uno::Reference<css::uno::XComponentContext>& context);

// The same inside the user's office, for as long as it lives (called in that office's process):
// the providers are put back when the last block ends.
class NetworkBlock {
public:
    explicit NetworkBlock(const css::uno::Reference<css::uno::XComponentContext>& context);
    ~NetworkBlock();
    NetworkBlock(const NetworkBlock&) = delete;
    NetworkBlock& operator=(const NetworkBlock&) = delete;

private:
    css::uno::Reference<css::ucb::XUniversalContentBroker> broker_;
};

// Closes a document, dropping any change; nothing when it is already gone.
void closeDocument(const css::uno::Reference<css::uno::XInterface>& document);

}  // namespace reportkit::writer
