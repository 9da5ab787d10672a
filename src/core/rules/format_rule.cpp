#include "format_rule.hpp"

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
    std::vector<FamilyMatcher> families;
    for (std::size_t role = 0; role < kTextRoleCount; ++role)
        families.emplace_back(profile.font(static_cast<TextRole>(role)).families);
    for (std::size_t index = 0; index < input.format->paragraphs.size(); ++index) {
        const ParagraphFormat& format = input.document.paragraphs[index].format;
        for (const RolePart& part : input.format->paragraphs[index].parts) {
            if (!applies(part.role)) continue;
            const FontSpec& font = profile.font(part.role);
            const FamilyMatcher& family = families[static_cast<std::size_t>(part.role)];
            const auto wrong = [&](const FormatRun* run) {
                return !family.matches(run->format.font) || !near(run->format.points, font.points, tolerance) ||
                       (font.bold && !run->format.bold);
            };
            const std::vector<const FormatRun*> runs = runsIn(format, part.start, part.length);
            const auto first = std::find_if(runs.begin(), runs.end(), wrong);
            if (first == runs.end()) continue;
            const CharacterFormat& found = (*first)->format;
            // The place is the wrong characters within the part; the fix sets the whole part.
            const int start = std::max(part.start, (*first)->start);
            const int end = std::min(part.start + part.length, (*first)->start + (*first)->length);
            const std::string expectedFamily = familyName(font.families);
            const bool notBold = family.matches(found.font) && near(found.points, font.points, tolerance);
            const std::string key = messageKey(part.role) + (notBold ? ".bold" : "");
            std::string foundText = found.font + " " + number(found.points) + " pt" + (found.bold ? " bold" : "");
            std::string expectedText = expectedFamily + " " + number(font.points) + " pt" + (font.bold ? " bold" : "");
            std::optional<FormatEdit> edit;
            if (input.format->paragraphs[index].certain) {
                edit.emplace();
                edit->paragraph = static_cast<int>(index);
                edit->start = part.start;
                edit->length = part.length;
                edit->font = font;
            }
            problems.add(static_cast<int>(index), key + '\n' + foundText + '\n' + expectedText, std::move(edit), [&] {
                Finding wrongFont = formatFinding(static_cast<int>(index), {start, end - start}, key, std::move(foundText),
                                                  std::move(expectedText));
                addFontArguments(wrongFont, "is", found.font, found.points);
                addFontArguments(wrongFont, "should", expectedFamily, font.points);
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
