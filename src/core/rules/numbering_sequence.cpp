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

class NumberingSequence final : public Rule {
public:
    std::string_view id() const override { return "numbering.sequence"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const NumberingScheme& scheme = input.numbering.scheme;
        const auto& numbered = input.numbering.paragraphs;
        std::array<int, kLevels> counts{};
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            const Marker& marker = numbered[i].marker;
            const int level = marker.level;
            if (level < 1 || level >= kLevels) continue;
            const int expected = counts[level] + 1;
            if (marker.number != expected || !parentsMatch(marker, counts)) {
                Finding slip = markerFinding(input, numbered[i], Severity::error,
                                             numbered[i].automatic ? "numbering.sequence.automatic" : "numbering.sequence",
                                             expectedMarker(scheme, marker, expected, counts));
                slip.fix = renumbering(input, i, expected);
                findings.push_back(std::move(slip));
            }
            counts[level] = marker.number;
            for (int deeper = level + 1; deeper < kLevels; ++deeper)
                if (!runsOn(scheme, deeper)) counts[deeper] = 0;
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

    // Typed markers: this one and its following siblings take their places' numbers. Automatic
    // numbering: the list restarts here. Decimal markers are left to the writer.
    static std::optional<Fix> renumbering(const CheckInput& input, std::size_t first, int expected) {
        const auto& numbered = input.numbering.paragraphs;
        const Marker& marker = numbered[first].marker;
        if (marker.form == MarkerForm::decimal) return std::nullopt;
        if (numbered[first].automatic)
            return Fix{{}, {ListEdit{numbered[first].paragraph, ListEdit::Action::restart, expected, {}}}};
        Fix fix;
        int number = expected;
        for (std::size_t i = first; i < numbered.size(); ++i) {
            const Marker& sibling = numbered[i].marker;
            if (sibling.level > 0 && sibling.level < marker.level && !runsOn(input.numbering.scheme, marker.level)) break;
            if (sibling.level != marker.level || sibling.form != marker.form || numbered[i].automatic) continue;
            const std::string replacement = standardMarker(input.numbering.scheme, marker.level, number++);
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
