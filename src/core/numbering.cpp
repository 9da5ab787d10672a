#include "numbering.hpp"

#include <array>
#include <unordered_map>

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
    constexpr std::string_view kLine = "附件：";
    std::string words;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        if (!isLayoutSpace(utf8::next(text, pos))) words.append(text.substr(start, pos - start));
        if (words.size() > kLine.size()) return false;  // more than the line: stop reading a long paragraph
    }
    return words == kLine || words == "附件:";
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
    std::vector<HeadingEnd> ends(items.size());
    std::vector<int> runOf(items.size(), -1);
    std::unordered_map<int, Run> runs;
    std::array<int, 6> parents{};
    parents.fill(-1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Marker& marker = items[i].marker;
        if (!isStructureLevel(marker)) continue;
        ends[i] = headingEnd(document.paragraphs[items[i].paragraph], items[i]);
        runOf[i] = (parents[marker.level] + 1) * 6 + marker.level;  // parent -1: the document
        Run& run = runs[runOf[i]];
        ++run.items;
        run.punctuated += ends[i].runIn || isSentenceMark(ends[i].last);
        // A run-in heading is a heading with its body, not a sentence item.
        run.sentences += !ends[i].runIn && isSentenceMark(ends[i].last) && readsAsSentence(ends[i].text.substr(0, ends[i].lastStart));
        run.colons += ends[i].last == U'：' || ends[i].last == U':';
        for (int deeper = marker.level + 1; deeper < 6; ++deeper) parents[deeper] = items[i].paragraph;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (runOf[i] < 0 || ends[i].runIn || !isSentenceMark(ends[i].last)) continue;
        const Run& run = runs.at(runOf[i]);
        if (run.punctuated * 2 <= run.items) continue;
        const int level = items[i].marker.level;
        const bool nextIsItem = i + 1 < items.size() && items[i + 1].paragraph == items[i].paragraph + 1 &&
                                items[i + 1].marker.level >= 1 && items[i + 1].marker.level <= level;
        const bool afterSentenceItem = i > 0 && items[i - 1].paragraph == items[i].paragraph - 1 &&
                                       items[i - 1].marker.level == level && !ends[i - 1].runIn &&
                                       isSentenceMark(ends[i - 1].last);
        const bool labels = run.items >= 2 && run.colons == run.items;
        items[i].sentence = run.sentences > 0 || labels || nextIsItem || afterSentenceItem;
    }
}

}  // namespace

HeadingEnd headingEnd(const Paragraph& paragraph, const NumberedParagraph& numbered) {
    HeadingEnd end;
    const std::string_view text = paragraph.text;
    end.start = std::min(numbered.automatic ? 0 : numbered.marker.offset + numbered.marker.text.size(), text.size());
    end.text = text.substr(end.start);
    // Read backwards, since a run-in heading carries its whole body.
    end.lastStart = end.text.size();
    while (end.lastStart > 0) {
        std::size_t start = end.lastStart - 1;
        while (start > 0 && (static_cast<unsigned char>(end.text[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        const char32_t cp = utf8::next(end.text, pos);
        end.lastStart = start;
        if (!isLayoutSpace(cp)) {
            end.last = cp;
            break;
        }
    }
    end.runIn = end.text.substr(0, end.lastStart).find("。") != std::string_view::npos;
    return end;
}

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
    std::vector<std::optional<Marker>> typed(paragraphs.size());
    for (std::size_t index = 0; index < paragraphs.size(); ++index) typed[index] = findMarker(paragraphs[index].text, scheme);
    // The next paragraph with a typed marker after each one, for reading an item that opens with a figure.
    std::vector<std::size_t> nextTyped(paragraphs.size() + 1, paragraphs.size());
    for (std::size_t index = paragraphs.size(); index-- > 1;)
        nextTyped[index - 1] = typed[index] ? index : nextTyped[index];

    int previousLevel = 0;
    int lastLevel3 = 0;  // the last level-3 number under the current parent
    LineList lineList;
    for (std::size_t index = 0; index < paragraphs.size(); ++index) {
        const Paragraph& paragraph = paragraphs[index];
        NumberedParagraph numbered;
        numbered.paragraph = static_cast<int>(index);
        const bool inLineList = paragraph.listLabel.empty() && typed[index] && lineList.takes(*typed[index]);
        lineList.next = inLineList ? lineList.next + 1 : 0;
        if (isAttachmentLine(paragraph.text)) {
            lineList = {std::nullopt, 1};
        } else if (const auto first = listInLine(paragraph.text, scheme)) {
            lineList = {first->form, 2};
        }
        if (inLineList) continue;
        if (!paragraph.listLabel.empty()) {
            std::optional<Marker> label = findMarker(paragraph.listLabel, scheme);
            if (!label) continue;  // bullets and other lists are not section numbering
            numbered.marker = std::move(*label);
            numbered.automatic = true;
            if (typed[index] && typed[index]->level > 0) numbered.typed = std::move(typed[index]);
        } else if (typed[index]) {
            numbered.marker = std::move(*typed[index]);
        } else if (auto figureLed = findFigureLedMarker(paragraph.text, scheme)) {
            // "3.5亿元…" is item 3 only where item 2 came before it, and "1.5倍…" item 1 only where
            // item 2 follows; elsewhere it is a number.
            const std::size_t next = nextTyped[index];
            const bool followed = next < paragraphs.size() && typed[next]->form == MarkerForm::digitStop &&
                                  typed[next]->number == 2;
            const bool counted = lastLevel3 > 0 ? figureLed->number == lastLevel3 + 1 : figureLed->number == 1 && followed;
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
    NumberingScheme best;
    int bestCount = 0;
    for (SchemeKind kind : {SchemeKind::gbt9704, SchemeKind::regulation, SchemeKind::decimal}) {
        NumberingScheme scheme;
        scheme.kind = kind;
        int count = 0;
        for (const Paragraph& paragraph : document.paragraphs) {
            const auto marker = findMarker(paragraph.listLabel.empty() ? paragraph.text : paragraph.listLabel, scheme);
            if (marker && marker.value().level > 0) ++count;
        }
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
