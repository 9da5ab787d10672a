#include <gtest/gtest.h>

#include "fixes.hpp"
#include "fixtures.hpp"
#include "random_reports.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(Fixes, FixingEverythingLeavesNothingToFixAndChangesOnlyMarkers) {
    for (const char* fixture : {"rules/numbering.style/level1-variants.txt", "rules/numbering.style/all-levels-variants.txt",
                                "rules/numbering.sequence/skips-repeats-restarts.txt", "rules/heading.punctuation/headings.txt"}) {
        SCOPED_TRACE(fixture);
        Document document = test::fixtureDocument(fixture);
        const Document original = document;
        const Fix fix = mergeFixes(checkDocument(document, nullptr, TemplateSource::none).findings);
        ASSERT_FALSE(fix.text.empty());
        EXPECT_EQ(applyTextEdits(document, fix.text), static_cast<int>(fix.text.size()));
        for (const Finding& finding : checkDocument(document, nullptr, TemplateSource::none).findings)
            EXPECT_FALSE(finding.fix.has_value() && !finding.fix->text.empty())
                << finding.rule << " still fixable at " << finding.paragraph << ": " << finding.found;
        ASSERT_EQ(document.paragraphs.size(), original.paragraphs.size());
    }
}

TEST(Fixes, TheSequenceFixGivesTheExpectedText) {
    Document document = test::fixtureDocument("rules/numbering.sequence/skips-repeats-restarts.txt");
    applyTextEdits(document, mergeFixes(checkDocument(document, nullptr, TemplateSource::none).findings).text);
    EXPECT_EQ(documentText(document),
              "关于2024年度工作情况的报告\n一、主要工作\n（一）抓好理论学习。全年组织学习12次。\n"
              "（二）规范组织生活。按月开展主题党日。\n（三）推进中心工作。设立党员先锋岗5个。\n"
              "（四）严明纪律规矩。签订廉洁承诺书。\n二、存在问题\n（一）学习不够深入。\n（二）制度落实不够有力。\n"
              "三、下步打算\n1.完善学习制度\n2.建立学习台账\n3.加强督促检查\n");
}

TEST(Fixes, OverlappingAndRepeatedEditsAreTakenOnce) {
    Finding first;
    first.fix = Fix{{TextEdit{3, 0, 3, "（三）"}, TextEdit{4, 0, 3, "（四）"}}, {}, {}};
    Finding second;
    second.fix = Fix{{TextEdit{4, 0, 3, "（五）"}, TextEdit{6, 2, 1, ""}}, {}, {}};
    const Fix merged = mergeFixes({second, first});
    EXPECT_EQ(merged.text, (std::vector<TextEdit>{{3, 0, 3, "（三）"}, {4, 0, 3, "（五）"}, {6, 2, 1, ""}}));
}

TEST(Fixes, EditsCountUtf16UnitsLikeWriter) {
    Document document = documentFromText("𠀀一.标题\n", "wide.txt");  // a character outside the BMP first
    EXPECT_EQ(applyTextEdits(document, {TextEdit{0, 2, 2, "一、"}}), 1);
    EXPECT_EQ(document.paragraphs[0].text, "𠀀一、标题");
    EXPECT_EQ(applyTextEdits(document, {TextEdit{0, 40, 1, ""}, TextEdit{7, 0, 1, ""}}), 0);
}


TEST(FixText, KeepsByteOrderMarkLineEndsAndTheLastLine) {
    const std::string original = "\xEF\xBB\xBF一.主要工作\r\n正文\r\n\r\n二.存在问题";
    EXPECT_EQ(fixText(original, {TextEdit{0, 0, 2, "一、"}, TextEdit{3, 0, 2, "二、"}}),
              "\xEF\xBB\xBF一、主要工作\r\n正文\r\n\r\n二、存在问题");
    EXPECT_EQ(fixText("一.甲\n", {TextEdit{0, 0, 2, "一、"}}), "一、甲\n");
    EXPECT_EQ(fixText("", {}), "");
    EXPECT_EQ(fixText("一.甲\r二.乙\r", {TextEdit{0, 0, 2, "一、"}, TextEdit{1, 0, 2, "二、"}}), "一、甲\r二、乙\r");
}

// What a fix may change in a paragraph: its leading marker and a heading's final mark.
std::string withoutMarkerAndFinalMark(const std::string& paragraph) {
    std::string rest = paragraph;
    if (const auto marker = findMarker(paragraph, NumberingScheme{}))
        rest = paragraph.substr(0, marker->offset) + paragraph.substr(marker->offset + marker->text.size());
    for (const std::string mark : {"：", "。", "，", "、", ":", ".", ","})
        if (rest.size() >= mark.size() && rest.compare(rest.size() - mark.size(), mark.size(), mark) == 0) {
            rest.erase(rest.size() - mark.size());
            break;
        }
    return rest;
}

TEST(FixesProperty, OnRandomReportsAllFixesChangeOnlyMarkersAndFinalMarksAndLeaveNoStyleSlip) {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const std::string original = test::joinLines(test::randomReport(seed));
        const Document document = documentFromText(original, "random");
        const Fix fix = mergeFixes(checkDocument(document, nullptr, TemplateSource::none).findings);
        const std::string fixed = fixText(original, fix.text);
        const Document after = documentFromText(fixed, "random");
        ASSERT_EQ(after.paragraphs.size(), document.paragraphs.size());
        for (std::size_t i = 0; i < document.paragraphs.size(); ++i)
            EXPECT_EQ(withoutMarkerAndFinalMark(after.paragraphs[i].text), withoutMarkerAndFinalMark(document.paragraphs[i].text))
                << document.paragraphs[i].text << " → " << after.paragraphs[i].text;
        for (const Finding& finding : checkDocument(after, nullptr, TemplateSource::none).findings)
            EXPECT_NE(finding.rule, "numbering.style") << finding.found << " left at " << finding.paragraph;
    }
}

}  // namespace
}  // namespace reportkit
