// reportkit check: plain text goes straight to the core; every other format is read by a private
// headless LibreOffice, where the extension's checker service runs in-process.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <exception>
#include <thread>

#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "commands.hpp"
#include "file_access.hpp"
#include "office_worker.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report.hpp"
#include "report_files.hpp"
#include "template_options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

// Which reader a job goes to: the core's for text, an office worker's, or none (an error).
using Reader = CandidateKind;

struct Job {
    std::string path;     // as shown in the report
    Reader reader;
    std::string problem;  // for Reader::unreadable, the message key of why
};

Job fileJob(const FoundFile& file) {
    const Candidate candidate = classifyCandidate(file);
    return {file.path, candidate.kind, candidate.problem};
}

// Files are taken as named; folders are searched recursively for the kinds we read, in name order.
// Every candidate a search finds is a job, the ones that cannot be read too, so that each one is
// in the report.
std::vector<Job> collectJobs(const std::vector<std::string>& paths, const MessageCatalog& messages) {
    std::vector<Job> jobs;
    for (const std::string& path : paths) {
        std::error_code error;
        if (!fs::exists(fs::symlink_status(path, error))) {
            // Not there, or in a folder we may not look into: each says so.
            jobs.push_back({path, Reader::unreadable, error ? problemOfErrno(error.value()) : "document.error.missing"});
            continue;
        }
        if (!fs::is_directory(path, error)) {
            jobs.push_back(fileJob({path, {}}));
            continue;
        }
        const std::vector<FoundFile> found = reportCandidatesUnder(path);
        if (found.empty()) std::cerr << "reportkit: " << messages.format("cli.error.no-documents", {{"detail", path}}) << "\n";
        for (const FoundFile& file : found) jobs.push_back(fileJob(file));
    }
    return jobs;
}

std::vector<std::string> pathsOf(const std::vector<Job>& jobs) {
    std::vector<std::string> paths;
    for (const Job& job : jobs) paths.push_back(job.path);
    return paths;
}

DocumentReport unreadable(const Job& job, const MessageCatalog& messages, const std::string& key,
                          const std::string& detail = {}) {
    return unreadableReport(job.path, messages.format(key, {{"detail", detail}}));
}

DocumentReport checkText(const Job& job, const TemplateSet& templates, const std::string& templateId,
                         const MessageCatalog& messages) {
    std::string content;
    if (const std::string problem = readTextFile(job.path, content); !problem.empty())
        return unreadable(job, messages, problem);
    const Document document = documentFromText(content, job.path);
    const TemplateChoice choice = chooseTemplate(templates, document, templateId);
    DocumentReport report = checkDocument(document, choice);
    localise(report, messages);
    return report;
}

// A text report is checked in a child process, so that --timeout holds for it as for a document
// LibreOffice reads: a child that takes longer is killed. Its report comes back as JSON on a pipe.
DocumentReport checkTextWithin(const Job& job, const TemplateSet& templates, const std::string& templateId,
                               const MessageCatalog& messages, std::chrono::seconds limit) {
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0) return checkText(job, templates, templateId, messages);
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(channel[0]);
        ::close(channel[1]);
        return checkText(job, templates, templateId, messages);
    }
    if (child == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a reportkit stopped by a signal leaves no check running
        ::close(channel[0]);
        const std::string json = documentJson(checkText(job, templates, templateId, messages));
        for (std::size_t sent = 0; sent < json.size();) {
            const ssize_t wrote = ::write(channel[1], json.data() + sent, json.size() - sent);
            if (wrote <= 0) ::_exit(1);
            sent += static_cast<std::size_t>(wrote);
        }
        ::_exit(0);
    }
    ::close(channel[1]);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::string json;
    bool timedOut = false;
    for (char buffer[65536];;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd reading{channel[0], POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&reading, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) {
            timedOut = true;
            break;
        }
        const ssize_t got = ::read(channel[0], buffer, sizeof buffer);
        if (got <= 0) break;
        json.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(channel[0]);
    if (timedOut) ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    if (timedOut) return unreadable(job, messages, "document.error.text-timeout", std::to_string(limit.count()));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return unreadable(job, messages, "document.error.text-failed");
    DocumentReport report = parseDocumentJson(json);
    report.path = job.path;  // as named: JSON holds only UTF-8, a name need not be
    report.locale = messages.locale();
    return report;
}

