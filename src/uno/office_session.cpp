#include "office_session.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>

#include "document_loading.hpp"
#include "property_values.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
namespace fs = std::filesystem;

namespace {

std::string url(const std::string& path) { return toUtf8(fileUrl(path)); }

// Starts a program in a process group of its own, with its output in `log` and no input.
pid_t spawn(const std::vector<std::string>& arguments, const std::string& log) {
    // Everything is prepared before fork: the child of a threaded process may only exec.
    std::vector<char*> argv;
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    sigset_t none;
    sigemptyset(&none);
    const pid_t child = fork();
    if (child < 0) throw OfficeError(std::string("fork: ") + std::strerror(errno));
    if (child == 0) {
        // The signals stopAllOnSignals blocks for its own thread are the office's to receive.
        sigprocmask(SIG_SETMASK, &none, nullptr);
        setpgid(0, 0);
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int in = ::open("/dev/null", O_RDONLY);
        if (out >= 0) {
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
        }
        if (in >= 0) dup2(in, STDIN_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    setpgid(child, child);  // also here, so the group exists before either side goes on
    return child;
}

// The process groups of the offices (and unopkg runs) started now, for the signal thread. Spawning
// and remembering happen under `officesMutex`, so that a signal never falls between the two and
// leaves a process no one stops.
constexpr std::size_t kMaxOffices = 64;
std::atomic<pid_t> liveOffices[kMaxOffices];
std::mutex officesMutex;

void remember(pid_t group) {
    for (auto& slot : liveOffices) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, group)) return;
    }
}

void forget(pid_t group) {
    for (auto& slot : liveOffices) {
        pid_t expected = group;
        if (slot.compare_exchange_strong(expected, 0)) return;
    }
}

pid_t spawnRemembered(const std::vector<std::string>& arguments, const std::string& log) {
    std::lock_guard<std::mutex> lock(officesMutex);
    const pid_t group = spawn(arguments, log);
    remember(group);
    return group;
}

