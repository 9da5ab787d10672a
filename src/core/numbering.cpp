#include "numbering.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>
#include <utility>

#include "utf8.hpp"

namespace reportkit {

namespace {

bool isLevel3Or4(const Marker& marker) { return marker.form == MarkerForm::digitStop || marker.form == MarkerForm::digitParen; }

// A list that a line opens rather than a heading: "附件：" alone, or "附件：1.…" and "…如下：1.…" with its
// first item in the line. The items after it are the list's, not section numbers breaking the count.
struct LineList {
    std::optional<MarkerForm> form;  // the first item's form; none for "附件：" alone
    int next = 0;                     // the number the next item must have; 0: no list open

    bool takes(const Marker& marker) const {
        return next > 0 && isLevel3Or4(marker) && marker.number == next && (!form || *form == marker.form);
    }
};

// "附件：" (or "附件:", "附　件：") with nothing else: the attachments are listed in the lines below.
bool isAttachmentLine(std::string_view text) {
    constexpr std::array<char32_t, 3> kLine = {U'附', U'件', U'：'};
    std::size_t matched = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = utf8::next(text, pos);
        if (isLayoutSpace(cp)) continue;
        if (cp == U':') cp = U'：';
        if (matched == kLine.size() || cp != kLine[matched]) return false;  // stops at a long paragraph's start
        ++matched;
    }
    return matched == kLine.size();
}

// Whether the next marker after a paragraph, within a few paragraphs (an item's body is short), is
// a level-3 "2.": what makes "1.5倍…" before it item 1.
bool followedByItem2(const std::vector<Paragraph>& paragraphs, std::size_t index, const NumberingScheme& scheme) {
    constexpr std::size_t kLookAhead = 8;
    for (std::size_t next = index + 1; next < paragraphs.size() && next <= index + kLookAhead; ++next)
        if (const auto marker = findMarker(paragraphs[next].text, scheme))
            return marker->form == MarkerForm::digitStop && marker->number == 2;
    return false;
}

// The first item of a list that starts inside the line after a colon ("附件：1.…", "内容如下：（1）…").
std::optional<Marker> listInLine(std::string_view text, const NumberingScheme& scheme) {
    for (std::string_view colon : {"：", ":"}) {
        for (std::size_t at = text.find(colon); at != std::string_view::npos; at = text.find(colon, at + 1)) {
            auto marker = findMarker(text.substr(at + colon.size()), scheme);
            if (marker && isLevel3Or4(*marker) && marker->number == 1) return marker;
        }
    }
    return std::nullopt;
}

constexpr std::string_view kHalfWidthStop = ".";
constexpr std::string_view kFullWidthStop = "．";

std::string heldLevel3Stop(const NumberingAnalysis& analysis) {
    if (!analysis.scheme.level3Stop.empty()) return analysis.scheme.level3Stop;
    int halfWidth = 0, fullWidth = 0;
    std::string_view first;
    for (const NumberedParagraph& numbered : analysis.paragraphs) {
        const std::string_view stop = typedLevel3Stop(numbered);
        if (stop.empty()) continue;
        if (first.empty()) first = stop;
        ++(stop == kHalfWidthStop ? halfWidth : fullWidth);
    }
    if (halfWidth != fullWidth) return std::string(halfWidth > fullWidth ? kHalfWidthStop : kFullWidthStop);
    return std::string(first.empty() ? kDefaultLevel3Stop : first);
}

// A heading is a phrase: a clause inside it ("报名时间：…；", "由办公室牵头，…") or more words than a
// heading takes makes it a sentence.
constexpr std::size_t kLongestHeading = 30;  // characters; real headings of 27 occur

bool readsAsSentence(std::string_view text) {
    std::size_t characters = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::next(text, pos);
        ++characters;
        if (cp == U'，' || cp == U',' || cp == U'：' || cp == U':' || cp == U'；' || cp == U';') return true;
    }
    return characters > kLongestHeading;
}

bool isStructureLevel(const Marker& marker) {
    return marker.level >= 1 && marker.level <= 4 && marker.form != MarkerForm::article;
}

