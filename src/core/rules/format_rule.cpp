#include "format_rule.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>

namespace reportkit {

namespace {

// The sizes Chinese typesetting names (字号), in points.
struct NamedSize {
    double points;
    const char* name;
};
constexpr NamedSize kNamedSizes[] = {{42, "初号"}, {36, "小初"}, {26, "一号"}, {24, "小一"}, {22, "二号"},
                                     {18, "小二"}, {16, "三号"}, {15, "小三"}, {14, "四号"}, {12, "小四"},
                                     {10.5, "五号"}, {9, "小五"}};

}  // namespace

std::string FormatRule::number(double value) {
    // to_chars: the same digits as a stream's, without its cost (thousands of findings) or locale.
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, std::round(value * 10) / 10, std::chars_format::general, 4).ptr;
    return std::string(text, end);
}

Finding FormatRule::formatFinding(int paragraph, TextSpan place, std::string messageKey, std::string found,
                                  std::string expected) const {
    Finding result = finding(paragraph, Severity::warning, std::move(messageKey), std::move(found), std::move(expected));
    result.place = place;
    return result;
}

void FormatRule::addFontArguments(Finding& finding, const std::string& name, const std::string& family, double points) {
    const auto same = [](const std::string& text) { return LocalisedText{{{"zh-CN", text}, {"en", text}}}; };
    std::string size;
    for (const NamedSize& named : kNamedSizes)
        if (std::abs(named.points - points) < 0.05) size = named.name;
    finding.texts[name + "_font"] = same(family);
    finding.texts[name + "_points"] = same(number(points));
    finding.texts[name + "_size"] = LocalisedText{{{"zh-CN", size}, {"en", ""}}};
}

void FormatRule::checkRoleFonts(const CheckInput& input, const std::function<bool(TextRole)>& applies,
                                const std::function<std::string(TextRole)>& messageKey,
                                std::vector<Finding>& findings) const {
    if (!input.format) return;
    const FormatProfile& profile = *input.format->profile;
    const double tolerance = profile.tolerance.points;
    RepeatedProblems problems(findings);
    // What a role expects, put in words once. A document in another format has the same wrong font
    // in nearly every paragraph: a font's family is matched once while it repeats, and the words of
    // a problem made once while it repeats.
    struct RoleWords {
        FamilyMatcher family;
        std::string expectedFamily, expectedText;
        std::string lastFont;  // the font matched last, and whether it is of the family
        bool lastMatched = false;
        bool matchedAny = false;
        std::optional<CharacterFormat> lastFound;  // the wrong format put in words last, and its words
        std::string key, foundText, problem;
    };
    std::vector<RoleWords> roles;
    for (std::size_t role = 0; role < kTextRoleCount; ++role) {
        const FontSpec& font = profile.font(static_cast<TextRole>(role));
        const std::string family = familyName(font.families);
        roles.push_back({FamilyMatcher(font.families), family,
                         family + " " + number(font.points) + " pt" + (font.bold ? " bold" : ""), {}, false, false,
                         std::nullopt, {}, {}, {}});
    }
    const auto ofFamily = [](RoleWords& words, const std::string& font) {
        if (!words.matchedAny || font != words.lastFont) {
            words.lastFont = font;
            words.lastMatched = words.family.matches(font);
            words.matchedAny = true;
        }
        return words.lastMatched;
    };
    for (std::size_t index = 0; index < input.format->paragraphs.size(); ++index) {
        const ParagraphFormat& format = input.document.paragraphs[index].format;
        for (const RolePart& part : input.format->paragraphs[index].parts) {
            if (!applies(part.role)) continue;
            const FontSpec& font = profile.font(part.role);
            RoleWords& words = roles[static_cast<std::size_t>(part.role)];
            const auto wrong = [&](const FormatRun& run) {
                return !ofFamily(words, run.format.font) || !near(run.format.points, font.points, tolerance) ||
                       (font.bold && !run.format.bold);
            };
            // The part's first run in a wrong font (as runsIn lists them, without a list made).
            const auto first = std::find_if(format.runs.begin(), format.runs.end(), [&](const FormatRun& run) {
                return run.start < part.start + part.length && part.start < run.start + run.length && wrong(run);
            });
            if (first == format.runs.end()) continue;
            const CharacterFormat& found = first->format;
            // The place is the wrong characters within the part; the fix sets the whole part.
            const int start = std::max(part.start, first->start);
            const int end = std::min(part.start + part.length, first->start + first->length);
            if (words.lastFound != found) {
                const bool notBold = ofFamily(words, found.font) && near(found.points, font.points, tolerance);
                words.lastFound = found;
                words.key = messageKey(part.role) + (notBold ? ".bold" : "");
                words.foundText = found.font + " " + number(found.points) + " pt" + (found.bold ? " bold" : "");
                words.problem = words.key + '\n' + words.foundText + '\n' + words.expectedText;
            }
            std::optional<FormatEdit> edit;
            if (input.format->paragraphs[index].certain) {
                edit.emplace();
                edit->paragraph = static_cast<int>(index);
                edit->start = part.start;
                edit->length = part.length;
                edit->font = font;
            }
            problems.add(static_cast<int>(index), words.problem, std::move(edit), [&] {
                Finding wrongFont = formatFinding(static_cast<int>(index), {start, end - start}, words.key,
                                                  words.foundText, words.expectedText);
                addFontArguments(wrongFont, "is", found.font, found.points);
                addFontArguments(wrongFont, "should", words.expectedFamily, font.points);
                return wrongFont;
            });
        }
    }
}