int run(const std::vector<std::string>& arguments, const std::string& log) {
    const pid_t child = spawnRemembered(arguments, log);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    kill(-child, SIGKILL);  // what it started and left behind
    forget(child);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fileStamp(const std::string& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    const auto time = fs::last_write_time(path, error).time_since_epoch().count();
    return fs::absolute(path).string() + " " + std::to_string(size) + " " + std::to_string(time);
}

std::vector<std::string> profileArguments(const OfficeOptions& options) {
    if (options.profileDir.empty()) return {};
    return {"-env:UserInstallation=" + url(options.profileDir + "/user"),
            "-env:UNO_SHARED_PACKAGES_CACHE=" + url(options.profileDir + "/extensions")};
}

// This process's own UNO context, made once: LibreOffice's types plus the extension's.
Reference<uno::XComponentContext> clientContext(const OfficeOptions& options) {
    static std::mutex mutex;
    static Reference<uno::XComponentContext> context;
    std::lock_guard<std::mutex> lock(mutex);
    if (!context.is()) {
        rtl::Bootstrap::set("URE_BOOTSTRAP", fromUtf8("vnd.sun.star.pathname:" + options.programDir + "/fundamentalrc"));
        std::string types = "<" + url(options.programDir + "/types") + ">*";
        if (!options.typeLibrary.empty()) types += " " + url(options.typeLibrary);
        rtl::Bootstrap::set("URE_MORE_TYPES", fromUtf8(types));
        try {
            context = cppu::defaultBootstrap_InitialComponentContext();
        } catch (const uno::Exception& error) {
            throw OfficeError("cannot start UNO: " + toUtf8(error.Message));
        }
    }
    return context;
}

// LibreOffice runs its graphics self-tests (GraphicsRenderTests: four seconds of a five-second start
// here) at every start until the profile records that this version has started, which only the
// window of a visible office ever records. A private profile records it once; failing to, it only
// starts slower.
void recordVersionStarted(const Reference<uno::XComponentContext>& context) try {
    const Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> arguments(1);
    arguments.getArray()[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.Setup/Product")));
    const Reference<container::XNameAccess> product(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", arguments),
        uno::UNO_QUERY_THROW);
    OUString version, last;
    product->getByName("ooSetupVersion") >>= version;
    product->getByName("ooSetupLastVersion") >>= last;
    if (version.isEmpty() || version == last) return;
    Reference<container::XNameReplace>(product, uno::UNO_QUERY_THROW)->replaceByName("ooSetupLastVersion", uno::Any(version));
    Reference<util::XChangesBatch>(product, uno::UNO_QUERY_THROW)->commitChanges();
} catch (const uno::Exception&) {
    // A configuration that cannot be written (a read-only profile): the self-tests run again next time.
}

std::atomic<int> sessionCount{0};

// How often a start looks whether the office can be reached, and a stop whether it has ended:
// each wait overshoots by half of it on average.
constexpr std::chrono::milliseconds kPollInterval{5};

std::atomic<bool> stoppingOnSignal{false};

// Stops every office remembered, reaps them (orphans came to this process, the subreaper) and ends
// the process as the signal would have.
[[noreturn]] void stopOfficesAndExit(int signal) {
    stoppingOnSignal = true;
    std::lock_guard<std::mutex> lock(officesMutex);
    for (auto& slot : liveOffices)
        if (const pid_t group = slot.load(); group > 0) kill(-group, SIGKILL);
    for (auto& slot : liveOffices)
        if (const pid_t group = slot.load(); group > 0)
            while (waitpid(-group, nullptr, 0) > 0 || errno == EINTR) {}
    _exit(128 + signal);
}

// A command that fails because its offices were just stopped must not end the process first, with
// its own status: its exit waits here until the signal thread has ended it with 128 + the signal.
void waitForStopOnSignal() {
    if (stoppingOnSignal) std::lock_guard<std::mutex> lock(officesMutex);
}

}  // namespace

void OfficeSession::stopAllOnSignals() {
    // Blocked here, before any other thread exists, so in every thread; one thread of our own takes
    // them with sigwait and may then lock and wait, as no signal handler may.
    sigset_t signals;
    sigemptyset(&signals);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&signals, signal);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::atexit(waitForStopOnSignal);
    std::thread([signals] {
        int signal = 0;
        while (sigwait(&signals, &signal) != 0) {}
        stopOfficesAndExit(signal);
    }).detach();
}

void OfficeSession::installExtension(const OfficeOptions& options) {
    if (options.extension.empty()) return;
    std::vector<std::string> extensions = {options.extension};
    extensions.insert(extensions.end(), options.moreExtensions.begin(), options.moreExtensions.end());
    std::string stamp;
    for (const std::string& extension : extensions) {
        if (!fs::is_regular_file(extension)) throw OfficeError("no extension at " + extension);
        stamp += fileStamp(extension) + "\n";
    }
    const std::string stampFile = options.profileDir + "/installed-extension";
    if (readText(stampFile) == stamp) return;
    fs::create_directories(options.profileDir);
    // --shared with a private cache: unopkg refuses a per-user install as root, and this touches
    // nothing outside the profile.
    std::vector<std::string> command = {options.programDir + "/unopkg", "add", "--shared", "-s", "-f"};
    for (const std::string& argument : profileArguments(options)) command.push_back(argument);
    for (const std::string& extension : extensions) command.push_back(fs::absolute(extension).string());
    const std::string log = options.profileDir + "/unopkg.log";
    if (run(command, log) != 0) throw OfficeError("unopkg could not install the extension: " + readText(log));
    std::ofstream(stampFile) << stamp;
}

