#include "incremental_check.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace reportkit {

namespace {

bool sameParagraph(const Paragraph& a, const Paragraph& b) {
    const auto plain = [](const Paragraph& p) {
        return std::tie(p.text, p.outlineLevel, p.style, p.listLabel, p.listLevel, p.trackedDeletion, p.format.alignment,
                        p.format.firstLineIndentMm, p.format.leftIndentMm, p.format.lineSpacingPoints, p.format.page);
    };
    const auto sameRun = [](const FormatRun& x, const FormatRun& y) {
        return x.start == y.start && x.length == y.length && x.format == y.format;
    };
    return plain(a) == plain(b) &&
           std::equal(a.format.runs.begin(), a.format.runs.end(), b.format.runs.begin(), b.format.runs.end(), sameRun);
}

bool sameMarker(const Marker& a, const Marker& b) {
    return std::tie(a.form, a.level, a.number, a.path, a.offset, a.text, a.standard) ==
           std::tie(b.form, b.level, b.number, b.path, b.offset, b.text, b.standard);
}

// The same but for the paragraph's index.
bool sameNumbered(const NumberedParagraph& a, const NumberedParagraph& b) {
    const bool sameTyped = a.typed.has_value() == b.typed.has_value() && (!a.typed || sameMarker(*a.typed, *b.typed));
    return sameMarker(a.marker, b.marker) && sameTyped && a.automatic == b.automatic && a.sentence == b.sentence &&
           std::tie(a.end.start, a.end.last, a.end.mark, a.end.runIn) == std::tie(b.end.start, b.end.last, b.end.mark, b.end.runIn);
}

bool sameRoles(const ParagraphRoles& a, const ParagraphRoles& b) {
    const auto samePart = [](const RolePart& x, const RolePart& y) {
        return x.role == y.role && x.start == y.start && x.length == y.length;
    };
    return a.role == b.role && a.indented == b.indented && a.certain == b.certain &&
           std::equal(a.parts.begin(), a.parts.end(), b.parts.begin(), b.parts.end(), samePart);
}

// What the shared analyses say of every paragraph alike: when it changes, every paragraph's input does.
struct Settings {
    const Template* reportTemplate = nullptr;
    bool hasFormat = false;
    bool formatAnalysed = false;
    const FormatProfile* profile = nullptr;
    NumberingScheme scheme;
    std::string level3Stop;
    const void* rules = nullptr;
    const TermList* terms = nullptr;  // the term list matched, or null when no terms.* rule runs

    static Settings of(const CheckInput& input, const void* rules) {
        return {input.reportTemplate, input.document.hasFormat, input.format != nullptr,
                input.format ? input.format->profile : nullptr, input.numbering.scheme, input.numbering.level3Stop, rules,
                input.terms ? input.terms->list.get() : nullptr};
    }
    bool operator==(const Settings& o) const {
        return std::tie(reportTemplate, hasFormat, formatAnalysed, profile, scheme.kind, scheme.skip, scheme.level3Stop,
                        scheme.level2Count, level3Stop, rules, terms) ==
               std::tie(o.reportTemplate, o.hasFormat, o.formatAnalysed, o.profile, o.scheme.kind, o.scheme.skip,
                        o.scheme.level3Stop, o.scheme.level2Count, o.level3Stop, o.rules, o.terms);
    }
};

// A local rule's finding at a paragraph, as found with the paragraph alone (at index 0), with the
// problem it is folded by.
struct LocalFinding {
    Finding finding;
    std::string problem;
};

// All a local rule reads of one paragraph, as a document of that paragraph alone, and what each
// local rule found in it.
struct ParagraphInput {
    Document document;
    NumberingAnalysis numbering;
    FormatAnalysis format;
    TermAnalysis terms;  // the paragraph's term occurrences: a function of its text and the list
    std::unordered_map<const Rule*, std::vector<LocalFinding>> findings;
    std::uint64_t used = 0;  // the last check that had a paragraph with this input

