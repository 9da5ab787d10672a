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

}  // namespace
}  // namespace reportkit
