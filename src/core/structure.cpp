#include "structure.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "keyword_matcher.hpp"

namespace reportkit {

namespace {

bool isSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\r'; }

std::u32string trimmed(const std::u32string& text) {
    std::size_t from = 0, to = text.size();
    while (from < to && isSpace(text[from])) ++from;
    while (to > from && isSpace(text[to - 1])) --to;
    return text.substr(from, to - from);
}

// The bytes of UTF-8 text without the spaces trimmed() takes from its ends (an ideographic space
// is folded to a space).
std::size_t trimmedBytes(std::string_view text) {
    constexpr std::string_view kIdeographicSpace = "\u3000";
    const auto isSpaceByte = [](char byte) { return byte == ' ' || byte == '\t' || byte == '\r'; };
    while (!text.empty()) {
        if (isSpaceByte(text.front())) text.remove_prefix(1);
        else if (text.substr(0, kIdeographicSpace.size()) == kIdeographicSpace) text.remove_prefix(kIdeographicSpace.size());
        else if (isSpaceByte(text.back())) text.remove_suffix(1);
        else if (text.size() >= kIdeographicSpace.size() &&
                 text.substr(text.size() - kIdeographicSpace.size()) == kIdeographicSpace)
            text.remove_suffix(kIdeographicSpace.size());
        else break;
    }
    return text.size();
}

// Punctuation that ends a sentence or a clause (folded: full-width forms are half-width here).
bool isClausePunctuation(char32_t cp) {
    return std::u32string_view(U"。，,；;：:、！!？?").find(cp) != std::u32string_view::npos;
}

constexpr std::size_t kTitleCharacters = 50;    // a title line is shorter
constexpr std::size_t kTitleLines = 4;          // title, second line or subtitle, author, date
constexpr std::size_t kOpeningCharacters = 40;  // 会议议定了如下事项： and the like
constexpr std::size_t kBareHeadingCharacters = 12;

// The formula that closes a report's preamble (现将有关情况报告如下：) introduces the whole body,
// not one section.
bool closesPreamble(const std::u32string& line) {
    return line.find(U"现将") != std::u32string::npos || line.find(U"现就") != std::u32string::npos;
}

bool readsAsTitle(const std::u32string& line) {
    return !line.empty() && line.size() <= kTitleCharacters && !isClausePunctuation(line.back());
}

constexpr std::size_t kFirstLines = 8;            // enough for a cover notice, an addressee and a preamble
constexpr std::size_t kAddresseeLines = 3;        // the addressee is among the first, under the title
constexpr std::size_t kClosingLines = 2;          // the closing formula and the sentence before it
constexpr std::size_t kAddresseeCharacters = 100;  // a list of bodies: 各乡镇人民政府，县直各单位，…：

// A line to the 主送机关: it ends in a colon and is no sentence, nor the preamble's 现将……如下：.
bool readsAsAddressee(const std::u32string& line) {
    return !line.empty() && line.size() <= kAddresseeCharacters && line.back() == U':' &&
           line.find(U'。') == std::u32string::npos && line.find(U"如下") == std::u32string::npos;
}

// The document a line issues: X in 关于印发《X》的通知 or 现将《X》印发给你们 (《X》已经…同意，现印发你们);
// empty when the line issues none. A 《》 that only cites a document (贯彻落实《…》精神) is no issue.
std::u32string issuedIn(const std::u32string& line) {
    constexpr std::u32string_view kIssue[] = {U"印发", U"转发"};
    const auto issues = [&](std::u32string_view text) {
        return std::any_of(std::begin(kIssue), std::end(kIssue),
                           [&](std::u32string_view word) { return text.find(word) != std::u32string_view::npos; });
    };
    const std::u32string_view text(line);
    for (std::size_t open = text.find(U'《'); open != std::u32string_view::npos; open = text.find(U'《', open + 1)) {
        const std::size_t close = text.find(U'》', open);
        if (close == std::u32string_view::npos) break;
        const std::u32string_view before = text.substr(0, open);
        // After it, up to the next document named or the sentence's end.
        const std::u32string_view after = text.substr(close + 1, text.find_first_of(U"《。", close + 1) - close - 1);
        if ((before.size() >= 2 && issues(before.substr(before.size() - 2))) || issues(after))
            return line.substr(open + 1, close - open - 1);
    }
    return {};
}

// Whether a heading's text opens with the word, spaces before it aside (二、 加强…).
bool opensWith(const std::u32string& text, const std::u32string& word) {
    std::size_t from = 0;
    while (from < text.size() && isSpace(text[from])) ++from;
    return text.compare(from, word.size(), word) == 0;
}

bool endsSentence(const std::u32string& line) {
    return !line.empty() && std::u32string_view(U"。!?！？").find(line.back()) != std::u32string_view::npos;
}

}  // namespace

Outline findOutline(const Document& document, const NumberingAnalysis& numbering) {
    Outline outline;
    std::size_t next = 0;
    bool titleOpen = true;  // still reading the lines above the first heading that read as a title
    bool firstOpen = true;  // still above the first numbered or outline heading
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        const int at = static_cast<int>(index);
        while (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph < at) ++next;
        if (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph == at &&
            numbering.paragraphs[next].marker.level > 0) {
            const NumberedParagraph& numbered = numbering.paragraphs[next];
            // An automatic label is not in the text: the heading is the text itself.
            outline.headings.push_back({numbered.paragraph, numbered.marker.level,
                                        foldText(headingSentence(paragraph.text, numbered.automatic ? Marker{} : numbered.marker))});
            titleOpen = firstOpen = false;
            continue;
        }
        if (paragraph.outlineLevel > 0) {
            outline.headings.push_back({at, paragraph.outlineLevel, foldText(paragraph.text)});
            titleOpen = firstOpen = false;
            continue;
        }
        // Below the title and the first lines, a paragraph of more characters than a heading has
        // is read no further (a character is four bytes at most).
        if (!titleOpen && !(firstOpen && outline.firstLines.size() < kFirstLines) &&
            trimmedBytes(paragraph.text) > 4 * kOpeningCharacters)
            continue;
        const std::u32string line = trimmed(foldText(paragraph.text));
        if (line.empty()) continue;
        if (firstOpen && outline.firstLines.size() < kFirstLines) {
            if (outline.firstLines.size() < kAddresseeLines && readsAsAddressee(line)) outline.addressed = true;
            if (outline.issuedTitle.empty()) outline.issuedTitle = issuedIn(line);
            outline.firstLines.push_back(line);
        }
        const bool bare = line.size() <= kBareHeadingCharacters && std::none_of(line.begin(), line.end(), isClausePunctuation);
        if (titleOpen && outline.title.size() < kTitleLines && readsAsTitle(line)) {
            // A short line under the title may be a byline, or a heading such as 前言: it heads a
            // section only if it names one.
            if (!outline.title.empty() && bare) outline.headings.push_back({at, 0, line, true});
            outline.title.push_back(at);
            outline.titleText += line;
            continue;
        }
        titleOpen = false;
        if (line.size() <= kOpeningCharacters && line.back() == U':' && !closesPreamble(line))
            outline.headings.push_back({at, 0, line.substr(0, line.size() - 1), true});
        else if (bare)
            outline.headings.push_back({at, 0, line, true});
    }
    for (auto paragraph = document.paragraphs.rbegin();
         paragraph != document.paragraphs.rend() && outline.closingLines.size() < kClosingLines; ++paragraph) {
        std::u32string line = trimmed(foldText(paragraph->text));
        if (endsSentence(line)) outline.closingLines.push_back(std::move(line));
    }
    return outline;
}

