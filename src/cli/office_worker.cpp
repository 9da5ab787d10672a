#include "office_worker.hpp"

#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "commands.hpp"
#include "document_loading.hpp"
#include "document_format.hpp"
#include "file_access.hpp"
#include "property_values.hpp"
#include "report_files.hpp"

namespace reportkit::cli {

namespace fs = std::filesystem;
using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Ends the office's process group when one document takes longer than the limit, so a document
// that hangs LibreOffice cannot hang the batch.
class Watchdog {
public:
    Watchdog(pid_t group, std::chrono::seconds limit)
        : thread_([this, group, limit] {
              std::unique_lock<std::mutex> lock(mutex_);
              if (!finished_.wait_for(lock, limit, [this] { return done_; })) {
                  fired_ = true;
                  kill(-group, SIGKILL);
              }
          }) {}
    ~Watchdog() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        finished_.notify_all();
        thread_.join();
    }
    bool fired() {
        std::lock_guard<std::mutex> lock(mutex_);
        return fired_;
    }

private:
    std::mutex mutex_;
    std::condition_variable finished_;
    bool done_ = false;
    bool fired_ = false;
    std::thread thread_;
};

[[noreturn]] void failProfile(const std::string& profileDir, const std::string& reasonKey, const MessageCatalog& messages) {
    throw CommandFailure(messages.format("cli.error.profile", {{"path", profileDir}, {"detail", messages.format(reasonKey)}}));
}

std::string readSmallFile(const std::string& path) {
    std::string content;
    readRegularFile(path, content, 4096);
    return content;
}

// The processes whose command line runs LibreOffice on this profile.
std::vector<pid_t> officesUsing(const std::string& profileDir) {
    const std::string argument = "-env:UserInstallation=" + writer::toUtf8(writer::fileUrl(profileDir + "/user"));
    std::vector<pid_t> found;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::string content;
        if (!readRegularFile(entry.path().string() + "/cmdline", content, 1 << 20).empty()) continue;  // gone meanwhile
        std::istringstream arguments(content);
        for (std::string each; std::getline(arguments, each, '\0');)
            if (each == argument) found.push_back(static_cast<pid_t>(std::stol(name)));
    }
    return found;
}

// A process that is running (a zombie is not: its command line reads empty).
bool isRunning(pid_t pid) { return !readSmallFile("/proc/" + std::to_string(pid) + "/cmdline").empty(); }

bool isReportkit(pid_t pid) { return pid > 0 && readSmallFile("/proc/" + std::to_string(pid) + "/comm") == "reportkit\n"; }

// A process stopped by a signal (Ctrl-Z, SIGSTOP) does not answer until it is continued.
bool isStopped(pid_t pid) {
    const std::string stat = readSmallFile("/proc/" + std::to_string(pid) + "/stat");
    const std::size_t state = stat.rfind(')');  // the state follows the command's name in brackets
    return state != std::string::npos && state + 2 < stat.size() && (stat[state + 2] == 'T' || stat[state + 2] == 't');
}

// Offices left on the profile by a reportkit that was killed (kill -9 leaves its LibreOffice
// running): a new office on the profile would hand its work to them and quit. Called only while
// the profile's lock is ours, so none of them belongs to a running reportkit.
void stopLeftoverOffices(const std::string& profileDir, const MessageCatalog& messages) {
    const std::vector<pid_t> leftovers = officesUsing(profileDir);
    if (leftovers.empty()) return;
    std::cerr << "reportkit: " << messages.format("office.leftovers-stopped", {{"count", std::to_string(leftovers.size())},
                                                                              {"path", profileDir}})
              << "\n";
    for (const pid_t pid : leftovers) kill(pid, SIGKILL);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (const pid_t pid : leftovers)
        while (isRunning(pid) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

// Our process id in the lock file, for the messages of whoever waits; failing to write it changes nothing.
void recordOwner(int lock) {
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(lock, 0) == 0) static_cast<void>(::pwrite(lock, pid.data(), pid.size(), 0) > 0);
}

}  // namespace