    CheckInput input(const CheckInput& whole) const {
        return {document, whole.reportTemplate, numbering, nullptr, whole.format ? &format : nullptr,
                whole.terms ? &terms : nullptr};
    }
};

// A fix's edits of the paragraph checked alone, added to `to` as edits of paragraph `paragraph`.
void addEdits(Fix& to, const Fix& from, int paragraph) {
    const auto add = [paragraph](auto& edits, const auto& more) {
        for (const auto& edit : more) {
            edits.push_back(edit);
            if (edits.back().paragraph == 0) edits.back().paragraph = paragraph;  // not a page style's (-1)
        }
    };
    add(to.text, from.text);
    add(to.list, from.list);
    add(to.format, from.format);
}

// The finding moved from the paragraph checked alone to paragraph `paragraph` of the document.
Finding atParagraph(const Finding& alone, int paragraph) {
    Finding finding = alone;
    finding.paragraph = paragraph;
    if (alone.fix) {
        finding.fix.emplace();
        addEdits(*finding.fix, *alone.fix, paragraph);
    }
    return finding;
}

// RepeatedProblems' fold, by message key, found and expected.
std::string problemOf(const Finding& finding) {
    return finding.messageKey + '\n' + finding.found + '\n' + finding.expected + (finding.fix ? "" : "\nno fix");
}

}  // namespace

struct IncrementalCheck::State {
    Settings settings;
    bool settled = false;
    // The inputs, by a hash of the paragraph's text; several paragraphs may share one.
    std::unordered_multimap<std::size_t, std::unique_ptr<ParagraphInput>> inputs;
    std::vector<ParagraphInput*> current;  // each paragraph's, in the check under way
    std::uint64_t checks = 0;
    bool prepared = false;
    std::size_t runs = 0;

    void prepare(const CheckInput& whole, const void* rules) {
        prepared = true;
        const Settings now = Settings::of(whole, rules);
        if (!settled || !(now == settings)) inputs.clear();
        settings = now;
        settled = true;
        const Document& document = whole.document;
        const std::size_t count = document.paragraphs.size();
        // The numbered entries of each paragraph, in their order.
        std::vector<std::size_t> numbered(whole.numbering.paragraphs.size());
        for (std::size_t i = 0; i < numbered.size(); ++i) numbered[i] = i;
        std::stable_sort(numbered.begin(), numbered.end(), [&](std::size_t a, std::size_t b) {
            return whole.numbering.paragraphs[a].paragraph < whole.numbering.paragraphs[b].paragraph;
        });
        auto nextNumbered = numbered.begin();
        current.assign(count, nullptr);
        for (std::size_t index = 0; index < count; ++index) {
            const int paragraph = static_cast<int>(index);
            const Paragraph& text = document.paragraphs[index];
            const auto firstNumbered = nextNumbered;
            while (nextNumbered != numbered.end() && whole.numbering.paragraphs[*nextNumbered].paragraph <= paragraph) ++nextNumbered;
            const bool inTitle = whole.format && std::find(whole.format->title.begin(), whole.format->title.end(),
                                                           paragraph) != whole.format->title.end();
            const ParagraphRoles* roles = whole.format ? &whole.format->paragraphs[index] : nullptr;
            const auto sameInput = [&](const ParagraphInput& known) {
                const auto& knownNumbered = known.numbering.paragraphs;
                if (!sameParagraph(known.document.paragraphs.front(), text)) return false;
                if (knownNumbered.size() != static_cast<std::size_t>(nextNumbered - firstNumbered)) return false;
                for (std::size_t i = 0; i < knownNumbered.size(); ++i)
                    if (!sameNumbered(knownNumbered[i], whole.numbering.paragraphs[firstNumbered[i]])) return false;
                return !roles || (sameRoles(known.format.paragraphs.front(), *roles) && known.format.title.empty() != inTitle);
            };
            const std::size_t hash = std::hash<std::string_view>()(text.text);
            ParagraphInput* found = nullptr;
            for (auto [at, end] = inputs.equal_range(hash); at != end && !found; ++at)
                if (sameInput(*at->second)) found = at->second.get();
            if (!found) {
                auto made = std::make_unique<ParagraphInput>();
                made->document.hasFormat = document.hasFormat;
                made->document.paragraphs.push_back(text);
                made->numbering.scheme = whole.numbering.scheme;
                made->numbering.level3Stop = whole.numbering.level3Stop;
                for (auto at = firstNumbered; at != nextNumbered; ++at) {
                    made->numbering.paragraphs.push_back(whole.numbering.paragraphs[*at]);
                    made->numbering.paragraphs.back().paragraph = 0;
                }
                if (whole.terms) {
                    made->terms.list = whole.terms->list;
                    made->terms.paragraphs.push_back(whole.terms->paragraphs[index]);
                }
                if (roles) {
                    made->format.profile = whole.format->profile;
                    made->format.paragraphs.push_back(*roles);
                    if (inTitle) made->format.title.push_back(0);
                }
                found = inputs.emplace(hash, std::move(made))->second.get();
            }
            found->used = checks;
            current[index] = found;
        }
    }