namespace {

// How groups of key words match in their order, each group by its alternative that comes first (the
// longer at the same place): `find(word, from)` is where a word first begins at or after `from`
// (npos: nowhere), `length(word)` its length. Nothing when a group does not match.
template <typename Word, typename Find, typename Length>
WordsMatch matchInOrder(const std::vector<std::vector<Word>>& groups, Find find, Length length) {
    std::size_t from = 0, matched = 0, start = std::u32string::npos;
    for (const std::vector<Word>& group : groups) {
        std::size_t best = std::u32string::npos, bestLength = 0;
        for (const Word& word : group) {
            const std::size_t found = find(word, from);
            if (found != std::u32string::npos && (found < best || (found == best && length(word) > bestLength))) {
                best = found;
                bestLength = length(word);
            }
        }
        if (best == std::u32string::npos) return {};
        start = std::min(start, best);
        matched += bestLength;
        from = best + bestLength;
    }
    return matched ? WordsMatch{matched, from - start} : WordsMatch{};
}

// Every name and key word of a template's sections in one automaton, so that each heading is read
// once for all of them, however many sections and words the template has.
class SectionWords {
public:
    explicit SectionWords(const Template& reportTemplate) {
        for (const SectionSpec& spec : reportTemplate.sections) {
            Spec& words = specs_.emplace_back();
            words.names.push_back(add(foldText(spec.heading)));
            for (const std::string& alias : spec.aliases) words.names.push_back(add(foldText(alias)));
            for (const KeyWords& keyWords : spec.keyWords) {
                std::vector<std::vector<std::size_t>>& groups = words.keyWords.emplace_back();
                for (const std::vector<std::u32string>& group : keyWords.inOrder) {
                    std::vector<std::size_t>& ids = groups.emplace_back();
                    for (const std::u32string& word : group) ids.push_back(add(word));
                }
            }
        }
        matcher_.build();
    }

