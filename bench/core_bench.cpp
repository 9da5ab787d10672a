// The core on long generated reports: checking, against the baseline of only splitting the text
// into paragraphs. bench/run.sh prints the ratio.
#include <benchmark/benchmark.h>

#include "markers.hpp"
#include "report.hpp"

namespace {

// A report of about `pages` A4 pages (22 lines of 28 characters), with a slip in every fifth chapter.
std::string generateReport(int pages) {
    const char* body[] = {"（一）抓好理论武装，推动学习教育走深走实。全年组织集体学习24次，讲授专题党课3次，党员撰写学习体会46篇。",
                          "（二）规范组织生活，提升支部组织力。严格落实“三会一课”制度，按月开展主题党日活动。",
                          "一是加强学习，二是完善制度，三是狠抓落实，推动各项工作落地见效。"};
    std::string text = "关于年度抓基层党建工作的述职报告\n";
    const std::size_t target = static_cast<std::size_t>(pages) * 22 * 28 * 3;  // UTF-8: 3 bytes a character
    for (int chapter = 1; text.size() < target; ++chapter) {
        const int number = (chapter - 1) % 99 + 1;
        text += reportkit::chineseNumeral(number) + (chapter % 5 == 0 ? "." : "、") + "工作情况\n";
        for (const char* paragraph : body) text += std::string(paragraph) + "\n";
    }
    return text;
}

void readParagraphs(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(reportkit::documentFromText(text, "bench.txt"));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void checkNumbering(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)));
    const reportkit::Document document = reportkit::documentFromText(text, "bench.txt");
    for (auto _ : state)
        benchmark::DoNotOptimize(reportkit::checkDocument(document, nullptr, reportkit::TemplateSource::none));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK(readParagraphs)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkNumbering)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
