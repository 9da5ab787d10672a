// reportkit check: plain text goes straight to the core; every other format is read by a private
// headless LibreOffice, where the extension's checker service runs in-process.
#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <org/reportkit/Checker.hpp>

#include "commands.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report.hpp"
#include "utf8.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

const std::vector<std::string> kOfficeExtensions = {".odt", ".fodt", ".ott", ".docx", ".doc", ".rtf", ".wps"};

enum class Reader { text, office, unsupported, missing };

struct Job {
    std::string path;  // as shown in the report
    Reader reader;
};

Reader readerFor(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    if (extension == ".txt") return Reader::text;
    if (std::find(kOfficeExtensions.begin(), kOfficeExtensions.end(), extension) != kOfficeExtensions.end())
        return Reader::office;
    return Reader::unsupported;
}

// Files are taken as named; folders are searched recursively for the kinds we read, in name order.
std::vector<Job> collectJobs(const std::vector<std::string>& paths, const MessageCatalog& messages) {
    std::vector<Job> jobs;
    for (const std::string& path : paths) {
        std::error_code error;
        if (!fs::exists(path, error)) {
            jobs.push_back({path, Reader::missing});
            continue;
        }
        if (!fs::is_directory(path, error)) {
            jobs.push_back({path, readerFor(path)});
            continue;
        }
        std::vector<std::string> found;
        for (auto entry = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
             entry != fs::recursive_directory_iterator(); entry.increment(error)) {
            if (entry->is_regular_file(error) && readerFor(entry->path()) != Reader::unsupported)
                found.push_back(entry->path().string());
        }
        std::sort(found.begin(), found.end());
        if (found.empty()) std::cerr << "reportkit: " << messages.format("cli.error.no-documents", {{"detail", path}}) << "\n";
        for (const std::string& file : found) jobs.push_back({file, readerFor(file)});
    }
    return jobs;
}

DocumentReport unreadable(const Job& job, const MessageCatalog& messages, const std::string& key,
                          const std::string& detail = {}) {
    return unreadableReport(job.path, messages.format(key, {{"detail", detail}}));
}

DocumentReport checkText(const Job& job, const TemplateSet& templates, const std::string& templateId,
                         const MessageCatalog& messages) {
    std::ifstream in(job.path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) return unreadable(job, messages, "document.error.unreadable");
    if (!utf8::isValid(content.str())) return unreadable(job, messages, "document.error.not-utf8");
    const Document document = documentFromText(content.str(), job.path);
    const TemplateChoice choice = chooseTemplate(templates, document, templateId);
    DocumentReport report = checkDocument(document, choice.chosen, choice.source);
    localise(report, messages);
    return report;
}

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

// One private LibreOffice, started at the first document that needs it and again after a crash.
class OfficeChecker {
public:
    OfficeChecker(const Environment& environment, std::string templateRef, std::chrono::seconds timeout)
        : environment_(environment), options_(environment.checkingOffice()), templateRef_(std::move(templateRef)),
          timeout_(timeout) {}

    ~OfficeChecker() {
        session_.reset();
        if (lock_ >= 0) ::close(lock_);
    }