// One reportkit at a time per profile: a second soffice on it would hand over and quit. The lock
// file holds its owner's process id, so that a wait says whom it waits for, and a lock whose owner
// is gone (held on by the offices it left) is taken back.
int OfficeWorker::lockProfile(const std::string& profileDir, const MessageCatalog& messages) {
    std::error_code error;
    fs::create_directories(fs::path(profileDir).parent_path(), error);
    if (error) failProfile(profileDir, problemOfErrno(error.value()), messages);
    if (fs::exists(profileDir, error) && ::access(profileDir.c_str(), W_OK) != 0)
        failProfile(profileDir, "file.error.no-write-permission", messages);
    const std::string lockFile = profileDir + ".lock";
    // O_CLOEXEC: LibreOffice must not inherit the descriptor, or it would keep the lock after we die.
    const int lock = ::open(lockFile.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
    if (lock < 0) failProfile(profileDir, errno == EACCES ? "file.error.no-write-permission" : problemOfErrno(errno), messages);
    // Held: by a running reportkit (then we wait, and say for whom), or by the offices a killed one
    // left. Tried for a few seconds, since an owner that has just taken it has not written its id yet.
    for (int attempt = 0; flock(lock, LOCK_EX | LOCK_NB) != 0; ++attempt) {
        const std::string owner = readSmallFile(lockFile);
        const pid_t ownerPid = owner.empty() ? 0 : static_cast<pid_t>(std::atol(owner.c_str()));
        if (isReportkit(ownerPid)) {
            std::cerr << "reportkit: " << messages.format(isStopped(ownerPid) ? "office.waiting-stopped" : "office.waiting",
                                                          {{"pid", owner}, {"path", profileDir}})
                      << "\n";
            flock(lock, LOCK_EX);
            break;
        }
        if (attempt == 0) stopLeftoverOffices(profileDir, messages);
        if (attempt == 50) {
            ::close(lock);
            failProfile(profileDir, "office.error.locked", messages);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    recordOwner(lock);
    stopLeftoverOffices(profileDir, messages);
    return lock;
}

OfficeWorker::OfficeWorker(const Environment& environment, std::chrono::seconds timeout, int slot)
    : environment_(environment), options_(environment.checkingOffice()), timeout_(timeout) {
    if (slot > 0) options_.profileDir += "-" + std::to_string(slot);
}

OfficeWorker::~OfficeWorker() {
    stop();
    if (lock_ >= 0) ::close(lock_);
}

void OfficeWorker::claimProfile() {
    if (lock_ < 0) lock_ = lockProfile(options_.profileDir, environment_.messages);
}

void OfficeWorker::start() {
    claimProfile();
    session_ = std::make_unique<writer::OfficeSession>(options_);
    writer::cutOffNetwork(session_->context());
}

const css::uno::Reference<org::reportkit::XChecker>& OfficeWorker::checker() {
    if (!checker_.is()) checker_ = org::reportkit::Checker::create(session_->context());
    return checker_;
}

void OfficeWorker::stop() {
    checker_.clear();
    session_.reset();
}

DocumentReport OfficeWorker::withModel(
    const std::string& path, writer::OfficeSession::LoadMode mode,
    const std::function<DocumentReport(const Reference<frame::XModel>&)>& use) {
    const MessageCatalog& messages = environment_.messages;
    const auto unreadable = [&](const std::string& key, const std::string& detail = {}) {
        return unreadableReport(path, messages.format(key, {{"detail", detail}}));
    };
    if (path.rfind("private:", 0) != 0)
        if (const FormatProblem problem = contentProblem(path); !problem.key.empty())
            return unreadable(problem.key, problem.detail);
    if (!session_) start();
    std::string failure;
    bool timedOut = false;
    bool crashed = false;
    {
        Watchdog watchdog(session_->pid(), timeout_);
        Reference<lang::XComponent> component;
        try {
            bool passwordProtected = false;
            component = session_->load(path, mode, &passwordProtected);
            if (!component.is()) return unreadable(passwordProtected ? "document.error.password" : "document.error.load");
            const Reference<frame::XModel> model(component, UNO_QUERY);
            if (!Reference<text::XTextDocument>(component, UNO_QUERY).is()) {
                writer::OfficeSession::close(component);
                return unreadable("document.error.not-writer");
            }
            const LoadedFormat format = judgeLoadedFormat(path, writer::filterOf(model));
            if (!format.problem.empty()) {
                writer::OfficeSession::close(component);
                return unreadable(format.problem, lowerExtension(path));
            }
            DocumentReport report = use(model);
            writer::OfficeSession::close(component);
            report.path = path;
            if (!format.otherKind.empty() && report.readable) noteOtherKind(report, format.otherKind, messages);
            return report;
        } catch (const lang::IllegalArgumentException& error) {
            // A refusal (a bad template, a read-only document): the office itself is fine.
            writer::OfficeSession::close(component);
            return unreadable("document.error.office", writer::toUtf8(error.Message));
        } catch (const lang::DisposedException& error) {
            // The connection went away in the middle of a call: the office ended.
            crashed = true;
            failure = writer::toUtf8(error.Message);
        } catch (const uno::Exception& error) {
            failure = writer::toUtf8(error.Message);
        }
        timedOut = watchdog.fired();
    }
    // The office may be gone or unusable: the next document gets a fresh one.
    crashed = crashed && !timedOut;
    stop();
    if (timedOut) return unreadable("document.error.timeout", std::to_string(timeout_.count()));
    if (crashed) return unreadable("document.error.crashed");
    return unreadable("document.error.office", failure);
}

DocumentReport OfficeWorker::check(const std::string& path, const std::string& templateRef) {
    return withModel(path, writer::OfficeSession::LoadMode::readOnly, [&](const Reference<frame::XModel>& model) {
        return parseDocumentJson(writer::toUtf8(
            checker()->checkDocument(model, writer::fromUtf8(templateRef), writer::fromUtf8(environment_.locale))));
    });
}

DocumentReport OfficeWorker::editCopy(const std::string& input, const std::string& output,
                                      const std::function<DocumentReport(const Reference<frame::XModel>&)>& edit) {
    // LibreOffice edits a private copy: the input is never opened for writing, and no lock file
    // appears beside it.
    const fs::path copy = fs::path(options_.profileDir) / "editing" / fs::path(input).filename();
    fs::create_directories(copy.parent_path());
    fs::copy_file(input, copy, fs::copy_options::overwrite_existing);
    DocumentReport report = withModel(copy.string(), writer::OfficeSession::LoadMode::editable, [&](const Reference<frame::XModel>& model) {
        DocumentReport edited = edit(model);
        Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeToURL(writer::fileUrl(output), writer::propertyValues({{"FilterName", uno::Any(writer::fromUtf8(writer::filterOf(model)))},
                                                                           {"Overwrite", uno::Any(true)}}));
        return edited;
    });
    std::error_code error;
    fs::remove(copy, error);
    return report;
}

OfficeWorker::FixResult OfficeWorker::fix(const std::string& input, const std::string& output,
                                          const std::string& templateRef) {
    FixResult result;
    result.after = editCopy(input, output, [&](const Reference<frame::XModel>& model) {
        const OUString locale = writer::fromUtf8(environment_.locale);
        result.edits = checker()->fixAll(model, writer::fromUtf8(templateRef), locale);
        return parseDocumentJson(writer::toUtf8(checker()->checkDocument(model, writer::fromUtf8(templateRef), locale)));
    });
    result.after.path = output;
    return result;
}

OfficeWorker::AnnotateResult OfficeWorker::annotate(const std::string& input, const std::string& output,
                                                    const std::string& templateRef) {
    AnnotateResult result;
    result.report = editCopy(input, output, [&](const Reference<frame::XModel>& model) {
        const nlohmann::json annotated = nlohmann::json::parse(writer::toUtf8(
            checker()->annotateDocument(model, writer::fromUtf8(templateRef), writer::fromUtf8(environment_.locale))));
        result.comments = annotated.at("comments").get<int>();
        return parseDocumentJson(annotated.at("document").dump());
    });
    result.report.path = input;
    return result;
}

OfficeWorker::NewResult OfficeWorker::create(const std::string& templateRef,
                                             const std::map<std::string, std::string>& variables,
                                             const std::string& output) {
    const std::string extension = fs::path(output).extension().string();
    const char* filter = extension == ".docx" ? "MS Word 2007 XML" : "writer8";
    NewResult result;
    result.after = withModel("private:factory/swriter", writer::OfficeSession::LoadMode::editable,
                             [&](const Reference<frame::XModel>& model) {
        const OUString locale = writer::fromUtf8(environment_.locale);
        uno::Sequence<beans::StringPair> pairs(static_cast<sal_Int32>(variables.size()));
        beans::StringPair* pair = pairs.getArray();
        for (const auto& [id, value] : variables) *pair++ = {writer::fromUtf8(id), writer::fromUtf8(value)};
        result.inserted = writer::toUtf8(checker()->insertSkeleton(model, writer::fromUtf8(templateRef), pairs, locale));
        Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeToURL(writer::fileUrl(output), writer::propertyValues({{"FilterName", uno::Any(OUString::createFromAscii(filter))},
                                                                           {"Overwrite", uno::Any(true)}}));
        return parseDocumentJson(writer::toUtf8(checker()->checkDocument(model, OUString(), locale)));
    });
    result.after.path = output;
    return result;
}

}  // namespace reportkit::cli
