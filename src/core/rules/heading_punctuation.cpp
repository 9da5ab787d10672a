// heading.punctuation: a heading that stands alone ends without punctuation ("一、履职情况。" or
// "（一）主要做法：" are wrong). A run-in heading ("（一）强化理论武装，…实效。坚持…") carries its body
// after the first "。" and is left alone; so are list items ending in "；" or "。" below level 1, and
// numbered sentences at any level — a meeting's decisions ("一、由…完成…。"), a notice's clauses
// ("一、报名时间：…；"), an item cut short — which are items, not headings.
#include <array>
#include <unordered_map>

#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

bool isSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

bool isSentenceMark(char32_t cp) {
    switch (cp) {
        case U'，': case U',': case U'：': case U':': case U'、': case U'。': case U'；': case U';':
        case U'.': case U'！': case U'!': case U'？': case U'?':
            return true;
        default:
            return false;
    }
}

bool endsStandaloneHeading(char32_t cp, int level) {
    switch (cp) {
        case U'，': case U',': case U'：': case U':': case U'、':
            return true;
        case U'。': case U'；': case U'.': case U'！': case U'!': case U'？': case U'?': case U';':
            return level == 1;  // below level 1 these end list items, which are not headings
        default:
            return false;
    }
}

// A heading is a phrase: a clause inside it ("报名时间：…；", "由办公室牵头，…") or more words than a
// heading takes makes it a sentence.
constexpr std::size_t kLongestHeading = 30;  // characters; real headings of 27 occur

bool readsAsSentence(std::string_view heading) {
    std::size_t characters = 0;
    for (std::size_t pos = 0; pos < heading.size();) {
        const char32_t cp = utf8::next(heading, pos);
        ++characters;
        if (cp == U'，' || cp == U',' || cp == U'：' || cp == U':' || cp == U'；' || cp == U';') return true;
    }
    return characters > kLongestHeading;
}

// A numbered paragraph's heading text and how it ends.
struct Ending {
    std::size_t headingStart = 0;  // bytes into the paragraph
    std::string_view heading;
    char32_t last = 0;             // the last character that is not a space; 0 for none
    std::size_t lastStart = 0;     // where it starts in `heading`
    bool runIn = false;            // a full stop before the end: a run-in heading with its body
};

Ending endingOf(const CheckInput& input, const NumberedParagraph& numbered) {
    Ending ending;
    const Marker& marker = numbered.marker;
    const std::string& text = input.document.paragraphs[numbered.paragraph].text;
    ending.headingStart = std::min(numbered.automatic ? 0 : marker.offset + marker.text.size(), text.size());
    ending.heading = std::string_view(text).substr(ending.headingStart);
    // Read backwards, since a run-in heading carries its whole body.
    ending.lastStart = ending.heading.size();
    while (ending.lastStart > 0) {
        std::size_t start = ending.lastStart - 1;
        while (start > 0 && (static_cast<unsigned char>(ending.heading[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        const char32_t cp = utf8::next(ending.heading, pos);
        ending.lastStart = start;
        if (!isSpace(cp)) {
            ending.last = cp;
            break;
        }
    }
    ending.runIn = ending.heading.substr(0, ending.lastStart).find("。") != std::string_view::npos;
    return ending;
}

bool checked(const Marker& marker) { return marker.level >= 1 && marker.level <= 4 && marker.form != MarkerForm::article; }

class HeadingPunctuation final : public Rule {
public:
    std::string_view id() const override { return "heading.punctuation"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const auto& items = input.numbering.paragraphs;
        std::vector<Ending> endings(items.size());
        // Siblings — the items of one level under one parent — and how many of them end in punctuation.
        std::vector<int> runOf(items.size(), -1);
        std::unordered_map<int, std::pair<int, int>> runs;  // run → (items, punctuated)
        std::array<int, 6> parents{};
        parents.fill(-1);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Marker& marker = items[i].marker;
            if (!checked(marker)) continue;
            endings[i] = endingOf(input, items[i]);
            runOf[i] = parents[marker.level] * 6 + marker.level;
            auto& [count, punctuated] = runs[runOf[i]];
            ++count;
            punctuated += endings[i].runIn || isSentenceMark(endings[i].last);
            for (int deeper = marker.level + 1; deeper < 6; ++deeper) parents[deeper] = items[i].paragraph;
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Ending& ending = endings[i];
            if (!checked(items[i].marker) || ending.last == 0 || ending.runIn ||
                !endsStandaloneHeading(ending.last, items[i].marker.level))
                continue;
            if (numberedSentence(items, endings, i, runs.at(runOf[i]))) continue;
            const std::string punctuation = utf8::encode(ending.last);
            Finding wrong = finding(items[i].paragraph, Severity::warning, "heading.punctuation", punctuation, "");
            const std::string_view text = input.document.paragraphs[items[i].paragraph].text;
            const std::size_t absolute = ending.headingStart + ending.lastStart;
            wrong.place = {static_cast<int>(utf8::utf16Length(text.substr(0, absolute))),
                           static_cast<int>(utf8::utf16Length(punctuation))};
            wrong.fix = Fix{{TextEdit{items[i].paragraph, wrong.place.start, wrong.place.length, ""}}, {}};
            findings.push_back(std::move(wrong));
        }
    }

private:
    // An item that is a sentence, not a heading: most of its siblings end in punctuation as it does
    // (headings do not), and it reads as a sentence or stands in a list of one-paragraph items: the
    // next paragraph is its next sibling or an item above it, or the one before a sentence item
    // of its level.
    static bool numberedSentence(const std::vector<NumberedParagraph>& items, const std::vector<Ending>& endings,
                                 std::size_t i, const std::pair<int, int>& run) {
        const Ending& ending = endings[i];
        const auto [count, punctuated] = run;
        if (punctuated * 2 <= count) return false;
        if (readsAsSentence(ending.heading.substr(0, ending.lastStart))) return true;
        const int level = items[i].marker.level;
        const bool nextIsItem = i + 1 < items.size() && items[i + 1].paragraph == items[i].paragraph + 1 &&
                                items[i + 1].marker.level >= 1 && items[i + 1].marker.level <= level;
        // The last of a list: its previous sibling right above it is a sentence item too.
        const bool afterSentenceItem = i > 0 && items[i - 1].paragraph == items[i].paragraph - 1 &&
                                       items[i - 1].marker.level == level && !endings[i - 1].runIn &&
                                       isSentenceMark(endings[i - 1].last);
        return nextIsItem || afterSentenceItem;
    }
};

}  // namespace

std::unique_ptr<Rule> makeHeadingPunctuationRule() { return std::make_unique<HeadingPunctuation>(); }

}  // namespace reportkit
