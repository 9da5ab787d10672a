#pragma once
// What the report's renderers (render/*.cpp) share: one name for each way a template was chosen,
// the format rules counted as one, a ratio as the tables show it. The renderers themselves are
// declared in report.hpp, where the callers find them.
#include <string>
#include <string_view>

#include "../report.hpp"

namespace reportkit::render {

// "none", "recorded", "option", "detected": in the JSON and in the text report's message keys.
std::string_view sourceName(TemplateSource source);
// The template source with that name; none for another name.
TemplateSource sourceFromName(std::string_view name);

// The format rules are one column of the heatmap and one count of the CSV.
bool isFormatRule(std::string_view rule);
// A document's format problems not ignored.
int formatProblems(const DocumentReport& report);

// "3/4", or "" when nothing is required.
std::string ratio(int done, int all);

}  // namespace reportkit::render
