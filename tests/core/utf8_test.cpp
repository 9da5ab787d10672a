#include <gtest/gtest.h>

#include "utf8.hpp"

namespace reportkit {
namespace {

TEST(Utf8, CountsUtf16UnitsAsWriterDoes) {
    EXPECT_EQ(utf8::utf16Length("一、"), 2u);
    EXPECT_EQ(utf8::utf16Length("a1."), 3u);
    EXPECT_EQ(utf8::utf16Length("𠀀"), 2u);  // outside the BMP: a surrogate pair
    EXPECT_EQ(utf8::utf16Length(""), 0u);
}

TEST(Utf8, RejectsMalformedText) {
    EXPECT_TRUE(utf8::isValid("履职情况 ok"));
    EXPECT_FALSE(utf8::isValid("\xC4\xE3\xBA\xC3"));  // 你好 in GBK
    EXPECT_FALSE(utf8::isValid("\xE4\xB8"));          // truncated
    EXPECT_FALSE(utf8::isValid("\xC0\x80"));          // overlong
}

TEST(Utf8, PrefixCutsWholeCharacters) {
    EXPECT_EQ(utf8::prefix("强化理论武装，在党员教育上", 4), "强化理论");
    EXPECT_EQ(utf8::prefix("短", 10), "短");
}

TEST(Utf8, ByteOffsetsInAnyOrderAreEachByteOffset) {
    const std::string text = "a𠀀履职 ok";
    const std::vector<std::size_t> offsets = {9, 0, 3, 1, 4, 100, 3};
    std::vector<std::size_t> one;
    for (const std::size_t offset : offsets) one.push_back(utf8::byteOffset(text, offset));
    EXPECT_EQ(utf8::byteOffsets(text, offsets), one);
    EXPECT_EQ(one, (std::vector<std::size_t>{text.size(), 0, 5, 1, 8, text.size(), 5}));
}

}  // namespace
}  // namespace reportkit