    DocumentReport check(const Job& job) {
        const MessageCatalog& messages = environment_.messages;
        if (!session_) start();
        std::string failure;
        bool timedOut = false;
        {
            Watchdog watchdog(session_->pid(), timeout_);
            try {
                const Reference<lang::XComponent> component = session_->load(job.path);
                if (!component.is()) return unreadable(job, messages, "document.error.load");
                const Reference<frame::XModel> model(component, UNO_QUERY);
                if (!Reference<text::XTextDocument>(component, UNO_QUERY).is()) {
                    writer::OfficeSession::close(component);
                    return unreadable(job, messages, "document.error.not-writer");
                }
                const Reference<org::reportkit::XChecker> checker = org::reportkit::Checker::create(session_->context());
                const OUString json =
                    checker->checkDocument(model, writer::fromUtf8(templateRef_), writer::fromUtf8(environment_.locale));
                writer::OfficeSession::close(component);
                DocumentReport report = parseDocumentJson(writer::toUtf8(json));
                report.path = job.path;
                return report;
            } catch (const uno::Exception& error) {
                failure = writer::toUtf8(error.Message);
            }
            timedOut = watchdog.fired();
        }
        // The office may be gone or unusable: the next document gets a fresh one.
        session_.reset();
        if (timedOut) return unreadable(job, messages, "document.error.timeout", std::to_string(timeout_.count()));
        return unreadable(job, messages, "document.error.office", failure);
    }

private:
    void start() {
        if (lock_ < 0) {
            // One reportkit at a time per profile: a second soffice on it would hand over and quit.
            fs::create_directories(fs::path(options_.profileDir).parent_path());
            lock_ = ::open((options_.profileDir + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
            if (lock_ >= 0) flock(lock_, LOCK_EX);
        }
        session_ = std::make_unique<writer::OfficeSession>(options_);
    }

    const Environment& environment_;
    writer::OfficeOptions options_;
    std::string templateRef_;
    std::chrono::seconds timeout_;
    std::unique_ptr<writer::OfficeSession> session_;
    int lock_ = -1;
};

std::string printProblems(const std::vector<TemplateProblem>& problems, const MessageCatalog& messages) {
    std::string text;
    for (const TemplateProblem& problem : problems) text += "reportkit: " + describe(problem, messages) + "\n";
    return text;
}

TemplateSet loadTemplateOptions(const Environment& environment, const std::vector<std::string>& folders) {
    std::vector<std::string> all = {environment.templatesDir()};
    for (const std::string& folder : folders) {
        if (!fs::is_directory(folder))
            throw UsageError(environment.messages.format("cli.error.templates-folder", {{"detail", folder}}));
        all.push_back(folder);
    }
    TemplateSet templates = loadTemplates(all);
    std::cerr << printProblems(templates.problems, environment.messages);
    return templates;
}

}  // namespace

int checkCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::string templateOption;
    std::vector<std::string> templateFolders;
    std::string format;
    std::string outputFile;
    int jobs = 0;
    int timeout = 0;
    std::vector<std::string> paths;
    po::options_description options;
    options.add_options()
        ("template", po::value(&templateOption))
        ("templates", po::value(&templateFolders)->composing())
        ("format", po::value(&format)->default_value("text"))
        ("output", po::value(&outputFile))
        ("jobs", po::value(&jobs)->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))))
        ("timeout", po::value(&timeout)->default_value(120))
        ("paths", po::value(&paths)->composing());
    po::positional_options_description positional;
    positional.add("paths", -1);
    parseOptions(environment, options, positional, arguments);

    if (format == "html" || format == "csv") throw UsageError(messages.format("cli.error.format-later", {{"detail", format}}));
    if (format != "json" && format != "text") throw UsageError(messages.format("cli.error.format", {{"detail", format}}));
    if (jobs < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--jobs"}}));
    if (timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    if (paths.empty()) throw UsageError(messages.format("cli.error.no-paths"));

    TemplateSet templates = loadTemplateOptions(environment, templateFolders);
    std::string templateId;
    std::string officeTemplateRef;  // the office reads the chosen template from its file
    if (!templateOption.empty()) {
        std::vector<TemplateProblem> problems;
        const Template* chosen = resolveTemplate(templates, templateOption, problems);
        if (!chosen) throw UsageError(describe(problems.front(), messages));
        templateId = chosen->id;
        officeTemplateRef = chosen->file;
    }

    std::vector<DocumentReport> reports;
    OfficeChecker office(environment, officeTemplateRef, std::chrono::seconds(timeout));
    for (const Job& job : collectJobs(paths, messages)) {
        switch (job.reader) {
            case Reader::missing: reports.push_back(unreadable(job, messages, "document.error.missing")); break;
            case Reader::unsupported: reports.push_back(unreadable(job, messages, "document.error.unsupported")); break;
            case Reader::text: reports.push_back(checkText(job, templates, templateId, messages)); break;
            case Reader::office: reports.push_back(office.check(job)); break;
        }
    }

    int status = kClean;
    for (const DocumentReport& report : reports) {
        if (!report.readable) {
            status = kFailure;
            if (format != "text" || !outputFile.empty())
                std::cerr << "reportkit: " << messages.format("text.unreadable", {{"path", report.path}, {"error", report.error}})
                          << "\n";
        } else if (report.count(Severity::error) > 0 && status == kClean) {
            status = kErrorsFound;
        }
    }
    const std::string result = format == "json" ? resultJson(reports, REPORTKIT_VERSION) : resultText(reports, messages);
    writeOutput(outputFile, result, messages);
    return status;
}

int templatesCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    std::vector<std::string> folders;
    po::options_description options;
    options.add_options()("templates", po::value(&folders)->composing());
    parseOptions(environment, options, {}, arguments);
    const TemplateSet templates = loadTemplateOptions(environment, folders);
    for (const Template& kind : templates.templates)
        std::cout << environment.messages.format("text.templates.line", {{"id", kind.id},
                                                                         {"version", kind.version},
                                                                         {"name", kind.name.in(environment.locale)},
                                                                         {"file", kind.file}})
                  << "\n";
    return templates.problems.empty() ? kClean : kFailure;
}

}  // namespace reportkit::cli