// On a terminal, one line on standard error that says how far the check is: count, percentage,
// time left and the document being read. Nothing at all when standard error is not a terminal.
class Progress {
public:
    explicit Progress(std::size_t total) : total_(total), shown_(total > 1 && ::isatty(STDERR_FILENO)) {}
    ~Progress() {
        if (shown_) std::cerr << "\r\033[K" << std::flush;
    }

    void started(const std::string& path) { show(path); }
    void finished() {
        std::lock_guard<std::mutex> lock(mutex_);
        ++done_;
    }

private:
    void show(const std::string& path) {
        if (!shown_) return;
        std::lock_guard<std::mutex> lock(mutex_);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        std::string left = "…";
        if (done_ > 0) {
            const int seconds = static_cast<int>(elapsed / done_ * (total_ - done_));
            left = std::to_string(seconds / 60) + "m" + std::to_string(seconds % 60) + "s";
        }
        const std::size_t width = 20, filled = width * done_ / total_;
        std::cerr << "\r\033[K[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << done_ << "/"
                  << total_ << " ~" << left << " " << fs::path(path).filename().string() << std::flush;
    }

    std::size_t total_, done_ = 0;
    bool shown_;
    std::mutex mutex_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Where each document's copy with remarks goes: its name in DIR, numbered when two share a name.
std::vector<std::string> annotatedPaths(const std::vector<Job>& jobs, const std::string& folder) {
    std::vector<std::string> paths(jobs.size());
    std::set<std::string> taken;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (jobs[i].reader != Reader::office) continue;
        const fs::path name = fs::path(jobs[i].path).filename();
        fs::path candidate = fs::path(folder) / name;
        for (int n = 2; taken.count(candidate.string()); ++n)
            candidate = fs::path(folder) / (name.stem().string() + " (" + std::to_string(n) + ")" + name.extension().string());
        taken.insert(candidate.string());
        paths[i] = candidate.string();
    }
    return paths;
}

// A copy with remarks never replaces an original: `--annotate-to .` in the folder of the
// documents, or a folder holding links to them, is refused.
void refuseAnnotatingOverInputs(const InputFiles& inputs, const std::vector<std::string>& annotated,
                                const std::string& folder, const MessageCatalog& messages) {
    for (const std::string& path : annotated)
        if (const std::string input = path.empty() ? std::string() : inputs.sameFileAs(path); !input.empty())
            throw CommandFailure(messages.format("cli.error.annotate-over-input", {{"folder", folder}, {"input", input}}));
}

// The workers for `count` parallel offices, each with its profile claimed. One whose profile
// cannot be used (a folder beside the profile that cannot be written) is left out, and said so,
// while another can check the documents; with none, the command cannot go on.
std::vector<std::unique_ptr<OfficeWorker>> claimWorkers(const Environment& environment, int count,
                                                        std::chrono::seconds timeout) {
    std::vector<std::unique_ptr<OfficeWorker>> workers;
    std::vector<std::string> leftOut;
    for (int slot = 0; slot < count; ++slot) {
        auto worker = std::make_unique<OfficeWorker>(environment, timeout, slot);
        try {
            worker->claimProfile();
            workers.push_back(std::move(worker));
        } catch (const CommandFailure& failure) {
            leftOut.push_back(failure.what());
        }
    }
    if (workers.empty() && !leftOut.empty()) throw CommandFailure(leftOut.front());
    for (const std::string& reason : leftOut)
        std::cerr << "reportkit: " << environment.messages.format("check.worker-left-out", {{"detail", reason}}) << "\n";
    return workers;
}

}  // namespace

int writeReports(const std::vector<DocumentReport>& reports, const std::string& format, const std::string& outputFile,
                 const MessageCatalog& messages) {
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
    const std::string result = format == "json"  ? resultJson(reports, REPORTKIT_VERSION)
                               : format == "csv" ? resultCsv(reports, messages)
                               : format == "html" ? resultHtml(reports, messages)
                                                 : resultText(reports, messages);
    writeOutput(outputFile, result, messages);
    return status;
}

void checkFormat(const MessageCatalog& messages, const std::string& format) {
    if (format != "json" && format != "text" && format != "csv" && format != "html")
        throw UsageError(messages.format("cli.error.format", {{"detail", format}}));
}

int checkCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::string templateOption;
    std::vector<std::string> templateFolders;
    std::string format;
    std::string outputFile;
    std::string annotateTo;
    int jobCount = 0;
    int timeout = 0;
    std::vector<std::string> paths;
    po::options_description options;
    options.add_options()
        ("template", po::value(&templateOption))
        ("templates", po::value(&templateFolders)->composing())
        ("format", po::value(&format)->default_value("text"))
        ("output", po::value(&outputFile))
        ("annotate-to", po::value(&annotateTo))
        ("jobs", po::value(&jobCount)->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))))
        ("timeout", po::value(&timeout)->default_value(120))
        ("paths", po::value(&paths)->composing());
    po::positional_options_description positional;
    positional.add("paths", -1);
    parseOptions(environment, options, positional, arguments);

    checkFormat(messages, format);
    if (jobCount < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--jobs"}}));
    if (timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    if (paths.empty()) throw UsageError(messages.format("cli.error.no-paths"));

    TemplateSet templates = loadTemplateOptions(environment, templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, templateOption);

    const std::vector<Job> jobs = collectJobs(paths, messages);
    // Nothing is written over a document being checked: refused before any is read.
    const InputFiles inputs(pathsOf(jobs));
    // --output FOLDER: the report goes into it, named as the panel names its folder reports, after
    // the first path given; the command then says where.
    const bool outputIntoFolder = !outputFile.empty() && fs::is_directory(outputFile);
    if (outputIntoFolder)
        outputFile = (fs::path(outputFile) / reportFileName(paths.front(), format == "text" ? ".txt" : "." + format, messages)).string();
    if (!outputFile.empty()) refuseOverwritingInput(inputs, outputFile, messages);
    std::vector<std::string> annotated;
    if (!annotateTo.empty()) {
        std::error_code error;
        fs::create_directories(annotateTo, error);
        if (!fs::is_directory(annotateTo, error))
            throw CommandFailure(messages.format("cli.error.output", {{"detail", annotateTo}}));
        annotated = annotatedPaths(jobs, annotateTo);
        refuseAnnotatingOverInputs(inputs, annotated, annotateTo, messages);
        for (const Job& job : jobs)
            if (job.reader == Reader::text)
                std::cerr << "reportkit: " << messages.format("check.not-annotated", {{"path", job.path}}) << "\n";
    }
    std::vector<DocumentReport> reports(jobs.size());
    std::vector<std::size_t> officeJobs;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        switch (jobs[i].reader) {
            case Reader::unreadable: reports[i] = unreadable(jobs[i], messages, jobs[i].problem); break;
            case Reader::text:
                reports[i] = checkTextWithin(jobs[i], templates, chosen.id, messages, std::chrono::seconds(timeout));
                break;
            case Reader::office: officeJobs.push_back(i); break;
        }
    }
    // Each worker thread has its own LibreOffice and takes the next document until none is left;
    // the reports stay in the order the documents were named.
    std::atomic<std::size_t> next{0};
    Progress progress(officeJobs.size());
    std::vector<std::unique_ptr<OfficeWorker>> claimed =
        claimWorkers(environment, static_cast<int>(std::min<std::size_t>(jobCount, officeJobs.size())),
                     std::chrono::seconds(timeout));
    const auto work = [&](int slot) {
        OfficeWorker& office = *claimed[static_cast<std::size_t>(slot)];
        for (std::size_t taken = next++; taken < officeJobs.size(); taken = next++) {
            const std::size_t job = officeJobs[taken];
            progress.started(jobs[job].path);
            reports[job] = annotated.empty() ? office.check(jobs[job].path, chosen.file)
                                             : office.annotate(jobs[job].path, annotated[job], chosen.file).report;
            progress.finished();
        }
        claimed[static_cast<std::size_t>(slot)].reset();  // its office stops now, beside the others
    };
    const int workers = static_cast<int>(claimed.size());
    // A worker whose office cannot start (or is stopped by Ctrl-C meanwhile) must not end the
    // process from its thread: the first failure is raised here once every worker has stopped.
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(std::max(workers, 0)));
    const auto guardedWork = [&](int slot) {
        try {
            work(slot);
        } catch (...) {
            failures[static_cast<std::size_t>(slot)] = std::current_exception();
            next = officeJobs.size();  // the others take no new document
        }
    };
    std::vector<std::thread> threads;
    for (int slot = 1; slot < workers; ++slot) threads.emplace_back(guardedWork, slot);
    if (workers > 0) guardedWork(0);
    for (std::thread& thread : threads) thread.join();
    for (const std::exception_ptr& failure : failures)
        if (failure) std::rethrow_exception(failure);

    const int status = writeReports(reports, format, outputFile, messages);
    if (outputIntoFolder) std::cout << messages.format("check.report-written", {{"file", outputFile}}) << "\n";
    return status;
}

}  // namespace reportkit::cli