HeadingEnd headingEndOf(std::string_view text, const NumberedParagraph& numbered) {
    HeadingEnd end;
    end.start = std::min(numbered.automatic ? 0 : numbered.marker.offset + numbered.marker.text.size(), text.size());
    // Read backwards, since a run-in heading carries its whole body.
    std::size_t at = text.size();
    while (at > end.start) {
        std::size_t start = at - 1;
        while (start > end.start && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        const char32_t cp = utf8::next(text, pos);
        at = start;
        if (!isLayoutSpace(cp)) {
            end.mark = cp;
            break;
        }
    }
    end.last = at;
    end.runIn = text.substr(end.start, end.last - end.start).find("。") != std::string_view::npos;
    return end;
}

// Marks the numbered sentences. Siblings — the items of one level under one parent — tell them from
// headings: headings end without punctuation, so where most siblings end in it, an item that reads
// as a sentence, or stands among sentences, or in a list of one-paragraph items (the next paragraph
// is its next sibling or an item above it; the one before, a sentence item of its level), or in a
// list of labels all ending in "：" ("一、会议时间：" over the time), is a sentence. A heading with a
// stray full stop among headings without one stays a heading.
void markSentences(const Document& document, std::vector<NumberedParagraph>& items) {
    struct Run {
        int items = 0, punctuated = 0, sentences = 0, colons = 0;
    };
    std::vector<int> runOf(items.size(), -1);
    std::unordered_map<int, Run> runs;
    runs.reserve(items.size());
    std::array<int, 6> parents{};
    parents.fill(-1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Marker& marker = items[i].marker;
        if (!isStructureLevel(marker)) continue;
        const std::string_view text = document.paragraphs[items[i].paragraph].text;
        const HeadingEnd& end = items[i].end = headingEndOf(text, items[i]);
        runOf[i] = (parents[marker.level] + 1) * 6 + marker.level;  // parent -1: the document
        Run& run = runs[runOf[i]];
        ++run.items;
        run.punctuated += end.runIn || isSentenceMark(end.mark);
        // A run-in heading is a heading with its body, not a sentence item.
        run.sentences += !end.runIn && isSentenceMark(end.mark) && readsAsSentence(text.substr(end.start, end.last - end.start));
        run.colons += end.mark == U'：' || end.mark == U':';
        for (int deeper = marker.level + 1; deeper < 6; ++deeper) parents[deeper] = items[i].paragraph;
    }
    const auto sentenceEnd = [&](std::size_t i) { return !items[i].end.runIn && isSentenceMark(items[i].end.mark); };
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (runOf[i] < 0 || !sentenceEnd(i)) continue;
        const Run& run = runs.at(runOf[i]);
        if (run.punctuated * 2 <= run.items) continue;
        const int level = items[i].marker.level;
        const bool nextIsItem = i + 1 < items.size() && items[i + 1].paragraph == items[i].paragraph + 1 &&
                                items[i + 1].marker.level >= 1 && items[i + 1].marker.level <= level;
        const bool afterSentenceItem = i > 0 && items[i - 1].paragraph == items[i].paragraph - 1 &&
                                       items[i - 1].marker.level == level && sentenceEnd(i - 1);
        const bool labels = run.items >= 2 && run.colons == run.items;
        items[i].sentence = run.sentences > 0 || labels || nextIsItem || afterSentenceItem;
    }
}

}  // namespace

bool isSentenceMark(char32_t cp) {
    switch (cp) {
        case U'，': case U',': case U'：': case U':': case U'、': case U'。': case U'；': case U';':
        case U'.': case U'！': case U'!': case U'？': case U'?':
            return true;
        default:
            return false;
    }
}