    // Where the words occur in a heading, false for nowhere: from then on, how much of it names a
    // section (its longest name or alias found) and how much its key words match.
    bool read(const std::u32string& heading) {
        occurrences_.clear();
        matcher_.scanWithEnds(heading, [&](std::size_t word, std::size_t end) {
            occurrences_.push_back({end - lengths_[word], word});
        });
        return !occurrences_.empty();
    }
    std::size_t named(std::size_t section) const {
        std::size_t longest = 0;
        for (const Occurrence& occurrence : occurrences_)
            if (std::find(specs_[section].names.begin(), specs_[section].names.end(), occurrence.word) !=
                specs_[section].names.end())
                longest = std::max(longest, lengths_[occurrence.word]);
        return longest;
    }
    std::size_t keyed(std::size_t section) const {
        const auto find = [&](std::size_t word, std::size_t from) {
            std::size_t first = std::u32string::npos;
            for (const Occurrence& occurrence : occurrences_)
                if (occurrence.word == word && occurrence.start >= from) first = std::min(first, occurrence.start);
            return first;
        };
        const auto length = [&](std::size_t word) { return lengths_[word]; };
        std::size_t best = 0;
        for (const auto& groups : specs_[section].keyWords)
            best = std::max(best, matchInOrder(groups, find, length).characters);
        return best;
    }

private:
    std::size_t add(const std::u32string& word) {
        lengths_.push_back(word.size());
        return matcher_.addFolded(word);
    }
    struct Spec {
        std::vector<std::size_t> names;                              // the heading and its aliases
        std::vector<std::vector<std::vector<std::size_t>>> keyWords;  // each <match>: groups of alternatives
    };
    struct Occurrence {
        std::size_t start;
        std::size_t word;
    };
    KeywordMatcher matcher_;
    std::vector<std::size_t> lengths_;
    std::vector<Spec> specs_;
    std::vector<Occurrence> occurrences_;
};

}  // namespace

WordsMatch keyWordsMatch(const KeyWords& words, const std::u32string& folded) {
    return matchInOrder(
        words.inOrder, [&](const std::u32string& key, std::size_t from) { return folded.find(key, from); },
        [](const std::u32string& key) { return key.size(); });
}

namespace {

bool isUnit(char32_t cp) {
    for (char32_t unit : {U'次', U'个', U'篇', U'人', U'场', U'期', U'项', U'名', U'家', U'元', U'份', U'条', U'起', U'天',
                          U'批', U'轮', U'堂', U'部', U'%', U'台', U'处', U'户', U'座', U'辆', U'所', U'笔'})
        if (cp == unit) return true;
    return false;
}

bool isNumeral(char32_t cp) {
    if (cp >= U'0' && cp <= U'9') return true;
    for (char32_t digit : {U'一', U'二', U'两', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'百', U'千', U'万', U'亿'})
        if (cp == digit) return true;
    return false;
}

}  // namespace

bool hasQuantity(const std::u32string& folded) {
    for (std::size_t i = 1; i < folded.size(); ++i)
        if (isUnit(folded[i]) && isNumeral(folded[i - 1])) return true;
    return false;
}

