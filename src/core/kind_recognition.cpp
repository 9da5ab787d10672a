#include "kind_recognition.hpp"

#include <algorithm>
#include <string_view>

#include "keyword_matcher.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace {

// Kinds of document offices write that no built-in template describes: a title naming one of them
// is not taken for a report kind because some of its headings look like one.
constexpr std::u32string_view kOtherKinds[] = {U"通知", U"通报", U"意见", U"办法", U"规定", U"决定", U"批复", U"讲话",
                                               U"细则", U"章程", U"公告", U"倡议书", U"简报", U"预案", U"规划", U"函"};

constexpr std::size_t kHeadingCharacters = 30;  // of a heading, as evidence

struct Candidate {
    const Template* kind;
    std::size_t titleScore = 0;  // characters of the title its key words match
    int required = 0;
    int present = 0;             // of the required sections
    std::vector<SectionMatch> sections;
};

bool headingsSuffice(const Candidate& c) {
    return (c.present >= 3 || (c.present >= 2 && c.present == c.required)) && c.present * 2 > c.required;
}

std::string titleOf(const Document& document, const Outline& outline) {
    std::string title;
    for (const int paragraph : outline.title) title += document.paragraphs[paragraph].text;
    return title;
}

std::vector<std::string> headingsOf(const std::vector<SectionMatch>& sections, const Document& document) {
    std::vector<int> paragraphs;
    for (const SectionMatch& section : sections)
        if (section.present) paragraphs.push_back(section.paragraph);
    std::sort(paragraphs.begin(), paragraphs.end());
    std::vector<std::string> headings;
    for (const int paragraph : paragraphs) headings.push_back(utf8::prefix(document.paragraphs[paragraph].text, kHeadingCharacters));
    return headings;
}

}  // namespace

KindRecognition recogniseKind(const TemplateSet& templates, const Document& document, const Outline& outline) {
    const int paragraphCount = static_cast<int>(document.paragraphs.size());
    std::vector<Candidate> candidates;
    for (const Template& kind : templates.templates) {
        Candidate candidate{&kind, 0, 0, 0, {}};
        for (const KeyWords& words : kind.titleWords)
            candidate.titleScore = std::max(candidate.titleScore, keyWordsMatch(words, outline.titleText));
        candidate.sections = matchSections(outline.headings, paragraphCount, kind);
        for (const SectionMatch& section : candidate.sections) {
            candidate.required += section.spec->required ? 1 : 0;
            candidate.present += section.spec->required && section.present ? 1 : 0;
        }
        candidates.push_back(std::move(candidate));
    }
    // Most title first, then most sections found, then fewest left unfound.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.titleScore != b.titleScore) return a.titleScore > b.titleScore;
        if (a.present != b.present) return a.present > b.present;
        return a.required < b.required;
    });

    KindRecognition result;
    result.evidence.title = titleOf(document, outline);
    const auto choose = [&](const Candidate& chosen) {
        result.kind = chosen.kind;
        result.evidence.headings = headingsOf(chosen.sections, document);
        return result;
    };
    const auto likely = [&](const std::vector<const Candidate*>& list) {
        for (const Candidate* candidate : list) result.evidence.likely.push_back(candidate->kind->id);
        return result;
    };
    const auto byHeadings = [&](const Candidate* except) {
        const Candidate* best = nullptr;
        for (const Candidate& c : candidates)
            if (&c != except && headingsSuffice(c) &&
                (!best || c.present > best->present || (c.present == best->present && c.required < best->required)))
                best = &c;
        return best;
    };

    if (!candidates.empty() && candidates[0].titleScore > 0) {
        const Candidate& first = candidates[0];
        const bool tied = candidates.size() > 1 && candidates[1].titleScore == first.titleScore;
        if (tied && candidates[1].present == first.present) return likely({&first, &candidates[1]});
        // The headings speak for another kind and not at all for the one the title names.
        if (const Candidate* other = byHeadings(&first); other && first.present == 0) return likely({&first, other});
        return choose(first);
    }
    const bool namesOtherKind = std::any_of(std::begin(kOtherKinds), std::end(kOtherKinds), [&](std::u32string_view word) {
        return outline.titleText.find(word) != std::u32string::npos;
    });
    // Two kinds whose sections the headings fit alike: which one is a guess.
    const Candidate* best = byHeadings(nullptr);
    const bool alike = best && std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return &c != best && c.present == best->present && c.required == best->required;
    });
    if (best && !namesOtherKind && !alike) return choose(*best);
    std::vector<const Candidate*> partial;
    for (const Candidate& c : candidates)
        if (c.present >= 2) partial.push_back(&c);
    std::stable_sort(partial.begin(), partial.end(), [](const Candidate* a, const Candidate* b) { return a->present > b->present; });
    if (partial.size() > 3) partial.resize(3);
    return likely(partial);
}

}  // namespace reportkit
