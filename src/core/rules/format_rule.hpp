#pragma once
// What the format rules share: how a format is put in words, a finding that says what was found,
// what is expected and the clause, and the check of a role's fonts.
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

#include "../format_roles.hpp"
#include "rules.hpp"

namespace reportkit {

// A rule's findings of one paragraph each, where a problem found again in a later paragraph (the
// same message key, found and expected: `problem`) becomes a repeat of the first one's finding
// (Finding::repeats), its edit added to that one's fix. A document in another office's format has
// the same problem in nearly every paragraph: one finding each would bury the rest of the list,
// and making thousands of them would cost every keystroke.
class RepeatedProblems {
public:
    explicit RepeatedProblems(std::vector<Finding>& findings) : findings_(findings) {}

    // `make` makes the finding, without its fix, only when the problem is new here. Without an
    // edit (the paragraph's role is a guess) the occurrence belongs to a finding with no fix.
    template <typename Make>
    void add(int paragraph, std::string problem, std::optional<FormatEdit> edit, Make make) {
        if (!edit) problem += "\nno fix";
        const auto [at, added] = first_.try_emplace(std::move(problem), findings_.size());
        if (!added) {
            Finding& earlier = findings_[at->second];
            // Two parts of one paragraph are gone to each on its own.
            if ((earlier.repeats.empty() ? earlier.paragraph : earlier.repeats.back()) != paragraph) {
                earlier.repeats.push_back(paragraph);
                if (earlier.fix) earlier.fix->format.push_back(std::move(*edit));
                return;
            }
        }
        Finding finding = make();
        if (edit) finding.fix = Fix{{}, {}, {std::move(*edit)}};
        findings_.push_back(std::move(finding));
    }

private:
    std::vector<Finding>& findings_;
    std::unordered_map<std::string, std::size_t> first_;  // a problem → its first finding
};

class FormatRule : public Rule {
protected:
    static bool near(double value, double expected, double tolerance) {
        return value >= expected - tolerance && value <= expected + tolerance;
    }

    // A number as findings show it: at most one decimal.
    static std::string number(double value);

    // A warning at the place with what was found and what is expected as plain values ("宋体 12 pt").
    Finding formatFinding(int paragraph, TextSpan place, std::string messageKey, std::string found,
                          std::string expected) const;

    // Message arguments `<name>_font`, `<name>_points` and `<name>_size` (the 字号, such as 三号,
    // in Chinese messages only) for a font.
    static void addFontArguments(Finding& finding, const std::string& name, const std::string& family, double points);

    // One finding for each part of a paragraph whose role `applies` to and whose characters are
    // not all in the role's font (family, size, and bold where the profile asks for it), fixed by
    // giving the whole part that font; its message key is `messageKey(role)`.
    void checkRoleFonts(const CheckInput& input, const std::function<bool(TextRole)>& applies,
                        const std::function<std::string(TextRole)>& messageKey, std::vector<Finding>& findings) const;

    // The first paragraph set on each of the document's page styles (-1 for one no paragraph is
    // on): where a page's finding takes the writer.
    static std::vector<int> firstParagraphOfPages(const Document& document);

    // The fix giving a page style the profile's parts (FormatEdit::PagePart), and the same to the
    // other styles of its section: a first page style and its follow that Word holds as one section
    // (one page geometry) stay one, or a .docx saved after the fix is split there, mid-paragraph.
    // None when a page number would replace a footer with more than the number in one of them.
    static std::optional<Fix> pageFix(const Document& document, const FormatProfile& profile, std::size_t page,
                                      unsigned parts);
};

}  // namespace reportkit
