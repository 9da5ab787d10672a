// numbering.sequence: a marker that is not the next number of its level — skipped, repeated, or
// not restarting at one under a new parent, also where Writer's automatic numbering runs on across
// chapters. After a slip the count goes on from what was found, so one slip is one finding.
// Level-2 items may restart under each 一、 or number on across chapters, both official house
// styles: by default either is right, and a document that does both is told so once.
#include <array>

#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

constexpr int kLevels = 6;  // levels 1..5, index 0 unused
constexpr int kChapterItems = 2;  // the level whose count may run on across chapters

// The marker for `number` in the form this marker uses.
std::string expectedMarker(const NumberingAnalysis& numbering, const Marker& marker, int number,
                           const std::array<int, kLevels>& counts) {
    if (marker.form == MarkerForm::circled && number >= 1 && number <= 20)
        return utf8::encode(U'①' + static_cast<char32_t>(number - 1));
    if (marker.form == MarkerForm::decimal) {
        std::string path;
        for (int level = 1; level < marker.level; ++level) path += std::to_string(counts[level]) + ".";
        return path + std::to_string(number);
    }
    return numbering.standardMarker(marker.level, number);
}

// What the first pass learns about each numbered paragraph.
struct Slip {
    int position = 0;      // its place among its siblings, from 1
    bool slipped = false;  // not the number that follows the one before
    bool certain = true;   // which number it should have is not a guess
    int expected = 0;      // the number that would have followed
    Finding finding;
};

// How a chapter's first level-2 item showed the count: restarted at one or numbered on.
struct ChapterStart {
    std::size_t item = 0;
    bool continues = false;
    std::string other;  // its marker had the chapter been counted the other way
};

class NumberingSequence final : public Rule {
public:
    std::string_view id() const override { return "numbering.sequence"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const NumberingScheme& scheme = input.numbering.scheme;
        const auto& numbered = input.numbering.paragraphs;
        const bool eitherCount = scheme.kind == SchemeKind::gbt9704 && scheme.level2Count == ChapterCount::either;
        // Reporting counts on from what was found, so one slip is one finding; fixes number by
        // position, so that fixing every slip gives one consistent run.
        std::array<int, kLevels> counts{};
        std::array<int, kLevels> positions{};
        bool newChapter = false;  // a 一、 came since the last level-2 item, and the count may go either way
        std::vector<ChapterStart> chapterStarts;
        int continuing = 0;  // chapters so far that numbered on, less those that restarted
        std::vector<Slip> slips(numbered.size());
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            const Marker& marker = numbered[i].marker;
            const int level = marker.level;
            if (level < 1 || level >= kLevels) continue;
            if (level == kChapterItems && newChapter) {
                newChapter = false;
                const std::string restartMarker = expectedMarker(input.numbering, marker, 1, counts);
                const std::string continueMarker = expectedMarker(input.numbering, marker, counts[level] + 1, counts);
                // Writer's lists run on unless restarted: only typed numbers show a house style.
                const bool restarts = marker.number == 1 || numbered[i].automatic;
                const bool continues = !restarts && marker.number == counts[level] + 1;
                if ((restarts || continues) && !numbered[i].automatic) {
                    chapterStarts.push_back({i, continues, continues ? restartMarker : continueMarker});
                    continuing += continues ? 1 : -1;
                } else if (!restarts && !continues) {
                    // Neither: the way the document counts so far says which it should be. Where
                    // nothing says yet, a number above the one that would follow may be a skip in a
                    // count that runs on as well as a slip in one that restarts: no fix then.
                    slips[i].certain = continuing != 0 || marker.number < counts[level] + 1;
                }
                if (restarts || (!continues && continuing <= 0)) {
                    counts[level] = 0;
                    positions[level] = 0;
                }
            }
            const int expected = counts[level] + 1;
            slips[i].position = ++positions[level];
            if (marker.number != expected || !parentsMatch(marker, counts)) {
                slips[i].slipped = true;
                slips[i].finding = markerFinding(input, numbered[i], Severity::error,
                                                 numbered[i].automatic ? "numbering.sequence.automatic" : "numbering.sequence",
                                                 expectedMarker(input.numbering, marker, expected, counts));
                slips[i].expected = expected;
            }
            counts[level] = marker.number;
            for (int deeper = level + 1; deeper < kLevels; ++deeper) {
                if (runsOn(scheme, deeper)) continue;
                if (eitherCount && level == 1 && deeper == kChapterItems) {
                    newChapter = counts[deeper] > 0;  // decided at the chapter's first item
                    continue;
                }
                counts[deeper] = 0;
                positions[deeper] = 0;
            }
        }
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            if (!slips[i].slipped) continue;
            // A lone item has no count to be certain of ("第二节内容" alone is not a second section).
            if (slips[i].certain && !alone(input, slips, i, continuing > 0))
                slips[i].finding.fix = renumbering(input, slips, i, continuing > 0);
            findings.push_back(std::move(slips[i].finding));
        }
        reportMixedCount(input, chapterStarts, continuing, findings);
    }

