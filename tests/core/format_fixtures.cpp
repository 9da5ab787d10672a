#include "format_fixtures.hpp"

#include "fixtures.hpp"
#include "format_roles.hpp"
#include "numbering.hpp"
#include "utf8.hpp"

namespace reportkit::test {

Document formattedReport(const FormatProfile& profile) {
    Document document = fixtureDocument("rules/format/report.txt");
    document.hasFormat = true;
    PageFormat page;
    page.style = "ReportKit gbt9704";
    page.widthMm = profile.page.widthMm;
    page.heightMm = profile.page.heightMm;
    page.topMm = profile.page.topMm;
    page.leftMm = profile.page.leftMm;
    page.rightMm = profile.page.rightMm;
    page.footer = true;
    page.footerSpacingMm = profile.pageNumberSpacingMm;
    page.footerHeightMm = 12.9;
    page.bottomMm = profile.page.bottomMm - page.footerHeightMm;
    page.footerShared = false;
    page.gridLines = profile.page.linesPerPage;
    const FontSpec& number = profile.font(TextRole::pageNumber);
    page.oddPages = {true, "— # —", true, Alignment::right, 0, number.points * 25.4 / 72,
                     {number.families.front(), number.points, false, -1}};
    page.evenPages = page.oddPages;
    page.evenPages.alignment = Alignment::left;
    std::swap(page.evenPages.leftIndentMm, page.evenPages.rightIndentMm);
    document.pages.push_back(page);

    const FormatAnalysis roles = analyseFormat(document, analyseNumbering(document, detectScheme(document)), profile);
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
        ParagraphFormat& format = document.paragraphs[index].format;
        format.page = 0;
        format.lineSpacingPoints = profile.lineSpacingPoints;
        const auto& parts = roles.paragraphs[index].parts;
        if (parts.empty()) {
            const FontSpec& body = profile.font(TextRole::body);
            format.runs.push_back({0, 0, {body.families.front(), body.points, body.bold, -1}});
            continue;
        }
        for (const RolePart& part : parts) {
            const FontSpec& font = profile.font(part.role);
            format.runs.push_back({part.start, part.length, {font.families.front(), font.points, font.bold, -1}});
        }
        if (parts.front().role == TextRole::title) format.alignment = Alignment::centre;
        else if (roles.paragraphs[index].indented) format.firstLineIndentMm = 11.14, format.alignment = Alignment::justified;
        else format.alignment = Alignment::right;
    }
    return document;
}

int paragraphStarting(const Document& document, const std::string& opening) {
    for (std::size_t index = 0; index < document.paragraphs.size(); ++index)
        if (document.paragraphs[index].text.rfind(opening, 0) == 0) return static_cast<int>(index);
    return -1;
}

void setOnAFirstPageAndItsFollow(Document& document) {
    PageFormat follow = document.pages[0];
    follow.style = "Standard";
    document.pages[0].style = "First Page";
    document.pages[0].follow = 1;
    document.pages.push_back(follow);
    for (std::size_t index = 5; index < document.paragraphs.size(); ++index) document.paragraphs[index].format.page = 1;
}

}  // namespace reportkit::test
