#pragma once
// Documents for the format rules' tests: a report's text set as the GB/T 9704 profile asks —
// what a skeleton of ReportKit makes — for each test to make one thing wrong.
#include "document.hpp"
#include "format_profile.hpp"

namespace reportkit::test {

// The fixture "rules/format/report.txt" (title, preamble, four levels of headings, run-in
// headings, a closing signature and date) with every paragraph, its characters and its page in
// the profile's format: fonts by role, two characters' indent, the page with its footer.
Document formattedReport(const FormatProfile& profile = *baseProfile("gbt9704"));

// The report set on two page styles as a Word file with a different first page has them: "First
// Page" for its first five paragraphs, followed by "Standard" for the rest, both of one geometry.
void setOnAFirstPageAndItsFollow(Document& document);

// The paragraph whose text starts with `opening`; -1 when none does.
int paragraphStarting(const Document& document, const std::string& opening);

}  // namespace reportkit::test
