#pragma once
// What the terms.* rules share: walking one kind of term occurrence, paragraph by paragraph, and a
// finding placed on an occurrence that cites the entry's source. Each rule reads only the
// occurrences of one paragraph (CheckInput::terms), a pure function of its text.
#include <algorithm>

#include "rules.hpp"
#include "text_fix.hpp"

namespace reportkit {

// Calls each(paragraph, terms, occurrences) with the occurrences in a paragraph of entries of
// `kind` in role `role`, ordered by where they start, none overlapping an earlier one (the longer
// of two that start together is kept).
template <typename Each>
void forEachParagraphTerms(const CheckInput& input, TermKind kind, TermRole role, Each&& each) {
    if (!input.terms) return;
    const TermList& list = *input.terms->list;
    for (std::size_t paragraph = 0; paragraph < input.terms->paragraphs.size(); ++paragraph) {
        const ParagraphTerms& terms = input.terms->paragraphs[paragraph];
        std::vector<TermHit> hits;
        for (const TermHit& hit : terms.hits) {
            const TermKeyword& keyword = list.keywords()[hit.keyword];
            if (keyword.role == role && list.entries[keyword.entry].kind == kind) hits.push_back(hit);
        }
        if (hits.empty()) continue;
        std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        std::vector<TermHit> apart;
        for (const TermHit& hit : hits)
            if (role == TermRole::item || apart.empty() || hit.start >= apart.back().end) apart.push_back(hit);
        each(static_cast<int>(paragraph), terms, apart);
    }
}

// The entry an occurrence belongs to.
inline const TermEntry& entryOf(const CheckInput& input, const TermHit& hit) {
    const TermList& list = *input.terms->list;
    return list.entries[list.keywords()[hit.keyword].entry];
}

// The finding of `rule` on code points [start, end) of a paragraph: found is that text as written,
// and the message cites the entry's source ({source}).
inline Finding termFinding(Finding finding, const CheckInput& input, const ParagraphTerms& terms, std::size_t start,
                           std::size_t end, const TermEntry& entry) {
    const int from = terms.utf16At(start);
    finding.place = {from, terms.utf16At(end) - from};
    const std::string_view text = input.document.paragraphs[finding.paragraph].text;
    const std::vector<std::size_t> bytes =
        utf8::byteOffsets(text, {static_cast<std::size_t>(from), static_cast<std::size_t>(from + finding.place.length)});
    finding.found = std::string(text.substr(bytes[0], bytes[1] - bytes[0]));
    LocalisedText source;
    source.byLanguage = {{"zh-CN", entry.source}, {"en", entry.source}};
    finding.texts["source"] = std::move(source);
    return finding;
}

}  // namespace reportkit

namespace reportkit {

// A rule that finds the wrong forms of its kind's entries and fixes each to the entry's form:
// terms.canonical and terms.usage, told apart by their entries and message.
class TermWrongFormRule final : public Rule {
public:
    TermWrongFormRule(std::string_view id, TermKind kind, Severity severity) : id_(id), kind_(kind), severity_(severity) {}
    std::string_view id() const override { return id_; }
    // Reads only its paragraph's term occurrences and text: run on changed paragraphs only.
    Locality locality() const override { return Locality::paragraph; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        forEachParagraphTerms(input, kind_, TermRole::wrongForm,
                              [&](int paragraph, const ParagraphTerms& terms, const std::vector<TermHit>& hits) {
                                  for (const TermHit& hit : hits) {
                                      const TermEntry& entry = entryOf(input, hit);
                                      Finding wrong = termFinding(finding(paragraph, severity_, std::string(id_), "", entry.form),
                                                                  input, terms, hit.start, hit.end, entry);
                                      // A form with its own quotation marks, written alone in quotes
                                      // (“三个代表重要思想”), would be quoted twice: no fix.
                                      const bool quotedAlone = hit.start > 0 && terms.text[hit.start - 1] == U'“';
                                      if (!quotedAlone || entry.form.find("“") == std::string::npos)
                                          wrong.fix = replacePlace(wrong, entry.form);
                                      findings.push_back(std::move(wrong));
                                  }
                              });
    }

private:
    std::string_view id_;
    TermKind kind_;
    Severity severity_;
};

}  // namespace reportkit
