// heading.punctuation: a heading that stands alone ends without punctuation ("一、履职情况。" or
// "（一）主要做法：" are wrong). A run-in heading ("（一）强化理论武装，…实效。坚持…") carries its body
// after the first "。" and is left alone; so are list items ending in "；" or "。" below level 1, and
// numbered sentences at any level — a meeting's decisions ("一、由…完成…。"), a notice's clauses
// ("一、报名时间：…；") — which are items, not headings (NumberedParagraph::sentence).
#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

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

class HeadingPunctuation final : public Rule {
public:
    std::string_view id() const override { return "heading.punctuation"; }
    Locality locality() const override { return Locality::paragraph; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        for (const NumberedParagraph& numbered : input.numbering.paragraphs) {
            const Marker& marker = numbered.marker;
            if (marker.level < 1 || marker.level > 4 || marker.form == MarkerForm::article || numbered.sentence) continue;
            const HeadingEnd& end = numbered.end;
            if (end.mark == 0 || end.runIn || !endsStandaloneHeading(end.mark, marker.level)) continue;
            const std::string punctuation = utf8::encode(end.mark);
            Finding wrong = finding(numbered.paragraph, Severity::warning, "heading.punctuation", punctuation, "");
            const std::string_view text = input.document.paragraphs[numbered.paragraph].text;
            wrong.place = {static_cast<int>(utf8::utf16Length(text.substr(0, end.last))),
                           static_cast<int>(utf8::utf16Length(punctuation))};
            wrong.fix = Fix{{TextEdit{numbered.paragraph, wrong.place.start, wrong.place.length, ""}}, {}, {}};
            findings.push_back(std::move(wrong));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeHeadingPunctuationRule() { return std::make_unique<HeadingPunctuation>(); }

}  // namespace reportkit
