#pragma once
// The end of a report as its text shows it: the 附件说明 after the body, the signature and the
// 成文日期 (GB/T 9704—2012 7.3.4, 7.3.5). The format rules read it; it needs the text alone.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace reportkit {

// Spaces as people type them: half-width, ideographic (　), no-break, and tabs.
bool isTypedSpace(char32_t cp);

// Whether the text holds any typed space, found in its bytes without decoding: most paragraphs hold none.
bool hasTypedSpace(std::string_view text);

// 0–9, half- or full-width; -1 for anything else.
int arabicDigit(char32_t cp);

// The paragraph without the typed spaces around it, and how many bytes of them lead.
struct TrimmedText {
    std::string_view text;
    std::size_t offset = 0;
};
TrimmedText trimTypedSpaces(std::string_view paragraph);

// An empty paragraph, or one of spaces only: it prints as an empty line.
bool isBlank(std::string_view paragraph);

// The last character of the text, and the byte it starts at; 0 for empty text.
struct LastCharacter {
    char32_t cp = 0;
    std::size_t offset = 0;
};
LastCharacter lastCharacter(std::string_view text);

// A date as written, and what it says.
struct WrittenDate {
    int year = 0;
    int month = 0;
    int day = 0;
    bool yearInFull = true;  // "21年" is not; its year is then read as 2021
};

// The date that is the whole of `text` (already trimmed): 2021年7月5日, 2021年07月05日,
// 二〇二一年七月五日 (〇, ○, 零 or a letter O for zero), 2021.7.5, 2021-07-05, 2021/7/5, 21年7月5日,
// full-width digits. None when there is anything else, or no day.
std::optional<WrittenDate> readDate(std::string_view text);

// A date as GB/T 9704 writes it: 2021年7月5日.
std::string standardDate(const WrittenDate& date);

// The label of a 附件说明 in a paragraph's trimmed text: 附件, any spaces, and a colon at `colon`
// (bytes), full-width or not.
struct AttachmentLabel {
    std::size_t colon = 0;
    std::size_t colonBytes = 0;
    bool fullWidthColon = true;
};
std::optional<AttachmentLabel> attachmentLabel(std::string_view trimmed);

// A signature and the 成文日期 below it: paragraphs first … dateLine.
struct ClosingBlock {
    int first = -1;
    int dateLine = -1;
};

struct ReportClosing {
    int bodyStart = 0;                 // the first paragraph with a sentence (a 。); the paragraphs' count when none
    std::vector<ClosingBlock> blocks;  // in document order
    int attachmentNote = -1;           // the paragraph that opens the 附件说明 (附件：…), -1 when none

    // Whether paragraph `index` is a line of a signature block or its date line, which people lay
    // out by hand.
    bool inBlock(int index) const;
};

// A short line without sentence punctuation that opens with no number, as a title, a byline or a
// signature is.
bool isDisplayLine(std::string_view paragraph);

// The date lines are the paragraphs that are only a date once the body has begun (a paragraph
// with a sentence before them: a date under the title is not one); above each, up to three short
// lines without sentence punctuation are its signature. The 附件说明 is the first paragraph
// opening with 附件 and a colon after the body has begun and before the first date line.
ReportClosing findClosing(const Document& document);

}  // namespace reportkit
