#pragma once
// A check kept up to date as paragraphs change, for the live check: the same report as a whole
// check of the same document, where the rules local to a paragraph (Rule::locality) run only on the
// paragraphs whose inputs changed since the last check. A paragraph's findings are remembered by
// what the rule reads of it (its text and format, its marker and roles, the document-wide settings
// of those analyses), not by its index, so that paragraphs inserted, deleted, split or joined
// above it cost nothing.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "report.hpp"

namespace reportkit {

class IncrementalCheck {
public:
    IncrementalCheck();
    ~IncrementalCheck();
    IncrementalCheck(IncrementalCheck&&) noexcept;
    IncrementalCheck& operator=(IncrementalCheck&&) noexcept;

    // checkDocument's report of `document`, computed again only where it changed.
    DocumentReport check(const Document& document, const Template* reportTemplate, TemplateSource source,
                         const std::vector<std::string>& disabledRules = {},
                         const std::vector<std::unique_ptr<Rule>>& rules = allRules());

    // Forgets every remembered finding: after templates or settings are loaded again, an equal
    // address may hold another template.
    void reset();

    // How many times the last check ran a local rule on one paragraph (what an edit cost it).
    std::size_t paragraphRuns() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace reportkit
