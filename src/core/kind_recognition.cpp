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
    WordsMatch title;       // of the title (under a cover notice, the issued document's)
    std::size_t lines = 0;  // characters the first lines match: the opening, the closing formula, a heading of its own
    int required = 0;
    int present = 0;        // of the required sections
    std::vector<SectionMatch> sections;

    int unfound() const { return required - present; }
};

bool headingsSuffice(const Candidate& c) {
    return (c.present >= 3 || (c.present >= 2 && c.present == c.required)) && c.present * 2 > c.required;
}

// A title names its kind in its last words, together: of two kinds whose words match as many of
// its characters, the one whose words lie closer (…情况调研报告 is a 调研报告, not a 情况报告).
bool betterTitle(const WordsMatch& a, const WordsMatch& b) {
    if (a.characters != b.characters) return a.characters > b.characters;
    return a.span < b.span;
}
bool titleBefore(const Candidate& a, const Candidate& b) { return betterTitle(a.title, b.title); }
bool sameTitle(const Candidate& a, const Candidate& b) {
    return a.title.characters == b.title.characters && a.title.span == b.title.span;
}

// Of two kinds the other evidence names alike, the one whose sections the headings fit better.
bool fitsBetter(const Candidate& a, const Candidate& b) {
    if (a.present != b.present) return a.present > b.present;
    return a.unfound() < b.unfound();
}
bool fitsAlike(const Candidate& a, const Candidate& b) { return a.present == b.present && a.unfound() == b.unfound(); }

std::size_t bestMatch(const std::vector<KeyWords>& words, const std::vector<std::u32string>& lines) {
    std::size_t best = 0;
    for (const KeyWords& each : words)
        for (const std::u32string& line : lines) best = std::max(best, keyWordsMatch(each, line).characters);
    return best;
}

// Of the first headings: a heading that names the kind (一、上半年工作完成情况) comes early.
std::size_t bestHeadingMatch(const std::vector<KeyWords>& words, const std::vector<Heading>& headings) {
    constexpr std::size_t kFirstHeadings = 8;
    std::size_t best = 0, read = 0;
    for (const Heading& heading : headings) {
        if (heading.inBody) continue;
        if (++read > kFirstHeadings) break;
        for (const KeyWords& each : words) best = std::max(best, keyWordsMatch(each, heading.text).characters);
    }
    return best;
}

// How much the document's first lines name a kind: its opening (…工作总结如下：, 会议时间：), its
// closing formula when it has an addressee (市政府： … 妥否，请批示), an early heading only that kind has.
std::size_t linesMatch(const Template& kind, const Outline& outline) {
    return bestMatch(kind.openingWords, outline.firstLines) +
           (outline.addressed ? bestMatch(kind.closingWords, outline.closingLines) : 0) +
           bestHeadingMatch(kind.headingWords, outline.headings);
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
    // Under a cover notice (关于印发《X》的通知), the report is the document it issues.
    const std::u32string& title = outline.issuedTitle.empty() ? outline.titleText : outline.issuedTitle;
    std::vector<Candidate> candidates;
    for (const Template& kind : templates.templates) {
        Candidate candidate{&kind, {}, linesMatch(kind, outline), 0, 0, {}};
        for (const KeyWords& words : kind.titleWords) {
            const WordsMatch match = keyWordsMatch(words, title);
            if (match.characters && (!candidate.title.characters || betterTitle(match, candidate.title)))
                candidate.title = match;
        }
        candidate.sections = matchSections(outline.headings, paragraphCount, kind);
        for (const SectionMatch& section : candidate.sections) {
            candidate.required += section.spec->required ? 1 : 0;
            candidate.present += section.spec->required && section.present ? 1 : 0;
        }
        candidates.push_back(std::move(candidate));
    }
    // Most title first, then the best fit of the headings.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (!sameTitle(a, b)) return titleBefore(a, b);
        return fitsBetter(a, b);
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
            if (&c != except && headingsSuffice(c) && (!best || fitsBetter(c, *best))) best = &c;
        return best;
    };

    if (!candidates.empty() && candidates[0].title.characters > 0) {
        const Candidate& first = candidates[0];
        // Two kinds the title names alike (…工作方案), whose sections the headings fit alike: a guess.
        if (candidates.size() > 1 && sameTitle(candidates[1], first) && fitsAlike(candidates[1], first))
            return likely({&first, &candidates[1]});
        // The headings speak for another kind and not at all for the one the title names.
        if (const Candidate* other = byHeadings(&first); other && first.present == 0) return likely({&first, other});
        return choose(first);
    }
    const bool namesOtherKind = std::any_of(std::begin(kOtherKinds), std::end(kOtherKinds), [&](std::u32string_view word) {
        return title.find(word) != std::u32string::npos;
    });

    // Without a title naming a kind, the first lines may: the kind they name most, unless the
    // headings fit another one and not it.
    std::vector<const Candidate*> named;
    for (const Candidate& c : candidates)
        if (c.lines > 0) named.push_back(&c);
    std::stable_sort(named.begin(), named.end(), [](const Candidate* a, const Candidate* b) {
        return a->lines != b->lines ? a->lines > b->lines : fitsBetter(*a, *b);
    });
    if (!named.empty() && !namesOtherKind) {
        const Candidate& first = *named.front();
        if (named.size() > 1 && named[1]->lines == first.lines && fitsAlike(*named[1], first)) return likely({&first, named[1]});
        if (const Candidate* other = byHeadings(&first); other && !headingsSuffice(first)) return likely({&first, other});
        return choose(first);
    }

    // Two kinds whose sections the headings fit alike: which one is a guess.
    const Candidate* best = byHeadings(nullptr);
    const bool alike = best && std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return &c != best && fitsAlike(c, *best);
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