std::vector<int> FormatRule::firstParagraphOfPages(const Document& document) {
    std::vector<int> first(document.pages.size(), -1);
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        const int page = document.paragraphs[index].format.page;
        if (page >= 0 && page < static_cast<int>(first.size()) && first[page] < 0) first[page] = static_cast<int>(index);
    }
    return first;
}

namespace {

// One page geometry, as a Word section has: the paper, the margins and where the header and footer are.
bool sameGeometry(const PageFormat& a, const PageFormat& b) {
    constexpr double kSame = 0.05;  // mm
    const auto same = [&](double x, double y) { return x > y - kSame && x < y + kSame; };
    return same(a.widthMm, b.widthMm) && same(a.heightMm, b.heightMm) && same(a.leftMm, b.leftMm) &&
           same(a.rightMm, b.rightMm) && same(a.textTopMm(), b.textTopMm()) && same(a.textBottomMm(), b.textBottomMm());
}

// The page styles of the page's section: itself, and the first page style it follows or its follow
// when the two have one geometry.
std::vector<std::size_t> sectionOf(const Document& document, std::size_t page) {
    std::vector<std::size_t> section{page};
    const auto add = [&](std::size_t other) {
        if (other != page && sameGeometry(document.pages[page], document.pages[other])) section.push_back(other);
    };
    if (const int follow = document.pages[page].follow; follow >= 0) add(static_cast<std::size_t>(follow));
    for (std::size_t other = 0; other < document.pages.size(); ++other)
        if (document.pages[other].follow == static_cast<int>(page)) add(other);
    return section;
}

}  // namespace

std::optional<Fix> FormatRule::pageFix(const Document& document, const FormatProfile& profile, std::size_t page,
                                       unsigned parts) {
    Fix fix;
    for (const std::size_t styled : sectionOf(document, page)) {
        const PageFormat& format = document.pages[styled];
        // A footer with more than the page number is the writer's: never replaced.
        if ((parts & FormatEdit::pageNumbers) && format.footer &&
            !(format.oddPages.onlyPageNumber && format.evenPages.onlyPageNumber))
            return std::nullopt;
        FormatEdit edit;
        edit.pageStyle = format.style;
        edit.pageParts = parts;
        edit.page = profile.page;
        edit.pageNumberFont = profile.font(TextRole::pageNumber);
        edit.pageNumberSpacingMm = profile.pageNumberSpacingMm;
        fix.format.push_back(std::move(edit));
    }
    return fix;
}

}  // namespace reportkit