std::vector<SectionMatch> matchSections(const std::vector<Heading>& found, int paragraphCount,
                                        const Template& reportTemplate) {
    // Every way a heading could be a section, best first: the pass (own level, an opening in the
    // body, another level), then how much of the heading names it (a heading or an alias above key
    // words), then document order. Each section and each heading is taken once.
    struct Candidate {
        int pass;
        std::size_t score;
        std::size_t heading;
        std::size_t section;
    };
    constexpr std::size_t kNamed = 1000;
    constexpr std::size_t kNamedSlack = 4;  // characters around the name: 存在的问题 in （三）存在的问题。
    std::vector<Candidate> candidates;
    SectionWords words(reportTemplate);
    for (std::size_t h = 0; h < found.size(); ++h) {
        if (!words.read(found[h].text)) continue;  // no name, no key word
        for (std::size_t s = 0; s < reportTemplate.sections.size(); ++s) {
            const SectionSpec& spec = reportTemplate.sections[s];
            const std::size_t named = words.named(s), keyed = words.keyed(s);
            if (named == 0 && keyed == 0) continue;
            const int pass = found[h].inBody ? 1 : found[h].level == spec.level ? 0 : 2;
            // At another level only a required section's own name counts, and only as the heading
            // itself, not inside a longer one (（一）加强组织领导 is no section 组织领导).
            if (pass == 2 && (!spec.required || named == 0 || found[h].text.size() > named + kNamedSlack)) continue;
            candidates.push_back({pass, named ? kNamed + named : keyed, h, s});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.pass != b.pass) return a.pass < b.pass;
        if (a.score != b.score) return a.score > b.score;
        return a.heading != b.heading ? a.heading < b.heading : a.section < b.section;
    });

    std::vector<SectionMatch> sections;
    for (const SectionSpec& spec : reportTemplate.sections) {
        SectionMatch match;
        match.spec = &spec;
        sections.push_back(match);
    }
    std::vector<int> sectionOf(found.size(), -1);
    std::vector<std::size_t> headingOf(sections.size());
    for (const Candidate& candidate : candidates) {
        if (sections[candidate.section].present || sectionOf[candidate.heading] >= 0) continue;
        sections[candidate.section].present = true;
        sectionOf[candidate.heading] = static_cast<int>(candidate.section);
        headingOf[candidate.section] = candidate.heading;
    }
    const std::vector<int> namedAs = sectionOf;  // the headings that name a section

    // A section none names, written as its items raised to chapters. One chapter alone is too thin.
    constexpr std::size_t kChapters = 2;
    const auto atItsLevel = [&](std::size_t h, const SectionSpec& spec) { return !found[h].inBody && found[h].level == spec.level; };
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const SectionSpec& spec = reportTemplate.sections[s];
        if (sections[s].present || spec.chapterWords.empty()) continue;
        std::vector<std::size_t> chapters;
        for (std::size_t h = 0; h < found.size(); ++h)
            if (atItsLevel(h, spec) && sectionOf[h] < 0 &&
                std::any_of(spec.chapterWords.begin(), spec.chapterWords.end(),
                            [&](const std::u32string& word) { return opensWith(found[h].text, word); }))
                chapters.push_back(h);
        if (chapters.size() < kChapters) continue;
        sections[s].present = sections[s].chapters = true;
        headingOf[s] = chapters.front();
        for (const std::size_t h : chapters) sectionOf[h] = static_cast<int>(s);
    }
    // A section not found is surely missing only when every heading at its level names another one.
    for (SectionMatch& match : sections) {
        if (match.present) continue;
        bool levelHasHeadings = false;
        for (std::size_t h = 0; h < found.size() && match.lookedAt.size() < kLookedAt; ++h) {
            if (!atItsLevel(h, *match.spec)) continue;
            levelHasHeadings = true;
            if (namedAs[h] < 0) match.lookedAt.push_back(found[h].paragraph);
        }
        match.surelyMissing = levelHasHeadings && match.lookedAt.empty();
    }

    // A section runs to the next heading at its level or above, or to the next one taken by
    // another section (one of its own sub-sections does not end it); one opened in the body, to the
    // next taken heading. Its items are the headings one level below (below an opening: the level
    // of the first heading after it).
    for (std::size_t s = 0; s < sections.size(); ++s) {
        SectionMatch& match = sections[s];
        if (!match.present) continue;
        const std::size_t h = headingOf[s];
        match.paragraph = found[h].paragraph;
        match.level = found[h].inBody ? 0 : found[h].level;
        match.end = paragraphCount;
        int itemLevel = match.level > 0 ? match.level + 1 : 0;
        for (std::size_t after = h + 1; after < found.size(); ++after) {
            const Heading& next = found[after];
            // Another section's heading, unless it is one of this section's own sub-sections or chapters.
            const bool own = sectionOf[after] == static_cast<int>(s);
            const bool other = sectionOf[after] >= 0 && !own &&
                               reportTemplate.sections[sectionOf[after]].parent != match.spec->id;
            if (other || (!own && !next.inBody && match.level > 0 && next.level <= match.level)) {
                match.end = next.paragraph;
                break;
            }
            if (next.inBody || own) continue;
            if (itemLevel == 0) itemLevel = next.level;
            if (next.level == itemLevel) ++match.items;
        }
    }
    return sections;
}

