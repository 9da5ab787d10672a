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

}  // namespace
}  // namespace reportkit
