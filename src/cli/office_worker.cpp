#include "office_worker.hpp"

#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <mutex>
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

#include "property_values.hpp"

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

std::string filterOf(const Reference<frame::XModel>& model) {
    for (const beans::PropertyValue& argument : model->getArgs())
        if (argument.Name == "FilterName") return writer::toUtf8(argument.Value.get<OUString>());
    return {};
}

}  // namespace

OfficeWorker::OfficeWorker(const Environment& environment, std::chrono::seconds timeout, int slot)
    : environment_(environment), options_(environment.checkingOffice()), timeout_(timeout) {
    if (slot > 0) options_.profileDir += "-" + std::to_string(slot);
}

OfficeWorker::~OfficeWorker() {
    session_.reset();
    if (lock_ >= 0) ::close(lock_);
}

void OfficeWorker::start() {
    if (lock_ < 0) {
        // One reportkit at a time per profile: a second soffice on it would hand over and quit.
        fs::create_directories(fs::path(options_.profileDir).parent_path());
        lock_ = ::open((options_.profileDir + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
        if (lock_ >= 0) flock(lock_, LOCK_EX);
    }
    session_ = std::make_unique<writer::OfficeSession>(options_);
}

DocumentReport OfficeWorker::withModel(
    const std::string& path, writer::OfficeSession::LoadMode mode,
    const std::function<DocumentReport(const Reference<frame::XModel>&)>& use) {
    const MessageCatalog& messages = environment_.messages;
    const auto unreadable = [&](const std::string& key, const std::string& detail = {}) {
        return unreadableReport(path, messages.format(key, {{"detail", detail}}));
    };
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
            DocumentReport report = use(model);
            writer::OfficeSession::close(component);
            report.path = path;
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
    session_.reset();
    if (timedOut) return unreadable("document.error.timeout", std::to_string(timeout_.count()));
    if (crashed) return unreadable("document.error.crashed");
    return unreadable("document.error.office", failure);
}

DocumentReport OfficeWorker::check(const std::string& path, const std::string& templateRef) {
    return withModel(path, writer::OfficeSession::LoadMode::readOnly, [&](const Reference<frame::XModel>& model) {
        const auto checker = org::reportkit::Checker::create(session_->context());
        return parseDocumentJson(writer::toUtf8(
            checker->checkDocument(model, writer::fromUtf8(templateRef), writer::fromUtf8(environment_.locale))));
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
            ->storeToURL(writer::fileUrl(output), writer::propertyValues({{"FilterName", uno::Any(writer::fromUtf8(filterOf(model)))},
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
        const auto checker = org::reportkit::Checker::create(session_->context());
        const OUString locale = writer::fromUtf8(environment_.locale);
        result.edits = checker->fixAll(model, writer::fromUtf8(templateRef), locale);
        return parseDocumentJson(writer::toUtf8(checker->checkDocument(model, writer::fromUtf8(templateRef), locale)));
    });
    result.after.path = output;
    return result;
}

OfficeWorker::AnnotateResult OfficeWorker::annotate(const std::string& input, const std::string& output,
                                                    const std::string& templateRef) {
    AnnotateResult result;
    result.report = editCopy(input, output, [&](const Reference<frame::XModel>& model) {
        const auto checker = org::reportkit::Checker::create(session_->context());
        const nlohmann::json annotated = nlohmann::json::parse(writer::toUtf8(
            checker->annotateDocument(model, writer::fromUtf8(templateRef), writer::fromUtf8(environment_.locale))));
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
        const auto checker = org::reportkit::Checker::create(session_->context());
        const OUString locale = writer::fromUtf8(environment_.locale);
        uno::Sequence<beans::StringPair> pairs(static_cast<sal_Int32>(variables.size()));
        beans::StringPair* pair = pairs.getArray();
        for (const auto& [id, value] : variables) *pair++ = {writer::fromUtf8(id), writer::fromUtf8(value)};
        result.inserted = writer::toUtf8(checker->insertSkeleton(model, writer::fromUtf8(templateRef), pairs, locale));
        Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeToURL(writer::fileUrl(output), writer::propertyValues({{"FilterName", uno::Any(OUString::createFromAscii(filter))},
                                                                           {"Overwrite", uno::Any(true)}}));
        return parseDocumentJson(writer::toUtf8(checker->checkDocument(model, OUString(), locale)));
    });
    result.after.path = output;
    return result;
}

}  // namespace reportkit::cli
