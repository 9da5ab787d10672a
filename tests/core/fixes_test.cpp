#include <gtest/gtest.h>

#include "fixes.hpp"
#include "fixtures.hpp"
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
    first.fix = Fix{{TextEdit{3, 0, 3, "（三）"}, TextEdit{4, 0, 3, "（四）"}}, {}};
    Finding second;
    second.fix = Fix{{TextEdit{4, 0, 3, "（五）"}, TextEdit{6, 2, 1, ""}}, {}};
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
}

}  // namespace
}  // namespace reportkit
