// numbering.level: a level where it does not belong — before any level above it ("（一）" with no
// "一、" yet), below a deeper level ("（一）" after "1." under the same "一、"), after a skipped level
// the scheme does not allow, or a fifth level, where "一是…" or "第一，…" belong instead.
#include <array>
#include <bitset>

#include "rules.hpp"

namespace reportkit {

namespace {

constexpr int kLevels = 6;

class NumberingLevel final : public Rule {
public:
    std::string_view id() const override { return "numbering.level"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const NumberingScheme& scheme = input.numbering.scheme;
        std::array<const Marker*, kLevels> open{};       // the marker that opened each level, if open
        std::array<std::bitset<kLevels>, kLevels> skipped{};  // levels passed over when each was opened
        bool orphanReported = false;
        const auto& items = input.numbering.paragraphs;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const NumberedParagraph& numbered = items[i];
            const Marker& marker = numbered.marker;
            const int level = marker.level;
            if (level < 1) continue;
            if (level >= 5) {
                findings.push_back(markerFinding(input, numbered, Severity::warning, "numbering.level.too-deep", "一是"));
                continue;
            }
            int parent = level - 1;
            while (parent > 0 && !open[parent]) --parent;

            if (const Marker* deeper = deeperThatSkipped(open, skipped, level)) {
                findings.push_back(markerFinding(input, numbered, Severity::error, "numbering.level.inverted", deeper->text));
            } else if (parent == 0 && level > 1) {
                // A list of numbered sentences in a short notice ("1.各部门要…。" "2.…") is a list, not a
                // structure missing its top level.
                const bool sentenceList = numbered.sentence && i + 1 < items.size() && items[i + 1].sentence &&
                                          items[i + 1].marker.level == level;
                if (!orphanReported && !sentenceList && scheme.kind != SchemeKind::regulation)
                    findings.push_back(markerFinding(input, numbered, Severity::warning, "numbering.level.orphan",
                                                     standardMarker(scheme, level - 1, 1)));
                orphanReported = true;
            } else if (parent > 0 && level - parent > 1 && !skipAllowed(scheme, parent, level)) {
                findings.push_back(markerFinding(input, numbered, Severity::error, "numbering.level.skipped",
                                                 standardMarker(scheme, parent + 1, 1)));
            }

            for (int below = level + 1; below < kLevels; ++below) {
                open[below] = nullptr;
                skipped[below].reset();
            }
            open[level] = &marker;
            skipped[level].reset();
            if (parent > 0)
                for (int passed = parent + 1; passed < level; ++passed) skipped[level].set(passed);
        }
    }

private:
    // An open level below this one that was opened while this level was passed over.
    static const Marker* deeperThatSkipped(const std::array<const Marker*, kLevels>& open,
                                           const std::array<std::bitset<kLevels>, kLevels>& skipped, int level) {
        for (int deeper = level + 1; deeper < kLevels; ++deeper)
            if (open[deeper] && skipped[deeper].test(level)) return open[deeper];
        return nullptr;
    }

    // Regulations may go from chapter straight to article; GB/T 9704 practice lets 一、 go to 1.
    static bool skipAllowed(const NumberingScheme& scheme, int parent, int level) {
        if (scheme.kind == SchemeKind::regulation) return true;
        switch (scheme.skip) {
            case SkipPolicy::any: return true;
            case SkipPolicy::common: return scheme.kind == SchemeKind::gbt9704 && parent == 1 && level == 3;
            case SkipPolicy::none: return false;
        }
        return false;
    }
};

}  // namespace

std::unique_ptr<Rule> makeNumberingLevelRule() { return std::make_unique<NumberingLevel>(); }

}  // namespace reportkit
