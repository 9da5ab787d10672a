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

// A title that names one kind (its <recognise><title> key words, the most characters, then the
// closest together, winning) is that kind unless its headings are none of that kind's and another
// kind's; a title that names several alike is the one whose sections the headings fit best. Under a
// cover notice (关于印发《X》的通知) the title is X's. Without a title naming a kind, the first lines
// may: the opening (…工作总结如下：), the closing formula under an addressee (妥否，请批示), a
// heading only one kind has (上半年工作完成情况) — unless the headings fit another kind and not it. Else
// the kind most of whose required sections have headings (more than half, and three or all of
// them), unless the title names a kind of document that is not built in (…通知, …意见). Never a
// guess: when the evidence is weak, no kind, and the likely ones.
KindRecognition recogniseKind(const TemplateSet& templates, const Document& document, const Outline& outline);

}  // namespace reportkit
