#include "numbering.hpp"

#include <array>

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

// The text without the spaces around it; the spaces a line is laid out with are not its words.
std::string_view trimmed(std::string_view text) {
    constexpr std::array<std::string_view, 4> kSpaces = {" ", "\t", "\u3000", "\u00A0"};
    const auto startsWithSpace = [&](std::string_view part) {
        for (std::string_view space : kSpaces)
            if (part.substr(0, space.size()) == space) return space.size();
        return std::size_t{0};
    };
    const auto endsWithSpace = [&](std::string_view part) {
        for (std::string_view space : kSpaces)
            if (part.size() >= space.size() && part.substr(part.size() - space.size()) == space) return space.size();
        return std::size_t{0};
    };
    while (const std::size_t bytes = startsWithSpace(text)) text.remove_prefix(bytes);
    while (const std::size_t bytes = endsWithSpace(text)) text.remove_suffix(bytes);
    return text;
}

// "附件：" (or "附件:") with nothing after it: the attachments are listed in the lines below.
bool isAttachmentLine(std::string_view text) {
    const std::string_view line = trimmed(text);
    return line == "附件：" || line == "附件:";
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

}  // namespace

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
