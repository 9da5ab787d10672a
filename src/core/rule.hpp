#pragma once
// A rule reads the document model and appends findings. Rules are listed in rules/registry.cpp.
#include <memory>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "format_roles.hpp"
#include "numbering.hpp"
#include "structure.hpp"
#include "terms.hpp"

namespace reportkit {

struct Template;

struct CheckInput {
    const Document& document;
    const Template* reportTemplate;        // null when no template applies
    const NumberingAnalysis& numbering;    // the document's markers, found once for every rule
    const StructureAnalysis* structure;    // sections and topics; null when no template applies
    const FormatAnalysis* format = nullptr;  // roles and profile; null for a document without format (text)
    const TermAnalysis* terms = nullptr;     // each paragraph's term occurrences; null when no terms.* rule runs
};

// What a rule's findings at a paragraph depend on: what a live check must run again after an edit.
enum class Locality {
    // Anything in the document (the default): the rule runs on the whole document.
    document,
    // The paragraph alone, with its own entries in the shared analyses (its marker and heading end,
    // its roles, whether it is part of the title) and their document-wide settings (the numbering
    // scheme and house style, the format profile, the template); never another paragraph or a page
    // style. Each finding is at that paragraph, and so are its fix's edits. Such a rule is run on
    // the paragraphs whose inputs changed only, one at a time.
    paragraph,
    // As `paragraph`, where a problem found again in later paragraphs is folded into the first
    // one's finding as its repeats (RepeatedProblems: the same message key, found and expected).
    // Run one paragraph at a time, then folded again over the document in one pass.
    paragraphFolded,
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual void check(const CheckInput& input, std::vector<Finding>& findings) const = 0;
    // A rule reading more than its paragraph must not say it is local: an edit elsewhere would
    // leave its findings stale.
    virtual Locality locality() const { return Locality::document; }

protected:
    // A finding of this rule at a paragraph, with its message key and found/expected values.
    Finding finding(int paragraph, Severity severity, std::string messageKey, std::string found,
                    std::string expected) const {
        Finding result;
        result.rule = std::string(id());
        result.severity = severity;
        result.paragraph = paragraph;
        result.messageKey = std::move(messageKey);
        result.found = std::move(found);
        result.expected = std::move(expected);
        return result;
    }

    // A finding about a numbered paragraph's marker, placed on its characters when it is typed
    // (an automatic label is not part of the text: the whole paragraph then).
    Finding markerFinding(const CheckInput& input, const NumberedParagraph& numbered, Severity severity,
                          std::string messageKey, std::string expected) const {
        Finding result = finding(numbered.paragraph, severity, std::move(messageKey), numbered.marker.text,
                                 std::move(expected));
        if (!numbered.automatic) result.place = markerSpan(input.document.paragraphs[numbered.paragraph], numbered.marker);
        return result;
    }
};

// Every rule the engine runs, in a stable order.
const std::vector<std::unique_ptr<Rule>>& allRules();

// The rules whose findings on a paragraph depend on its own text alone (a marker's form, a
// heading's last character): what can be marked in the text as it is typed, one paragraph at a time.
const std::vector<std::unique_ptr<Rule>>& paragraphRules();

}  // namespace reportkit
