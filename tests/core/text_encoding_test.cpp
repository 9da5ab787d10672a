#include <gtest/gtest.h>

#include "text_encoding.hpp"

namespace reportkit {
namespace {

const std::string kText = "一、履职情况\n二.存在问题 𠀀\n";  // U+20000 needs a surrogate pair in UTF-16

// The same text in the encodings offices save (written out here byte by byte for GBK, so that the
// test does not trust the converter it tests).
TEST(TextEncoding, ReadsUtf8Utf16AndGb18030AndSaysWhich) {
    const auto utf8 = decodeText(kText);
    ASSERT_TRUE(utf8);
    EXPECT_EQ(utf8->encoding, "UTF-8");
    EXPECT_FALSE(utf8->byteOrderMark);

    const auto marked = decodeText("\xEF\xBB\xBF" + kText);
    ASSERT_TRUE(marked);
    EXPECT_EQ(marked->utf8, kText);
    EXPECT_TRUE(marked->byteOrderMark);

    const std::string gbk = "\xD2\xBB\xA1\xA2\xC2\xC4\xD6\xB0";  // 一、履职
    const auto fromGbk = decodeText(gbk);
    ASSERT_TRUE(fromGbk);
    EXPECT_EQ(fromGbk->encoding, "GB18030");
    EXPECT_EQ(fromGbk->utf8, "一、履职");

    for (const char* encoding : {"UTF-16LE", "UTF-16BE"}) {
        SCOPED_TRACE(encoding);
        const DecodedText as{"", encoding, true};
        const auto bytes = encodeText(kText, as);
        ASSERT_TRUE(bytes);
        EXPECT_EQ(bytes->substr(0, 2), std::string(encoding[6] == 'L' ? "\xFF\xFE" : "\xFE\xFF"));
        const auto back = decodeText(*bytes);
        ASSERT_TRUE(back);
        EXPECT_EQ(back->encoding, encoding);
        EXPECT_EQ(back->utf8, kText);
    }
}

TEST(TextEncoding, AFixedCopyGoesBackIntoTheOriginalsEncoding) {
    const auto fromGbk = decodeText("\xD2\xBB\xA1\xA2\xC2\xC4\xD6\xB0");
    ASSERT_TRUE(fromGbk);
    EXPECT_EQ(encodeText("一、履职", *fromGbk), "\xD2\xBB\xA1\xA2\xC2\xC4\xD6\xB0");
    EXPECT_EQ(encodeText("一、", DecodedText{"", "UTF-8", true}), "\xEF\xBB\xBF一、");
}

TEST(TextEncoding, BytesOfNoneOfThemAreRefused) {
    EXPECT_FALSE(decodeText(std::string("\xFF\xFE\x41", 3)));  // UTF-16 of an odd length
    EXPECT_FALSE(decodeText(std::string("\xFF\xFE\x00\xDC", 4)));  // a lone low surrogate
    EXPECT_FALSE(decodeText("\x81"));                    // a GB18030 lead byte with nothing after it
    EXPECT_FALSE(decodeText("\xEF\xBB\xBF\xFF"));        // a UTF-8 mark before bytes that are not UTF-8
}

}  // namespace
}  // namespace reportkit