private:
    // Articles (第一条) are numbered through the whole regulation, across chapters and sections;
    // level-2 items where the scheme says they number on across chapters.
    static bool runsOn(const NumberingScheme& scheme, int level) {
        return (scheme.kind == SchemeKind::regulation && level == 3) ||
               (scheme.kind == SchemeKind::gbt9704 && level == kChapterItems && scheme.level2Count == ChapterCount::continueOn);
    }

    // A decimal marker's leading numbers must be those of its parents: 2.1 belongs under 2.
    static bool parentsMatch(const Marker& marker, const std::array<int, kLevels>& counts) {
        for (std::size_t level = 1; level < marker.path.size(); ++level)
            if (marker.path[level - 1] != counts[level]) return false;
        return true;
    }

    // Chapters that restart their level-2 items and chapters that number them on, in one document:
    // one finding at the first chapter counted against the document's way (the way most of its
    // chapters count; the first one's on a tie), the others as its repeats. Which way the writer
    // wants is theirs to say, so it has no fix.
    void reportMixedCount(const CheckInput& input, const std::vector<ChapterStart>& starts, int continuing,
                          std::vector<Finding>& findings) const {
        if (starts.empty()) return;
        const bool documentContinues = continuing != 0 ? continuing > 0 : starts.front().continues;
        std::optional<Finding> mixed;
        for (const ChapterStart& start : starts) {
            if (start.continues == documentContinues) continue;
            const NumberedParagraph& numbered = input.numbering.paragraphs[start.item];
            if (mixed) {
                mixed->repeats.push_back(numbered.paragraph);
                continue;
            }
            mixed = markerFinding(input, numbered, Severity::warning,
                                  start.continues ? "numbering.sequence.mixed-continue" : "numbering.sequence.mixed-restart",
                                  start.other);
        }
        if (mixed) findings.push_back(std::move(*mixed));
    }

    // Whether the first item of its run has no sibling after it either: read only for slips, and
    // from the first of a run only to the run's end.
    static bool alone(const CheckInput& input, const std::vector<Slip>& slips, std::size_t item, bool chaptersContinue) {
        if (slips[item].position > 1) return false;
        const auto& numbered = input.numbering.paragraphs;
        const int level = numbered[item].marker.level;
        const bool throughParents = runsOn(input.numbering.scheme, level) || (chaptersContinue && level == kChapterItems);
        for (std::size_t i = item + 1; i < numbered.size(); ++i) {
            const int other = numbered[i].marker.level;
            if (other == level) return false;
            if (other > 0 && other < level && !throughParents) return true;
        }
        return true;
    }

    // Typed markers: this one and the following siblings up to the next slip take the numbers of
    // their places. Automatic numbering: the list restarts here. Decimal markers are left as they are.
    static std::optional<Fix> renumbering(const CheckInput& input, const std::vector<Slip>& slips, std::size_t first,
                                          bool chaptersContinue) {
        const auto& numbered = input.numbering.paragraphs;
        const NumberingScheme& scheme = input.numbering.scheme;
        const Marker& marker = numbered[first].marker;
        if (marker.form == MarkerForm::decimal) return std::nullopt;
        if (numbered[first].automatic)
            return Fix{{}, {ListEdit{numbered[first].paragraph, ListEdit::Action::restart, slips[first].expected}}, {}};
        const bool throughParents = runsOn(scheme, marker.level) || (chaptersContinue && marker.level == kChapterItems);
        Fix fix;
        for (std::size_t i = first; i < numbered.size(); ++i) {
            const Marker& sibling = numbered[i].marker;
            if (sibling.level > 0 && sibling.level < marker.level && !throughParents) break;
            if (sibling.level != marker.level || sibling.form != marker.form || numbered[i].automatic) continue;
            if (i != first && slips[i].slipped) break;  // the next slip's own fix goes on from there
            const std::string replacement = input.numbering.standardMarker(marker.level, slips[i].position);
            if (replacement.empty()) return std::nullopt;
            if (replacement == sibling.text) continue;
            const TextSpan span = markerSpan(input.document.paragraphs[numbered[i].paragraph], sibling);
            fix.text.push_back(TextEdit{numbered[i].paragraph, span.start, span.length, replacement});
        }
        return fix;
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingSequenceRule() { return std::make_unique<NumberingSequence>(); }

}  // namespace reportkit
