#pragma once
// A LibreOffice process of our own: a private profile with the extension installed once and
// reused, started in its own process group, reached over a named pipe, stopped by its process id.
// Used by the command line and by the integration tests; never by the component itself.
#include <chrono>
#include <string>
#include <vector>

#include <sys/types.h>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "document_loading.hpp"
#include "strings.hpp"

namespace reportkit::writer {

struct OfficeOptions {
    std::string programDir;     // LibreOffice's program folder (soffice, unopkg, unorc)
    std::string profileDir;     // private profile: <profileDir>/user and <profileDir>/extensions;
                                // "" for the user's own profile
    std::string extension;      // the .oxt to install into the profile, "" for none
    std::vector<std::string> moreExtensions;  // installed beside it, e.g. an office's policy
    std::string typeLibrary;    // reportkit.rdb, so this process knows the extension's types
    bool headless = true;       // false: a visible Writer (needs a display)
    std::chrono::seconds startTimeout{90};
};

// Thrown when LibreOffice cannot be installed into, started or reached; what() says why.
class OfficeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class OfficeSession {
public:
    explicit OfficeSession(OfficeOptions options);
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;
    pid_t pid() const { return pid_; }

    using LoadMode = writer::LoadMode;
    // Opens a document with macros never run. Returns null when LibreOffice cannot open it; then
    // `passwordProtected`, when given, says whether it asked for a password. Hidden documents get an
    // interaction handler that answers every question with Cancel, so that nothing waits for a person.
    css::uno::Reference<css::lang::XComponent> load(const std::string& path, LoadMode mode = LoadMode::readOnly,
                                                    bool* passwordProtected = nullptr) const;
    static void close(const css::uno::Reference<css::uno::XInterface>& document);

    // Asks LibreOffice to quit, then ends its process group; safe to call twice.
    void stop();
    // Leaves LibreOffice running (for a person to use) and forgets it.
    void detach();

    // Makes Ctrl-C (SIGINT), SIGTERM, SIGHUP and SIGQUIT end every office this process started, then
    // the process itself (status 128 + signal), so that none is left running. Call it first, before
    // any thread starts: the signals are blocked in every thread and taken by one of its own.
    static void stopAllOnSignals();

    // Installs the extension into the profile unless the same file is installed already.
    static void installExtension(const OfficeOptions& options);

private:
    void start();
    void connect();
    std::string logDir() const;

    OfficeOptions options_;
    std::string pipeName_;
    pid_t pid_ = -1;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace reportkit::writer