NumberingAnalysis analyseNumbering(const Document& document, const NumberingScheme& scheme) {
    NumberingAnalysis analysis{scheme, {}};
    const auto& paragraphs = document.paragraphs;
    int previousLevel = 0;
    int lastLevel3 = 0;  // the last level-3 number under the current parent
    LineList lineList;
    std::optional<MarkerForm> previousForm;  // the typed marker's of the paragraph before
    for (std::size_t index = 0; index < paragraphs.size(); ++index) {
        const Paragraph& paragraph = paragraphs[index];
        NumberedParagraph numbered;
        numbered.paragraph = static_cast<int>(index);
        std::optional<Marker> own = findMarker(paragraph.text, scheme);
        const std::optional<MarkerForm> ownForm = own ? std::optional<MarkerForm>(own->form) : std::nullopt;
        const std::optional<MarkerForm> formBefore = std::exchange(previousForm, ownForm);
        // Item 2 of a list whose item 1 is inside the line before ("附件：1.…"); looked for only at
        // such a "2.", so that no paragraph is searched for colons.
        if (paragraph.listLabel.empty() && own && lineList.next == 0 && isLevel3Or4(*own) && own->number == 2 && index > 0 &&
            formBefore != own->form)
            if (const auto first = listInLine(paragraphs[index - 1].text, scheme); first && first->form == own->form)
                lineList = {first->form, 2};
        const bool inLineList = paragraph.listLabel.empty() && own && lineList.takes(*own);
        lineList.next = inLineList ? lineList.next + 1 : 0;
        if (isAttachmentLine(paragraph.text)) lineList = {std::nullopt, 1};
        if (inLineList) continue;
        if (!paragraph.listLabel.empty()) {
            std::optional<Marker> label = findMarker(paragraph.listLabel, scheme);
            if (!label) continue;  // bullets and other lists are not section numbering
            numbered.marker = std::move(*label);
            numbered.automatic = true;
            if (own && own->level > 0) numbered.typed = std::move(own);
        } else if (own) {
            numbered.marker = std::move(*own);
        } else if (auto figureLed = findFigureLedMarker(paragraph.text, scheme)) {
            // "3.5亿元…" is item 3 only where item 2 came before it, and "1.5倍…" item 1 only where
            // item 2 follows; elsewhere it is a number.
            const bool counted = lastLevel3 > 0 ? figureLed->number == lastLevel3 + 1
                                                : figureLed->number == 1 && followedByItem2(paragraphs, index, scheme);
            if (!counted) continue;
            numbered.marker = std::move(*figureLed);
        } else {
            continue;
        }
        Marker& marker = numbered.marker;
        // ① below a level-4 item is a fifth level; anywhere else it stands for level 4's （1）.
        if (marker.form == MarkerForm::circled && previousLevel >= 4) {
            marker.level = 5;
            marker.standard.clear();
        }
        if (marker.level > 0) previousLevel = marker.level;
        if (marker.level == 3) lastLevel3 = marker.number;
        else if (marker.level > 0 && marker.level < 3) lastLevel3 = 0;
        analysis.paragraphs.push_back(std::move(numbered));
    }
    markSentences(document, analysis.paragraphs);
    analysis.level3Stop = heldLevel3Stop(analysis);
    return analysis;
}

std::string NumberingAnalysis::standardMarker(int level, int number) const {
    if (level != 3 || scheme.level3Stop == level3Stop) return reportkit::standardMarker(scheme, level, number);
    NumberingScheme held = scheme;
    held.level3Stop = level3Stop;
    return reportkit::standardMarker(held, level, number);
}

std::string_view typedLevel3Stop(const NumberedParagraph& numbered) {
    const Marker& marker = numbered.marker;
    if (numbered.automatic || marker.form != MarkerForm::digitStop) return {};
    const std::string_view text = marker.text;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0) return {};
    for (std::string_view stop : {kHalfWidthStop, kFullWidthStop})
        if (text.substr(digits, stop.size()) == stop) return stop;
    return {};
}

NumberingScheme detectScheme(const Document& document) {
    // The paragraphs with a marker of the scheme's levels, counted up to `enough`.
    const auto countMarkers = [&](SchemeKind kind, int enough) {
        NumberingScheme scheme;
        scheme.kind = kind;
        int count = 0;
        for (auto paragraph = document.paragraphs.begin(); paragraph != document.paragraphs.end() && count < enough;
             ++paragraph) {
            const auto marker = findMarker(paragraph->listLabel.empty() ? paragraph->text : paragraph->listLabel, scheme);
            if (marker && marker.value().level > 0) ++count;
        }
        return count;
    };
    // The other schemes' markers are rare and quickly told apart; GB/T 9704's are counted only as
    // far as decides against them, since nearly every report has many.
    constexpr int kAll = std::numeric_limits<int>::max();
    const int regulation = countMarkers(SchemeKind::regulation, kAll);
    const int decimal = countMarkers(SchemeKind::decimal, kAll);
    const std::array<std::pair<SchemeKind, int>, 3> counts = {
        {{SchemeKind::gbt9704, countMarkers(SchemeKind::gbt9704, std::max({1, regulation, (decimal + 1) / 2}))},
         {SchemeKind::regulation, regulation},
         {SchemeKind::decimal, decimal}}};
    NumberingScheme best;
    int bestCount = 0;
    for (const auto& [kind, count] : counts) {
        NumberingScheme scheme;
        scheme.kind = kind;
        // The decimal form also matches plain numbered lines, so it must clearly win; and one line
        // such as "第二节内容" is not yet a regulation: another scheme needs two markers at least.
        if (count > bestCount * (kind == SchemeKind::decimal ? 2 : 1) && (kind == SchemeKind::gbt9704 || count >= 2)) {
            best = scheme;
            bestCount = count;
        }
    }
    return best;
}

TextSpan markerSpan(const Paragraph& paragraph, const Marker& marker) {
    const std::string_view text = paragraph.text;
    return {static_cast<int>(utf8::utf16Length(text.substr(0, marker.offset))),
            static_cast<int>(utf8::utf16Length(marker.text))};
}

}  // namespace reportkit
