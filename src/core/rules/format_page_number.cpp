// format.page-number: page numbers (GB/T 9704—2012 7.5) in 4号 (14 pt) 半角宋体 Arabic numerals
// with a 一字线 on each side, "— 1 —", 7 mm below the text area; on odd pages at the right one
// character in (右空一字), on even pages at the left one character in (左空一字) — not centred.
// A profile without official page numbers asks only that there are some.
#include "../utf8.hpp"
#include "format_rule.hpp"

namespace reportkit {

namespace {

constexpr double kMmPerPoint = 25.4 / 72;
constexpr double kLineHeight = 1.2;  // a line of text is about 1.2 times its size

// The text around the number without spaces: "—#—" for "— 1 —".
std::string withoutSpaces(std::string_view text) {
    std::string result;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (cp != U' ' && cp != U'\u3000' && cp != U'\u00A0' && cp != U'\t') result.append(text.substr(start, pos - start));
    }
    return result;
}

// The space typed at one end of the text, in characters of the number's size: 1 for "　", ½ for " ".
double typedSpace(std::string_view text, bool atEnd) {
    double characters = 0;
    std::vector<char32_t> points;
    for (std::size_t pos = 0; pos < text.size();) points.push_back(utf8::next(text, pos));
    const auto add = [&](char32_t cp) {
        if (cp == U'\u3000') characters += 1;
        else if (cp == U' ' || cp == U'\u00A0') characters += 0.5;
        else return false;
        return true;
    };
    if (atEnd) {
        for (auto it = points.rbegin(); it != points.rend() && add(*it);) ++it;
    } else {
        for (auto it = points.begin(); it != points.end() && add(*it);) ++it;
    }
    return characters;
}

class FormatPageNumber final : public FormatRule {
public:
    std::string_view id() const override { return "format.page-number"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.format) return;
        const FormatProfile& profile = *input.format->profile;
        const std::vector<int> first = firstParagraphOfPages(input.document);
        for (std::size_t index = 0; index < input.document.pages.size(); ++index) {
            const PageFormat& page = input.document.pages[index];
            const auto add = [&](const std::string& key, const PageNumberFormat& /*number*/, std::string found,
                                 std::string expected) {
                Finding wrong = formatFinding(first[index], {}, key, std::move(found), std::move(expected));
                wrong.fix = pageFix(input.document, profile, index, FormatEdit::pageNumbers);
                findings.push_back(std::move(wrong));
            };
            if (!page.footer || !page.oddPages.present) {
                add("format.page-number.missing", page.oddPages, "", "— 1 —");
                continue;
            }
            if (!profile.page.officialPageNumbers) continue;
            checkNumber(page.oddPages, true, profile, add);
            if (page.footerShared) add("format.page-number.shared", page.oddPages, "", "");
            else if (!page.evenPages.present) add("format.page-number.missing-even", page.evenPages, "", "— 2 —");
            else checkNumber(page.evenPages, false, profile, add);
            // Writer sets the number right below the footer's spacing; Word sets the footer's last
            // line on its distance from the page's edge, which Writer reads as the footer's height.
            // A document is right when it is right in either.
            // A line's height is reckoned, not measured: half a millimetre more leeway.
            const double line = kLineHeight * profile.font(TextRole::pageNumber).points * kMmPerPoint;
            const double tolerance = profile.tolerance.mm + 0.5;
            if (!near(page.footerSpacingMm, profile.pageNumberSpacingMm, tolerance) &&
                !near(page.footerHeightMm - line, profile.pageNumberSpacingMm, tolerance))
                add("format.page-number.spacing", page.oddPages, number(page.footerSpacingMm) + " mm",
                    number(profile.pageNumberSpacingMm) + " mm");
        }
    }

private:
    template <typename Add>
    void checkNumber(const PageNumberFormat& pageNumber, bool odd, const FormatProfile& profile, Add& add) const {
        const FontSpec& font = profile.font(TextRole::pageNumber);
        const std::string side = odd ? ".odd" : ".even";
        if (withoutSpaces(pageNumber.text) != "—#—")
            add("format.page-number.dashes", pageNumber, pageNumber.text, "— # —");
        if (!isFamilyOf(font.families, pageNumber.format.font) ||
            !near(pageNumber.format.points, font.points, profile.tolerance.points))
            add("format.page-number.font", pageNumber,
                pageNumber.format.font + " " + number(pageNumber.format.points) + " pt",
                familyName(font.families) + " " + number(font.points) + " pt");
        // One character in from the edge of the text area, by an indent or a typed space.
        const double character = font.points * kMmPerPoint;
        const double in = odd ? pageNumber.rightIndentMm + typedSpace(pageNumber.text, true) * character
                              : pageNumber.leftIndentMm + typedSpace(pageNumber.text, false) * character;
        const Alignment expected = odd ? Alignment::right : Alignment::left;
        if (pageNumber.alignment != expected || !near(in, character, profile.tolerance.mm))
            add("format.page-number.position" + side, pageNumber, "", "");
    }
};

}  // namespace

std::unique_ptr<Rule> makeFormatPageNumberRule() { return std::make_unique<FormatPageNumber>(); }

}  // namespace reportkit