OfficeSession::OfficeSession(OfficeOptions options) : options_(std::move(options)) {
    installExtension(options_);
    pipeName_ = "reportkit-" + std::to_string(getpid()) + "-" + std::to_string(sessionCount++);
    start();
    try {
        connect();
        if (!options_.profileDir.empty()) recordVersionStarted(context_);
    } catch (...) {
        stop();
        throw;
    }
}

OfficeSession::~OfficeSession() { stop(); }

void OfficeSession::start() {
    std::vector<std::string> command = {options_.programDir + "/soffice"};
    if (options_.headless) command.insert(command.end(), {"--headless", "--invisible", "--nodefault"});
    command.insert(command.end(), {"--nologo", "--norestore", "--nolockcheck", "--nofirststartwizard",
                                   "--accept=pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext"});
    for (const std::string& argument : profileArguments(options_)) command.push_back(argument);
    fs::create_directories(logDir());
    const std::string log = logDir() + "/soffice.log";

    // soffice.bin is the launcher's child; if the launcher dies first it must come back to us to
    // be reaped, not to an init that may never reap it.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    pid_ = spawnRemembered(command, log);
}

void OfficeSession::connect() {
    const Reference<uno::XComponentContext> local = clientContext(options_);
    const Reference<bridge::XUnoUrlResolver> resolver = bridge::UnoUrlResolver::create(local);
    const OUString address = fromUtf8("uno:pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + options_.startTimeout;
    while (true) {
        try {
            context_.set(resolver->resolve(address), uno::UNO_QUERY_THROW);
            return;
        } catch (const uno::Exception&) {
            // Not listening yet.
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            kill(-pid_, SIGKILL);  // whatever the launcher left behind
            forget(pid_);
            pid_ = -1;
            throw OfficeError("soffice exited before it could be reached: " +
                              readText(logDir() + "/soffice.log"));
        }
        if (std::chrono::steady_clock::now() > deadline)
            throw OfficeError("soffice did not answer within " + std::to_string(options_.startTimeout.count()) + " s");
        std::this_thread::sleep_for(kPollInterval);
    }
}

Reference<frame::XDesktop2> OfficeSession::desktop() const { return frame::Desktop::create(context_); }

Reference<lang::XComponent> OfficeSession::load(const std::string& path, LoadMode mode, bool* passwordProtected) const {
    return loadDocument(context_, path, mode, passwordProtected);
}

void OfficeSession::close(const Reference<uno::XInterface>& document) { closeDocument(document); }

std::string OfficeSession::logDir() const {
    return options_.profileDir.empty() ? fs::temp_directory_path().string() + "/" + pipeName_ : options_.profileDir;
}

void OfficeSession::detach() {
    context_.clear();
    forget(pid_);
    pid_ = -1;
}

void OfficeSession::stop() {
    if (pid_ <= 0) return;
    if (context_.is()) {
        // Quitting must never wait for a person: changes in our own documents are dropped (a
        // modified one would ask "Save changes?"), and if LibreOffice still does not answer, the
        // process group is ended below, which also ends the call.
        std::thread quit([context = context_] {
            try {
                const Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
                const Reference<container::XEnumeration> components = desktop->getComponents()->createEnumeration();
                while (components->hasMoreElements()) {
                    Reference<util::XModifiable> modifiable(components->nextElement(), UNO_QUERY);
                    if (modifiable.is()) modifiable->setModified(false);
                }
                desktop->terminate();
            } catch (const uno::Exception&) {
                // The connection drops while the office quits; that is the expected end.
            }
        });
        for (const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
             std::chrono::steady_clock::now() < deadline;) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) break;
            std::this_thread::sleep_for(kPollInterval);
        }
        kill(-pid_, SIGKILL);
        quit.join();
        context_.clear();
    }
    kill(-pid_, SIGKILL);
    int status = 0;
    while (waitpid(-pid_, &status, 0) > 0 || errno == EINTR) {}  // every process of the group
    forget(pid_);
    pid_ = -1;
}

}  // namespace reportkit::writer
