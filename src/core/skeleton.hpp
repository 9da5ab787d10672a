#pragma once
// The empty report a template describes: title, fixed lines, numbered headings and prompts, as
// plain paragraphs that the Writer adapter turns into styled text and placeholder fields.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "format_profile.hpp"
#include "messages.hpp"
#include "report_template.hpp"

namespace reportkit {

struct SkeletonParagraph {
    TextRole role = TextRole::body;
    int outlineLevel = 0;       // 1..4 for a heading (the Navigator lists it); 0 for the rest
    std::string text;           // the fixed text, e.g. "一、履职情况" or "（一）强化理论武装。"; may be empty
    std::string prompt;         // a placeholder after the text, which typing replaces; may be empty
    FrameParagraph::Align align = FrameParagraph::Align::left;
    bool runIn = false;         // `text` is a run-in heading: the paragraph is body text after it
};

struct Date {
    int year = 0, month = 0, day = 0;
};

// The variables' values: those given, else the defaults (year and date from `today`). Problems are
// message keys with the variable's id: an unknown name, a required variable without a value.
struct VariableValues {
    std::map<std::string, std::string> values;
    std::vector<std::pair<std::string, std::string>> problems;  // (message key, variable id)
};
VariableValues resolveVariables(const Template& reportTemplate, const std::map<std::string, std::string>& given,
                                Date today);

// Replaces each {id} in the text by its value.
std::string substitute(std::string_view text, const std::map<std::string, std::string>& values);

// A title wider than a line (`charactersPerLine` full-width characters; Latin ones count half)
// broken into two or three lines joined by "\n", where no word is cut — around 关于, after 的,
// before the kind (述职报告, 请示 …) or at `boundaries`, byte offsets where a filled-in value begins
// or ends — and the lines come out as even as can be (GB/T 9704 7.3.1: 词意完整, 梯形或菱形).
// Unchanged when it fits or no such place gives lines that fit.
std::string breakTitle(std::string_view title, const std::vector<std::size_t>& boundaries, double charactersPerLine);

// The language a report of this kind is written in, for its skeleton's prompts: "zh-CN" when its
// headings are Chinese, else "en" — whatever the language of the interface that inserts it.
std::string reportLanguage(const Template& reportTemplate);

// The skeleton's paragraphs in order; prompts in the locale's language.
std::vector<SkeletonParagraph> buildSkeleton(const Template& reportTemplate,
                                             const std::map<std::string, std::string>& values, std::string_view locale);

// The profile's font families of which no name is installed, each as its chain of names, in the
// order of the roles that use them, each once: the skeleton's styles name them all the same.
std::vector<std::vector<std::string>> missingFamilies(const FormatProfile& profile, const std::set<std::string>& installed);

// What to tell a writer whose computer lacks `missing`: every family by its name and two others it
// is installed under, and what that means for the document. Empty when nothing is missing.
std::string missingFontsMessage(const std::vector<std::vector<std::string>>& missing, const MessageCatalog& messages);

}  // namespace reportkit
