// terms.forbidden: a word on the office's "never write" list (forbidden entries of an office's or
// the writer's own terms.txt; the built-in list has none), with the office's reason; fixed only to
// the replacement the office gives, else told without a fix.
#include "terms_rule.hpp"

namespace reportkit {

namespace {

class TermsForbidden final : public Rule {
public:
    std::string_view id() const override { return "terms.forbidden"; }
    // Reads only its paragraph's term occurrences and text: run on changed paragraphs only.
    Locality locality() const override { return Locality::paragraph; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        forEachParagraphTerms(input, TermKind::forbidden, TermRole::forbidden,
                              [&](int paragraph, const ParagraphTerms& terms, const std::vector<TermHit>& hits) {
                                  for (const TermHit& hit : hits) {
                                      const TermEntry& entry = entryOf(input, hit);
                                      const std::string replacement = entry.variants.empty() ? "" : entry.variants.front();
                                      Finding wrong = termFinding(
                                          finding(paragraph, Severity::error,
                                                  replacement.empty() ? "terms.forbidden" : "terms.forbidden.replace", "",
                                                  replacement),
                                          input, terms, hit.start, hit.end, entry);
                                      if (!replacement.empty()) wrong.fix = replacePlace(wrong, replacement);
                                      findings.push_back(std::move(wrong));
                                  }
                              });
    }
};

}  // namespace

std::unique_ptr<Rule> makeTermsForbiddenRule() { return std::make_unique<TermsForbidden>(); }

}  // namespace reportkit
