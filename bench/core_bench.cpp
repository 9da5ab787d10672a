// The core on long generated reports: checking, against the baseline of only splitting the text
// into paragraphs. bench/run.sh prints the ratio.
#include <benchmark/benchmark.h>

#include "report_generator.hpp"
#include "report.hpp"

namespace {

using reportkit::bench::generateReport;

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
