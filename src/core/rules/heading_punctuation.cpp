// heading.punctuation: a heading that stands alone ends without punctuation ("一、履职情况。" or
// "（一）主要做法：" are wrong). A run-in heading ("（一）强化理论武装，…实效。坚持…") carries its body
// after the first "。" and is left alone; so are list items ending in "；" or "。" below level 1.
#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

bool isSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

bool endsStandaloneHeading(char32_t cp, int level) {
    switch (cp) {
        case U'，': case U',': case U'：': case U':': case U'、':
            return true;
        case U'。': case U'；': case U';': case U'.': case U'！': case U'!': case U'？': case U'?':
            return level == 1;  // below level 1 these end list items, which are not headings
        default:
            return false;
    }
}

class HeadingPunctuation final : public Rule {
public:
    std::string_view id() const override { return "heading.punctuation"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        for (const NumberedParagraph& numbered : input.numbering.paragraphs) {
            const Marker& marker = numbered.marker;
            if (marker.level < 1 || marker.level > 4 || marker.form == MarkerForm::article) continue;
            const std::string& text = input.document.paragraphs[numbered.paragraph].text;
            const std::size_t headingStart = numbered.automatic ? 0 : marker.offset + marker.text.size();
            const std::string_view heading = std::string_view(text).substr(std::min(headingStart, text.size()));
            // The last character that is not a space, and where it starts: read backwards, since a
            // run-in heading carries its whole body.
            char32_t last = 0;
            std::size_t lastStart = heading.size();
            while (lastStart > 0) {
                std::size_t start = lastStart - 1;
                while (start > 0 && (static_cast<unsigned char>(heading[start]) & 0xC0) == 0x80) --start;
                std::size_t pos = start;
                const char32_t cp = utf8::next(heading, pos);
                lastStart = start;
                if (!isSpace(cp)) {
                    last = cp;
                    break;
                }
            }
            // A full stop before the end: a run-in heading with its body.
            const bool fullStopBeforeEnd = heading.substr(0, lastStart).find("。") != std::string_view::npos;
            if (last == 0 || fullStopBeforeEnd || !endsStandaloneHeading(last, marker.level)) continue;
            const std::string punctuation = utf8::encode(last);
            Finding wrong = finding(numbered.paragraph, Severity::warning, "heading.punctuation", punctuation, "");
            const std::size_t absolute = headingStart + lastStart;
            wrong.place = {static_cast<int>(utf8::utf16Length(std::string_view(text).substr(0, absolute))),
                           static_cast<int>(utf8::utf16Length(punctuation))};
            wrong.fix = Fix{{TextEdit{numbered.paragraph, wrong.place.start, wrong.place.length, ""}}, {}};
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeHeadingPunctuationRule() { return std::make_unique<HeadingPunctuation>(); }

}  // namespace reportkit
