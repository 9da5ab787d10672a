#include "structure.hpp"

#include <algorithm>
#include <cstdint>

#include "keyword_matcher.hpp"

namespace reportkit {

std::vector<Heading> findHeadings(const Document& document, const NumberingAnalysis& numbering) {
    std::vector<Heading> result;
    std::size_t next = 0;
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        while (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph < static_cast<int>(index)) ++next;
        if (next < numbering.paragraphs.size() && numbering.paragraphs[next].paragraph == static_cast<int>(index) &&
            numbering.paragraphs[next].marker.level > 0) {
            const NumberedParagraph& numbered = numbering.paragraphs[next];
            // An automatic label is not in the text: the heading is the text itself.
            result.push_back({numbered.paragraph, numbered.marker.level,
                              foldText(headingSentence(paragraph.text, numbered.automatic ? Marker{} : numbered.marker))});
        } else if (paragraph.outlineLevel > 0) {
            result.push_back({static_cast<int>(index), paragraph.outlineLevel, foldText(paragraph.text)});
        }
    }
    return result;
}

namespace {

bool isUnit(char32_t cp) {
    for (char32_t unit : {U'次', U'个', U'篇', U'人', U'场', U'期', U'项', U'名', U'家', U'元', U'份', U'条', U'起', U'天',
                          U'批', U'轮', U'堂', U'部', U'%'})
        if (cp == unit) return true;
    return false;
}

bool isNumeral(char32_t cp) {
    if (cp >= U'0' && cp <= U'9') return true;
    for (char32_t digit : {U'一', U'二', U'两', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'百', U'千', U'万'})
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
    std::vector<SectionMatch> sections;

    for (const SectionSpec& spec : reportTemplate.sections) {
        SectionMatch match{&spec};
        std::vector<std::u32string> names = {foldText(spec.heading)};
        for (const std::string& alias : spec.aliases) names.push_back(foldText(alias));
        for (std::size_t h = 0; h < found.size() && !match.present; ++h) {
            if (found[h].level != spec.level) continue;
            const bool named = std::any_of(names.begin(), names.end(), [&](const std::u32string& name) {
                return !name.empty() && found[h].text.find(name) != std::u32string::npos;
            });
            // A heading already taken by an earlier section is not this one.
            const bool taken = std::any_of(sections.begin(), sections.end(),
                                           [&](const SectionMatch& other) { return other.paragraph == found[h].paragraph; });
            if (!named || taken) continue;
            match.present = true;
            match.paragraph = found[h].paragraph;
            match.end = paragraphCount;
            for (std::size_t after = h + 1; after < found.size(); ++after)
                if (found[after].level <= spec.level) {
                    match.end = found[after].paragraph;
                    break;
                }
        }
        sections.push_back(match);
    }
    return sections;
}

StructureAnalysis analyseStructure(const Document& document, const NumberingAnalysis& numbering,
                                   const Template& reportTemplate) {
    const int paragraphCount = static_cast<int>(document.paragraphs.size());
    StructureAnalysis analysis{matchSections(findHeadings(document, numbering), paragraphCount, reportTemplate), {}};

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
