// terms.enumeration: a fixed enumeration of the term list (四个意识, 四个自信, 五位一体, …) listed with
// one item missing — "坚定道路自信、理论自信、制度自信，…" lacks 文化自信 — told with the missing item
// and the source, without a fix (the writer may have meant another listing). Only a listing of the
// enumeration's own items joined by 、，和 与 及 counts, with all but one of at least three there;
// one that runs on into other words (政治意识、大局意识和责任意识) or ends in 等 is the writer's own.
#include "terms_rule.hpp"

namespace reportkit {

namespace {

bool joins(char32_t cp) {
    switch (cp) {
        case U'、': case U',': case U'和': case U'与': case U'及': case U'以': case U' ':
            return true;
        default:
            return false;
    }
}

// Whether the listing [start, end) stands alone: no joining word or 等 right before or after it.
bool standsAlone(const std::u32string& text, std::size_t start, std::size_t end) {
    if (start > 0 && joins(text[start - 1]) && text[start - 1] != U',' && text[start - 1] != U' ') return false;
    return end >= text.size() || (!joins(text[end]) && text[end] != U'等') || text[end] == U',' || text[end] == U' ';
}

class TermsEnumeration final : public Rule {
public:
    std::string_view id() const override { return "terms.enumeration"; }
    // Reads only its paragraph's term occurrences and text: run on changed paragraphs only.
    Locality locality() const override { return Locality::paragraph; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.terms) return;
        const TermList& list = *input.terms->list;
        forEachParagraphTerms(input, TermKind::enumeration, TermRole::item,
                              [&](int paragraph, const ParagraphTerms& terms, const std::vector<TermHit>& hits) {
                                  for (std::size_t first = 0; first < hits.size();) {
                                      std::size_t last = first;
                                      const std::size_t entry = list.keywords()[hits[first].keyword].entry;
                                      while (last + 1 < hits.size() && list.keywords()[hits[last + 1].keyword].entry == entry &&
                                             joinedOnly(terms.text, hits[last].end, hits[last + 1].start))
                                          ++last;
                                      report(input, list.entries[entry], paragraph, terms, hits, first, last, findings);
                                      first = last + 1;
                                  }
                              });
    }

private:
    static bool joinedOnly(const std::u32string& text, std::size_t from, std::size_t to) {
        if (to < from || to - from > 2) return false;
        for (std::size_t i = from; i < to; ++i)
            if (!joins(text[i])) return false;
        return true;
    }

    void report(const CheckInput& input, const TermEntry& entry, int paragraph, const ParagraphTerms& terms,
                const std::vector<TermHit>& hits, std::size_t first, std::size_t last, std::vector<Finding>& findings) const {
        const std::size_t items = entry.variants.size();
        std::vector<bool> listed(items);
        for (std::size_t i = first; i <= last; ++i) listed[input.terms->list->keywords()[hits[i].keyword].item] = true;
        const auto missing = std::find(listed.begin(), listed.end(), false);
        if (items < 3 || missing == listed.end() || std::count(listed.begin(), listed.end(), false) != 1) return;
        if (!standsAlone(terms.text, hits[first].start, hits[last].end)) return;
        const std::string& absent = entry.variants[static_cast<std::size_t>(missing - listed.begin())];
        Finding incomplete = termFinding(finding(paragraph, Severity::warning, "terms.enumeration", "", absent), input,
                                         terms, hits[first].start, hits[last].end, entry);
        LocalisedText name;
        name.byLanguage = {{"zh-CN", entry.form}, {"en", entry.form}};
        incomplete.texts["name"] = std::move(name);
        findings.push_back(std::move(incomplete));
    }
};

}  // namespace

std::unique_ptr<Rule> makeTermsEnumerationRule() { return std::make_unique<TermsEnumeration>(); }

}  // namespace reportkit
