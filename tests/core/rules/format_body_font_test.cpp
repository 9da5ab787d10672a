#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "../format_fixtures.hpp"
#include "utf8.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(FormatBodyFont, BodyIn3haoFangsongIsRightUnderAnyOfItsNames) {
    Document document = test::formattedReport();
    EXPECT_TRUE(test::findingsOf("format.body-font", document).empty());
    for (const char* name : {"仿宋", "仿宋_GB2312", "FangSong", "方正仿宋_GBK", "华文仿宋", "STFangsong", "仿宋;FangSong"}) {
        for (Paragraph& paragraph : document.paragraphs)
            for (FormatRun& run : paragraph.format.runs)
                if (run.format.font == "仿宋_GB2312") run.format.font = name;
        EXPECT_TRUE(test::findingsOf("format.body-font", document).empty()) << name;
        document = test::formattedReport();
    }
}

TEST(FormatBodyFont, OneWordInAnotherFontIsFoundAtItsCharacters) {
    Document document = test::formattedReport();
    const int index = test::paragraphStarting(document, "按照");
    auto& runs = document.paragraphs[index].format.runs;
    const FormatRun whole = runs[0];
    runs = {{0, 2, whole.format}, {2, 6, {"宋体", 12, false, -1}}, {8, whole.length - 8, whole.format}};
    const auto findings = test::findingsOf("format.body-font", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].paragraph, index);
    EXPECT_EQ(findings[0].place.start, 2);
    EXPECT_EQ(findings[0].place.length, 6);
    EXPECT_EQ(findings[0].found, "宋体 12 pt");
    EXPECT_EQ(findings[0].expected, "仿宋 16 pt");
    // The fix sets the whole paragraph's characters.
    EXPECT_EQ(findings[0].fix->format[0].start, 0);
    EXPECT_EQ(findings[0].fix->format[0].length, whole.length);
}

TEST(FormatBodyFont, TheBodyOfARunInHeadingIsBodyTextItsSentenceIsNot) {
    Document document = test::formattedReport();
    const int index = test::paragraphStarting(document, "（一）压实");
    auto& runs = document.paragraphs[index].format.runs;
    ASSERT_EQ(runs.size(), 2u);  // the heading's sentence in 楷体, the rest in 仿宋
    runs[1].format.font = "Noto Sans CJK SC";
    const auto findings = test::findingsOf("format.body-font", document);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].place.start, runs[1].start);
    EXPECT_TRUE(test::findingsOf("format.heading-font", document).empty());
}

TEST(FormatBodyFont, ASizeWithinHalfAPointIsTheSize) {
    Document document = test::formattedReport();
    for (Paragraph& paragraph : document.paragraphs)
        for (FormatRun& run : paragraph.format.runs)
            if (run.format.points == 16) run.format.points = 15.9;
    EXPECT_TRUE(test::findingsOf("format.body-font", document).empty());
    for (Paragraph& paragraph : document.paragraphs)
        for (FormatRun& run : paragraph.format.runs)
            if (run.format.font == "仿宋_GB2312") run.format.points = 15;  // 小三
    EXPECT_FALSE(test::findingsOf("format.body-font", document).empty());
}

TEST(FormatBodyFont, TheMessageNamesTheSizesAndTheClauseInChinese) {
    Document document = test::formattedReport();
    const int index = test::paragraphStarting(document, "按照");
    document.paragraphs[index].format.runs[0].format = {"宋体", 12, false, -1};
    DocumentReport report = checkDocument(document, nullptr, TemplateSource::none, {});
    localise(report, MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN"));
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [](const Finding& f) { return f.rule == "format.body-font"; });
    ASSERT_NE(found, report.findings.end());
    EXPECT_EQ(found->message, "正文应为三号仿宋（16 磅），此处为小四宋体（12 磅）（GB/T 9704—2012 5.2.2、7.3.3）。");
}

// Captions and 附件 labels are not body text: their font and place are the office's (and 7.3.7's).
TEST(FormatBodyFont, CaptionsAndAttachmentLabelsAreNotBodyText) {
    Document document = test::formattedReport();
    const int at = test::paragraphStarting(document, "下一年");
    for (const char* line : {"表1  各支部学习情况统计", "图2-1 工作流程", "附件2"}) {
        Paragraph label = document.paragraphs[at];
        label.text = line;
        label.format.runs[0] = {0, static_cast<int>(utf8::utf16Length(label.text)), {"黑体", 12, false, -1}};
        label.format.alignment = Alignment::centre;
        document.paragraphs.insert(document.paragraphs.begin() + at + 1, label);
    }
    EXPECT_TRUE(test::findingsOf("format.body-font", document).empty());
    EXPECT_TRUE(test::findingsOf("format.first-line-indent", document).empty());
    // A sentence that opens with 表 is body text all the same.
    document.paragraphs[at + 1].text = "表明支部的学习制度已经落实，下一步还要坚持。";
    EXPECT_EQ(test::findingsOf("format.body-font", document).size(), 1u);
}

}  // namespace
}  // namespace reportkit