StructureAnalysis analyseStructure(const Document& document, const NumberingAnalysis& numbering,
                                   const Template& reportTemplate) {
    const int paragraphCount = static_cast<int>(document.paragraphs.size());
    const Outline outline = findOutline(document, numbering);
    StructureAnalysis analysis{matchSections(outline.headings, paragraphCount, reportTemplate), {}};

    // Every keyword of every topic in one automaton; each hit says which topic, and which group
    // (or an exclusion) it belongs to.
    struct Hit {
        std::size_t topic;
        int group;  // -1: an excluding word
    };
    KeywordMatcher matcher;
    std::vector<Hit> hits;
    for (std::size_t t = 0; t < reportTemplate.topics.size(); ++t) {
        const TopicSpec& topic = reportTemplate.topics[t];
        for (std::size_t g = 0; g < topic.groups.size(); ++g)
            for (const std::string& word : topic.groups[g]) {
                matcher.add(word);
                hits.push_back({t, static_cast<int>(g)});
            }
        for (const std::string& word : topic.excludes) {
            matcher.add(word);
            hits.push_back({t, -1});
        }
    }
    matcher.build();

    const auto inScope = [&](const TopicSpec& topic, int paragraph) {
        if (topic.sections.empty()) return true;
        return std::any_of(analysis.sections.begin(), analysis.sections.end(), [&](const SectionMatch& section) {
            return section.present && paragraph >= section.paragraph && paragraph < section.end &&
                   std::find(topic.sections.begin(), topic.sections.end(), section.spec->id) != topic.sections.end();
        });
    };
    for (const TopicSpec& topic : reportTemplate.topics) analysis.topics.push_back({&topic, {}, false});
    std::vector<std::uint64_t> groupsSeen(reportTemplate.topics.size());  // bit g: group g seen; top bit: excluded
    constexpr std::uint64_t kExcluded = std::uint64_t{1} << 63;
    std::vector<std::size_t> touched;
    for (int index = 0; index < paragraphCount; ++index) {
        // The title names what the report is about; a topic needs the body's own words.
        if (std::find(outline.title.begin(), outline.title.end(), index) != outline.title.end()) continue;
        const std::u32string text = foldText(document.paragraphs[index].text);
        touched.clear();
        matcher.scan(text, [&](std::size_t id) {
            const Hit& hit = hits[id];
            if (groupsSeen[hit.topic] == 0) touched.push_back(hit.topic);
            groupsSeen[hit.topic] |= hit.group < 0 ? kExcluded : std::uint64_t{1} << std::min(hit.group, 62);
        });
        for (const std::size_t t : touched) {
            const TopicSpec& topic = reportTemplate.topics[t];
            const std::uint64_t all = (std::uint64_t{1} << std::min<std::size_t>(topic.groups.size(), 62)) - 1;
            const bool mentioned = (groupsSeen[t] & kExcluded) == 0 && (groupsSeen[t] & all) == all &&
                                   (!topic.needsQuantity || hasQuantity(text)) && inScope(topic, index);
            if (mentioned) analysis.topics[t].paragraphs.push_back(index);
            groupsSeen[t] = 0;
        }
    }
    for (TopicCoverage& coverage : analysis.topics)
        coverage.covered = static_cast<int>(coverage.paragraphs.size()) >= coverage.spec->minimumMentions;
    return analysis;
}

}  // namespace reportkit
