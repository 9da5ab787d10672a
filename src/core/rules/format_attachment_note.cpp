// format.attachment-note: the 附件说明 (GB/T 9704—2012 7.3.4) stands one empty line below the body,
// opens with 附件 and a full-width colon, numbers several attachments 1. 2. … in order (an Arabic
// numeral and a full stop: 1、 (1) and １． are wrong), and puts no punctuation after a name. One
// finding per problem; all but the empty line are fixed in the text (a paragraph is not a text edit).
#include "../report_closing.hpp"
#include "rules.hpp"
#include "text_fix.hpp"

namespace reportkit {

namespace {

// Marks that may not follow an attachment's name; closing brackets and quotes belong to it.
bool isNamePunctuation(char32_t cp) {
    static constexpr std::u32string_view kMarks = U"。．.，,；;：:、！!？?";
    return kMarks.find(cp) != std::u32string_view::npos;
}

// An attachment's number as typed: 1. 1、 1， １． (1) （1）, with any spaces after it.
struct ItemNumber {
    int number = 0;
    std::size_t bytes = 0;
};

std::optional<ItemNumber> readItemNumber(std::string_view text) {
    std::size_t pos = 0;
    std::size_t next = 0;
    // The character at `pos`, and in `next` where the one after it starts.
    const auto peek = [&] {
        next = pos;
        return pos < text.size() ? utf8::next(text, next) : char32_t{0};
    };
    const char32_t open = peek();
    const bool bracketed = open == U'(' || open == U'（';
    if (bracketed) pos = next;
    ItemNumber item;
    int digits = 0;
    for (char32_t cp = peek(); arabicDigit(cp) >= 0 && digits < 3; cp = peek(), ++digits) {
        item.number = item.number * 10 + arabicDigit(cp);
        pos = next;
    }
    const std::u32string_view stops = bracketed ? U")）" : U".．、，,";
    if (digits == 0 || stops.find(peek()) == std::u32string_view::npos) return std::nullopt;
    pos = next;
    while (isTypedSpace(peek())) pos = next;
    item.bytes = pos;
    return item;
}

// One attachment: its paragraph and where its number (or, with none, its name) starts.
struct Item {
    int paragraph = -1;
    std::size_t offset = 0;
    std::optional<ItemNumber> number;
};

// The attachments listed: the rest of the note's paragraph, then each following paragraph that
// opens with a number.
std::vector<Item> itemsOf(const Document& document, int note, std::size_t afterLabel) {
    std::vector<Item> items;
    const std::string_view first = document.paragraphs[note].text;
    const TrimmedText rest = trimTypedSpaces(first.substr(afterLabel));
    if (!rest.text.empty()) items.push_back({note, afterLabel + rest.offset, readItemNumber(rest.text)});
    for (int index = note + 1; index < static_cast<int>(document.paragraphs.size()); ++index) {
        const TrimmedText line = trimTypedSpaces(document.paragraphs[index].text);
        const std::optional<ItemNumber> number = readItemNumber(line.text);
        if (!number) break;
        items.push_back({index, line.offset, number});
    }
    return items;
}

class FormatAttachmentNote final : public Rule {
public:
    std::string_view id() const override { return "format.attachment-note"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        const Document& document = input.document;
        const int note = findClosing(document).attachmentNote;
        if (note < 0) return;
        const std::string_view text = document.paragraphs[note].text;
        const TrimmedText trimmed = trimTypedSpaces(text);
        const AttachmentLabel label = *attachmentLabel(trimmed.text);
        const std::size_t labelEnd = trimmed.offset + label.colon + label.colonBytes;
        const std::string written(text.substr(trimmed.offset, labelEnd - trimmed.offset));
        if (note == 0 || !isBlank(document.paragraphs[note - 1].text)) {
            Finding crowded = finding(note, Severity::warning, "format.attachment-note.blank-line", written, "");
            crowded.place = placeOf(text, trimmed.offset, written.size());
            findings.push_back(std::move(crowded));
        }
        if (!label.fullWidthColon) {
            Finding colon = finding(note, Severity::warning, "format.attachment-note.colon", written, "附件：");
            colon.place = placeOf(text, trimmed.offset, written.size());
            colon.fix = replacePlace(colon, colon.expected);
            findings.push_back(std::move(colon));
        }
        const std::vector<Item> items = itemsOf(document, note, labelEnd);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items.size() > 1) checkNumber(document, items[i], static_cast<int>(i) + 1, findings);
            checkEnd(document, items[i], findings);
        }
    }

private:
    // With several attachments, the i-th is numbered "i.".
    void checkNumber(const Document& document, const Item& item, int expectedNumber, std::vector<Finding>& findings) const {
        const std::string expected = std::to_string(expectedNumber) + ".";
        const std::string_view text = document.paragraphs[item.paragraph].text;
        const std::size_t bytes = item.number ? item.number->bytes : 0;
        const std::string written(text.substr(item.offset, bytes));
        if (written == expected) return;
        const bool sameNumber = item.number && item.number->number == expectedNumber;
        Finding wrong = finding(item.paragraph, Severity::warning,
                                sameNumber ? "format.attachment-note.marker" : "format.attachment-note.number", written,
                                expected);
        wrong.place = placeOf(text, item.offset, bytes);
        wrong.fix = replacePlace(wrong, expected);
        // A missing number is placed on the name's first character; the fix inserts before it.
        if (!item.number) wrong.place.length = static_cast<int>(utf8::utf16Length(utf8::prefix(text.substr(item.offset), 1)));
        findings.push_back(std::move(wrong));
    }

    // No punctuation after an attachment's name.
    void checkEnd(const Document& document, const Item& item, std::vector<Finding>& findings) const {
        const std::string_view text = document.paragraphs[item.paragraph].text;
        const std::size_t nameStart = item.offset + (item.number ? item.number->bytes : 0);
        const TrimmedText name = trimTypedSpaces(text.substr(nameStart));
        const LastCharacter last = lastCharacter(name.text);
        if (name.text.empty() || !isNamePunctuation(last.cp)) return;
        const std::string mark = utf8::encode(last.cp);
        Finding wrong = finding(item.paragraph, Severity::warning, "format.attachment-note.punctuation", mark, "");
        wrong.place = placeOf(text, nameStart + name.offset + last.offset, mark.size());
        wrong.fix = replacePlace(wrong, "");
        findings.push_back(std::move(wrong));
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatAttachmentNoteRule() { return std::make_unique<FormatAttachmentNote>(); }

}  // namespace reportkit
