// numbering.sequence: a marker that is not the next number of its level — skipped, repeated, or
// not restarting at one under a new parent, also where Writer's automatic numbering runs on across
// chapters. After a slip the count goes on from what was found, so one slip is one finding.
#include <array>

#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

constexpr int kLevels = 6;  // levels 1..5, index 0 unused

// The marker for `number` in the form this marker uses.
std::string expectedMarker(const NumberingScheme& scheme, const Marker& marker, int number,
                           const std::array<int, kLevels>& counts) {
    if (marker.form == MarkerForm::circled && number >= 1 && number <= 20)
        return utf8::encode(U'①' + static_cast<char32_t>(number - 1));
    if (marker.form == MarkerForm::decimal) {
        std::string path;
        for (int level = 1; level < marker.level; ++level) path += std::to_string(counts[level]) + ".";
        return path + std::to_string(number);
    }
    return standardMarker(scheme, marker.level, number);
}

// What the first pass learns about each numbered paragraph.
struct Slip {
    int position = 0;      // its place among its siblings, from 1
    bool slipped = false;  // not the number that follows the one before
    int expected = 0;      // the number that would have followed
    Finding finding;
};

class NumberingSequence final : public Rule {
public:
    std::string_view id() const override { return "numbering.sequence"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const NumberingScheme& scheme = input.numbering.scheme;
        const auto& numbered = input.numbering.paragraphs;
        // Reporting counts on from what was found, so one slip is one finding; fixes number by
        // position, so that fixing every slip gives one consistent run.
        std::array<int, kLevels> counts{};
        std::array<int, kLevels> positions{};
        std::vector<Slip> slips(numbered.size());
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            const Marker& marker = numbered[i].marker;
            const int level = marker.level;
            if (level < 1 || level >= kLevels) continue;
            const int expected = counts[level] + 1;
            slips[i].position = ++positions[level];
            if (marker.number != expected || !parentsMatch(marker, counts)) {
                slips[i].slipped = true;
                slips[i].finding = markerFinding(input, numbered[i], Severity::error,
                                                 numbered[i].automatic ? "numbering.sequence.automatic" : "numbering.sequence",
                                                 expectedMarker(scheme, marker, expected, counts));
                slips[i].expected = expected;
            }
            counts[level] = marker.number;
            for (int deeper = level + 1; deeper < kLevels; ++deeper) {
                if (runsOn(scheme, deeper)) continue;
                counts[deeper] = 0;
                positions[deeper] = 0;
            }
        }
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            if (!slips[i].slipped) continue;
            slips[i].finding.fix = renumbering(input, slips, i);
            findings.push_back(std::move(slips[i].finding));
        }
    }

private:
    // Articles (第一条) are numbered through the whole regulation, across chapters and sections.
    static bool runsOn(const NumberingScheme& scheme, int level) {
        return scheme.kind == SchemeKind::regulation && level == 3;
    }

    // A decimal marker's leading numbers must be those of its parents: 2.1 belongs under 2.
    static bool parentsMatch(const Marker& marker, const std::array<int, kLevels>& counts) {
        for (std::size_t level = 1; level < marker.path.size(); ++level)
            if (marker.path[level - 1] != counts[level]) return false;
        return true;
    }

    // Typed markers: this one and the following siblings up to the next slip take the numbers of
    // their places. Automatic numbering: the list restarts here. Decimal markers are left as they are.
    static std::optional<Fix> renumbering(const CheckInput& input, const std::vector<Slip>& slips, std::size_t first) {
        const auto& numbered = input.numbering.paragraphs;
        const Marker& marker = numbered[first].marker;
        if (marker.form == MarkerForm::decimal) return std::nullopt;
        if (numbered[first].automatic)
            return Fix{{}, {ListEdit{numbered[first].paragraph, ListEdit::Action::restart, slips[first].expected, {}}}};
        Fix fix;
        for (std::size_t i = first; i < numbered.size(); ++i) {
            const Marker& sibling = numbered[i].marker;
            if (sibling.level > 0 && sibling.level < marker.level && !runsOn(input.numbering.scheme, marker.level)) break;
            if (sibling.level != marker.level || sibling.form != marker.form || numbered[i].automatic) continue;
            if (i != first && slips[i].slipped) break;  // the next slip's own fix goes on from there
            const std::string replacement = standardMarker(input.numbering.scheme, marker.level, slips[i].position);
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
