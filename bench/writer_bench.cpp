// Checking inside Writer: generated reports of 10, 100 and 600 pages are opened in a private
// headless LibreOffice with the extension; the checker service times, in-process, reading the
// paragraphs through the API and running the rules. Usage: writer_bench [REPETITIONS [PAGES...]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "document_reader.hpp"
#include "office_session.hpp"
#include "property_values.hpp"
#include "report_generator.hpp"

// The resident memory of the office's soffice.bin (the process group's), in MB; 0 when not found.
double officeResidentMb(pid_t group) {
    namespace fs = std::filesystem;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        const std::size_t close = line.rfind(')');
        if (close == std::string::npos || line.find("(soffice.bin)") == std::string::npos) continue;
        std::istringstream fields(line.substr(close + 2));
        std::string state;
        long parent = 0, processGroup = 0;
        fields >> state >> parent >> processGroup;
        if (processGroup != group) continue;
        std::ifstream status(entry.path() / "status");
        for (std::string row; std::getline(status, row);)
            if (row.rfind("VmRSS:", 0) == 0) return std::stod(row.substr(6)) / 1024;
    }
    return 0;
}

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    using namespace reportkit;
    const int repetitions = argc > 1 ? std::atoi(argv[1]) : 5;
    std::vector<int> sizes;
    for (int i = 2; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
    const bool everything = sizes.empty();  // else only the table, for the sizes given
    if (everything) sizes = {10, 100, 600};
    std::string dir = (fs::temp_directory_path() / "reportkit-bench-XXXXXX").string();
    if (!mkdtemp(dir.data())) return 2;

    writer::OfficeOptions options;
    options.programDir = REPORTKIT_OFFICE_PROGRAM;
    options.profileDir = dir + "/office";
    options.extension = std::string(REPORTKIT_BUILD_DIR) + "/reportkit.oxt";
    options.typeLibrary = std::string(REPORTKIT_BUILD_DIR) + "/reportkit.rdb";
    int status = 0;
    {
        writer::OfficeSession office(options);
        // A generated report as plain text read by Writer's text filter: the paragraphs a .odt would have.
        const auto openReport = [&](int pages) {
            const std::string path = dir + "/report-" + std::to_string(pages) + ".txt";
            std::ofstream(path) << bench::generateReport(pages);
            return css::uno::Reference<css::frame::XModel>(
                office.desktop()->loadComponentFromURL(
                    writer::fileUrl(path), "_blank", 0,
                    writer::propertyValues({{"Hidden", css::uno::Any(true)},
                                            {"FilterName", css::uno::Any(OUString("Text (encoded)"))},
                                            {"FilterOptions", css::uno::Any(OUString("UTF8,LF,,,"))}})),
                css::uno::UNO_QUERY);
        };
        // Memory: Writer with a 100-page report open, before the extension's first use and after
        // five checks of it.
        if (everything) {
            const css::uno::Reference<css::frame::XModel> model = openReport(100);
            const double opened = officeResidentMb(office.pid());
            // The baseline: Writer read through its API from outside (what any reader costs it).
            for (int i = 0; i < 5; ++i) writer::readDocument(model);
            const double read = officeResidentMb(office.pid());
            const auto checker = org::reportkit::Checker::create(office.context());
            for (int i = 0; i < 5; ++i) checker->checkDocument(model, "", "en");
            const double checked = officeResidentMb(office.pid());
            std::printf("Writer's memory with a 100-page report open: %.1f MB; after reading it 5 times through the API from "
                        "outside: %.1f MB; after the extension's first use and 5 checks: %.1f MB\n"
                        "the extension's share: +%.1f MB (target at most 10)\n\n",
                        opened, read, checked, checked - read);
            writer::OfficeSession::close(model);
        }
        const auto checker = org::reportkit::Checker::create(office.context());
        // The keystroke pass beside the whole check the live check would otherwise make (with the
        // kind of report chosen); the refresh after a pause beside reading and checking.
        std::printf("%6s %11s %8s %9s %10s %10s %11s %12s %15s %13s %15s %16s %14s\n", "pages", "paragraphs", "text ms",
                    "read ms", "read/text", "check ms", "check/read", "whole call ms", "kind check ms", "keystroke ms",
                    "keystroke/read", "keystroke/check", "refresh/check");
        for (int pages : sizes) {
            const css::uno::Reference<css::frame::XModel> model = openReport(pages);
            if (!model.is()) {
                status = 1;
                continue;
            }
            const auto timing = nlohmann::json::parse(writer::toUtf8(checker->measureCheck(model, repetitions)));
            const auto start = std::chrono::steady_clock::now();
            checker->checkDocument(model, "", "en");
            const double whole = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            const double text = timing["text_ms"].get<double>();
            const double read = timing["read_ms"].get<double>();
            const double check = timing["check_ms"].get<double>();
            const double kindCheck = timing.value("kind_check_ms", check);
            const double keystroke = timing.value("keystroke_ms", 0.0);
            const double refresh = timing.value("refresh_ms", 0.0);
            std::printf("%6d %11d %8.1f %9.1f %10.2f %10.2f %11.3f %12.1f %15.2f %13.2f %15.3f %16.3f %14.2f\n", pages,
                        timing["paragraphs"].get<int>(), text, read, read / text, check, check / read, whole, kindCheck,
                        keystroke, keystroke / read, keystroke / kindCheck, refresh / (read + kindCheck));
            writer::OfficeSession::close(model);
        }
        // Typing through the API into a 600-page report: one copy the extension never saw, one
        // under live checking; alternated, so that both meet the same machine. Typing faster than
        // the idle delay, the live copy pays for the modify events; slower, for one pass a pause.
        if (everything) {
            const css::uno::Reference<css::frame::XModel> plain = openReport(600);
            const css::uno::Reference<css::frame::XModel> live = openReport(600);
            checker->liveFindings(live);  // what the Check panel does when it opens
            const auto type200 = [](const css::uno::Reference<css::frame::XModel>& model) {
                const auto ranges = writer::bodyParagraphs(model);
                const auto text = ranges[ranges.size() / 2]->getText();
                const css::uno::Reference<css::text::XTextRange> cursor(
                    text->createTextCursorByRange(ranges[ranges.size() / 2]->getEnd()), css::uno::UNO_QUERY_THROW);
                const auto start = std::chrono::steady_clock::now();
                for (int i = 0; i < 200; ++i) text->insertString(cursor, "x", false);
                return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            };
            std::vector<double> off, on;
            for (int run = 0; run < 2 * repetitions; ++run) {  // ABBA: neither goes first every time
                if (run % 2 == 0) off.push_back(type200(plain));
                on.push_back(type200(live));
                if (run % 2 == 1) off.push_back(type200(plain));
            }
            std::sort(off.begin(), off.end());
            std::sort(on.begin(), on.end());
            const double offMs = off[off.size() / 2];
            const double onMs = on[on.size() / 2];
            std::printf("\ntyping 200 characters into a 600-page report through the API: %.1f ms without the extension, "
                        "%.1f ms with live checking: %.3f x (target at most 1.05)\n", offMs, onMs, onMs / offMs);
            writer::OfficeSession::close(plain);
            writer::OfficeSession::close(live);
        }
    }
    fs::remove_all(dir);
    return status;
}
