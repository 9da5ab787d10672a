#include "render.hpp"

#include <algorithm>
#include <array>

namespace reportkit::render {

namespace {

constexpr std::array<std::string_view, 4> kSourceNames = {"none", "recorded", "option", "detected"};

}  // namespace

std::string_view sourceName(TemplateSource source) { return kSourceNames[static_cast<int>(source)]; }

TemplateSource sourceFromName(std::string_view name) {
    for (std::size_t i = 0; i < kSourceNames.size(); ++i)
        if (kSourceNames[i] == name) return static_cast<TemplateSource>(i);
    return TemplateSource::none;
}

bool isFormatRule(std::string_view rule) { return rule.substr(0, 7) == "format."; }

int formatProblems(const DocumentReport& report) {
    return static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                          [](const Finding& f) { return !f.ignored && isFormatRule(f.rule); }));
}

std::string ratio(int done, int all) { return all == 0 ? std::string() : std::to_string(done) + "/" + std::to_string(all); }

}  // namespace reportkit::render
