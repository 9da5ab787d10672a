#include <gtest/gtest.h>

#include "document.hpp"

namespace reportkit {
namespace {

TEST(DocumentFromText, OneParagraphALineEmptyOnesCounted) {
    const Document doc = documentFromText("\xEF\xBB\xBF一、履职情况\r\n\r\n正文\n", "a.txt");
    ASSERT_EQ(doc.paragraphs.size(), 3u);
    EXPECT_EQ(doc.paragraphs[0].text, "一、履职情况");
    EXPECT_EQ(doc.paragraphs[1].text, "");
    EXPECT_EQ(doc.paragraphs[2].text, "正文");
    EXPECT_EQ(doc.path, "a.txt");
}

TEST(DocumentFromText, EmptyTextHasNoParagraph) { EXPECT_TRUE(documentFromText("", "e.txt").paragraphs.empty()); }

TEST(DocumentFromText, ACarriageReturnAloneEndsALineToo) {
    const Document doc = documentFromText("一、甲\r（一）乙\r\r二、丙\r\n三、丁\n", "mac.txt");
    ASSERT_EQ(doc.paragraphs.size(), 5u);
    EXPECT_EQ(doc.paragraphs[1].text, "（一）乙");
    EXPECT_EQ(doc.paragraphs[2].text, "");
    EXPECT_EQ(doc.paragraphs[3].text, "二、丙");
    EXPECT_EQ(doc.paragraphs[4].text, "三、丁");
}

TEST(TextLines, KeepEachLinesOwnEnd) {
    const std::vector<TextLine> lines = textLines("a\rb\r\nc\nd");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].end, "\r");
    EXPECT_EQ(lines[1].end, "\r\n");
    EXPECT_EQ(lines[2].end, "\n");
    EXPECT_EQ(lines[3].text, "d");
    EXPECT_EQ(lines[3].end, "");
}

}  // namespace
}  // namespace reportkit
