// The core on long generated reports: checking, against the baseline of only splitting the text
// into paragraphs. bench/run.sh prints the ratio.
#include <benchmark/benchmark.h>

#include "keyword_matcher.hpp"
#include "report_generator.hpp"
#include "report.hpp"
#include "rule.hpp"
#include "rules/rules.hpp"
#include "utf8.hpp"

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

// The same report without slips: what checking costs when there is nothing to find.
void checkCleanReport(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)), false);
    const reportkit::Document document = reportkit::documentFromText(text, "bench.txt");
    for (auto _ : state)
        benchmark::DoNotOptimize(reportkit::checkDocument(document, nullptr, reportkit::TemplateSource::none));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// The same report as Writer reads it in its default format (Liberation Serif 12 pt, no indent, a
// Letter-sized page): the format rules find something in nearly every paragraph.
reportkit::Document defaultFormatDocument(int pages) {
    reportkit::Document document = reportkit::documentFromText(generateReport(pages, false), "bench.txt");
    document.hasFormat = true;
    reportkit::PageFormat page;
    page.style = "Standard";
    page.widthMm = 215.9, page.heightMm = 279.4;
    page.topMm = page.bottomMm = page.leftMm = page.rightMm = 20;
    document.pages.push_back(page);
    for (reportkit::Paragraph& paragraph : document.paragraphs) {
        const int length = static_cast<int>(reportkit::utf8::utf16Length(paragraph.text));
        paragraph.format.page = 0;
        paragraph.format.runs.push_back({0, length, {"Liberation Serif", 12, false, -1}});
    }
    return document;
}

// Against checkCleanReport, what the format rules cost at their worst.
void checkDefaultFormat(benchmark::State& state) {
    const reportkit::Document document = defaultFormatDocument(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(reportkit::checkDocument(document, nullptr, reportkit::TemplateSource::none));
}

// That report's findings to the JSON the checker service hands the command line, and back: against
// checkDefaultFormat, what carrying a report out of LibreOffice costs.
void reportJson(benchmark::State& state) {
    const reportkit::DocumentReport report = reportkit::checkDocument(
        defaultFormatDocument(static_cast<int>(state.range(0))), nullptr, reportkit::TemplateSource::none);
    for (auto _ : state) benchmark::DoNotOptimize(reportkit::parseDocumentJson(reportkit::documentJson(report)));
}

// Which kind of report it is, among the built-in ones (what a check without --template does first),
// against checkCleanReport: recognition should cost less than the check it chooses for.
void chooseKind(benchmark::State& state) {
    static const reportkit::TemplateSet templates =
        reportkit::loadTemplates({std::string(REPORTKIT_SOURCE_DIR) + "/extension/templates"});
    const std::string text = generateReport(static_cast<int>(state.range(0)), false);
    const reportkit::Document document = reportkit::documentFromText(text, "bench.txt");
    for (auto _ : state) benchmark::DoNotOptimize(reportkit::chooseTemplate(templates, document, ""));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// 50 topics of 20 keywords each, in one automaton, over the whole report.
void matchTopics(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)));
    reportkit::KeywordMatcher matcher;
    for (int topic = 0; topic < 50; ++topic)
        for (int word = 0; word < 20; ++word)
            matcher.add("主题" + reportkit::chineseNumeral(topic + 1) + "词" + reportkit::chineseNumeral(word + 1));
    for (const char* real : {"集体学习", "三会一课", "中央八项规定", "主题党日", "党建工作"}) matcher.add(real);
    matcher.build();
    const std::u32string folded = reportkit::foldText(text);
    for (auto _ : state) {
        std::size_t hits = 0;
        matcher.scan(folded, [&](std::size_t) { ++hits; });
        benchmark::DoNotOptimize(hits);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// The punctuation.* and numbers.* rules alone over the report (issue 25 asks at least 100 MB/s a
// core of them together on 100 pages); against readParagraphs, which reads the same text.
void checkPunctuationAndNumbers(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)));
    const reportkit::Document document = reportkit::documentFromText(text, "bench.txt");
    const reportkit::NumberingAnalysis numbering =
        reportkit::analyseNumbering(document, reportkit::detectScheme(document));
    const reportkit::CheckInput input{document, nullptr, numbering, nullptr};
    std::vector<const reportkit::Rule*> rules;
    for (const auto& rule : reportkit::allRules())
        if (rule->id().rfind("punctuation.", 0) == 0 || rule->id().rfind("numbers.", 0) == 0) rules.push_back(rule.get());
    for (auto _ : state) {
        std::vector<reportkit::Finding> findings;
        for (const reportkit::Rule* rule : rules) rule->check(input, findings);
        benchmark::DoNotOptimize(findings);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// One paragraph of `range(0)` kilobytes that is nothing but enumeration tokens out of order (a
// finding each) or a decimal number running on: twice the size must cost twice the time.
void checkOneLongParagraph(benchmark::State& state, const char* piece) {
    std::string text;
    while (text.size() < static_cast<std::size_t>(state.range(0)) * 1024) text += piece;
    const reportkit::Document document = reportkit::documentFromText(text, "long.txt");
    for (auto _ : state)
        benchmark::DoNotOptimize(reportkit::checkDocument(document, nullptr, reportkit::TemplateSource::none));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// The terms.* rules alone on a report: the term list matched once a paragraph, then each rule
// reads its occurrences; bytes a second per core, against readParagraphs (issue 25: 100 MB/s for
// the three new families together on a 100-page report).
void checkTerms(benchmark::State& state) {
    const std::string text = generateReport(static_cast<int>(state.range(0)));
    const reportkit::Document document = reportkit::documentFromText(text, "bench.txt");
    const reportkit::NumberingAnalysis numbering = analyseNumbering(document, reportkit::detectScheme(document));
    std::vector<std::unique_ptr<reportkit::Rule>> rules;
    rules.push_back(reportkit::makeTermsCanonicalRule());
    rules.push_back(reportkit::makeTermsEnumerationRule());
    rules.push_back(reportkit::makeTermsUsageRule());
    rules.push_back(reportkit::makeTermsForbiddenRule());
    const auto list = reportkit::activeTermList();
    for (auto _ : state) {
        const reportkit::TermAnalysis terms = reportkit::analyseTerms(document, list);
        const reportkit::CheckInput input{document, nullptr, numbering, nullptr, nullptr, &terms};
        std::vector<reportkit::Finding> findings;
        for (const auto& rule : rules) rule->check(input, findings);
        benchmark::DoNotOptimize(findings);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK_CAPTURE(checkOneLongParagraph, tokens, "其次，")->Arg(256)->Arg(512)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(checkOneLongParagraph, decimal, "1.")->Arg(1024)->Arg(2048)->Unit(benchmark::kMillisecond);
BENCHMARK(matchTopics)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(readParagraphs)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkPunctuationAndNumbers)->Arg(100)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkNumbering)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkCleanReport)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(chooseKind)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkDefaultFormat)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(reportJson)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(checkTerms)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