    void runLocal(const Rule& rule, const CheckInput& whole, std::vector<Finding>& findings, const void* rules) {
        if (!prepared) prepare(whole, rules);
        const bool folded = rule.locality() == Locality::paragraphFolded;
        std::unordered_map<std::string_view, std::size_t> first;  // a problem → its first finding
        // Each repeat's edits, added once all are known: a report in another office's format has a
        // repeat in nearly every paragraph, and its fix an edit for each.
        std::vector<std::pair<std::size_t, std::pair<int, const Fix*>>> repeated;
        for (std::size_t index = 0; index < current.size(); ++index) {
            ParagraphInput& input = *current[index];
            auto known = input.findings.find(&rule);
            if (known == input.findings.end()) {
                std::vector<Finding> alone;
                rule.check(input.input(whole), alone);  // a failure leaves nothing remembered
                ++runs;
                std::vector<LocalFinding> local;
                for (Finding& finding : alone) {
                    std::string problem = folded ? problemOf(finding) : std::string();
                    local.push_back({std::move(finding), std::move(problem)});
                }
                known = input.findings.emplace(&rule, std::move(local)).first;
            }
            const int paragraph = static_cast<int>(index);
            for (const LocalFinding& local : known->second) {
                if (folded) {
                    const auto [at, added] = first.try_emplace(local.problem, findings.size());
                    Finding* earlier = added ? nullptr : &findings[at->second];
                    // As RepeatedProblems: a second part of the same paragraph is a finding of its own.
                    if (earlier && (earlier->repeats.empty() ? earlier->paragraph : earlier->repeats.back()) != paragraph) {
                        earlier->repeats.push_back(paragraph);
                        if (earlier->fix && local.finding.fix) repeated.push_back({at->second, {paragraph, &*local.finding.fix}});
                        continue;
                    }
                }
                findings.push_back(atParagraph(local.finding, paragraph));
            }
        }
        std::unordered_map<std::size_t, std::size_t> added;  // a finding → the edits its repeats add
        for (const auto& [finding, repeat] : repeated) {
            const Fix& fix = *repeat.second;
            added[finding] += fix.text.size() + fix.list.size() + fix.format.size();
        }
        for (const auto& [finding, count] : added) {
            Fix& fix = *findings[finding].fix;
            fix.text.reserve(fix.text.size() + count);
            fix.list.reserve(fix.list.size() + count);
            fix.format.reserve(fix.format.size() + count);
        }
        for (const auto& [finding, repeat] : repeated) addEdits(*findings[finding].fix, *repeat.second, repeat.first);
    }

    // Forgets the inputs no paragraph has any more.
    void sweep() {
        for (auto at = inputs.begin(); at != inputs.end();)
            at = at->second->used == checks ? std::next(at) : inputs.erase(at);
    }
};

IncrementalCheck::IncrementalCheck() : state_(std::make_unique<State>()) {}
IncrementalCheck::~IncrementalCheck() = default;
IncrementalCheck::IncrementalCheck(IncrementalCheck&&) noexcept = default;
IncrementalCheck& IncrementalCheck::operator=(IncrementalCheck&&) noexcept = default;

DocumentReport IncrementalCheck::check(const Document& document, const Template* reportTemplate, TemplateSource source,
                                       const std::vector<std::string>& disabledRules,
                                       const std::vector<std::unique_ptr<Rule>>& rules) {
    State& state = *state_;
    ++state.checks;
    state.prepared = false;
    state.runs = 0;
    DocumentReport report = checkDocument(
        document, reportTemplate, source, disabledRules, rules,
        [&](const Rule& rule, const CheckInput& input, std::vector<Finding>& findings) {
            if (rule.locality() == Locality::document) rule.check(input, findings);
            else state.runLocal(rule, input, findings, &rules);
        });
    if (state.prepared) state.sweep();
    else state.inputs.clear();  // no local rule ran: nothing to keep
    state.current.clear();
    return report;
}

void IncrementalCheck::reset() {
    state_->inputs.clear();
    state_->settled = false;
}

std::size_t IncrementalCheck::paragraphRuns() const { return state_->runs; }

}  // namespace reportkit
