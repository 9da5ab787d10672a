#pragma once
// Which kind of report a document is, from its title and its headings together, and why.
#include <string>
#include <vector>

#include "document.hpp"
#include "report_template.hpp"
#include "structure.hpp"

namespace reportkit {

struct KindEvidence {
    std::string title;                  // the title lines, joined, as written
    std::vector<std::string> headings;  // the chosen kind's section headings found, as written
    std::vector<std::string> likely;    // with no kind chosen: the ids of those the evidence points to
};

struct KindRecognition {
    const Template* kind = nullptr;  // null when the evidence is too weak to choose one
    KindEvidence evidence;
};

// A title that names one kind (its <recognise><title> key words, the longest match winning) is that
// kind unless its headings are none of that kind's and another kind's; a title that names several
// is the one whose sections are found most. Without a title naming a kind, the kind most of whose
// required sections have headings (more than half, and three or all of them), unless the title
// names a kind of document that is not built in (…通知, …意见). Never a guess: when the evidence
// is weak, no kind, and the likely ones.
KindRecognition recogniseKind(const TemplateSet& templates, const Document& document, const Outline& outline);

}  // namespace reportkit
