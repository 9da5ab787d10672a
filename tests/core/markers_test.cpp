#include <gtest/gtest.h>

#include "markers.hpp"

namespace reportkit {
namespace {

TEST(ChineseNumerals, WriteAndReadOneToNinetyNine) {
    EXPECT_EQ(chineseNumeral(1), "一");
    EXPECT_EQ(chineseNumeral(10), "十");
    EXPECT_EQ(chineseNumeral(11), "十一");
    EXPECT_EQ(chineseNumeral(20), "二十");
    EXPECT_EQ(chineseNumeral(21), "二十一");
    EXPECT_EQ(chineseNumeral(99), "九十九");
    EXPECT_EQ(chineseNumeral(0), "");
    EXPECT_EQ(chineseNumeral(100), "");
    for (int value = 1; value <= 99; ++value) {
        const std::string text = chineseNumeral(value);
        std::size_t bytes = 0;
        const auto parsed = parseChineseNumeral(text + "、", bytes);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(*parsed, value);
        EXPECT_EQ(bytes, text.size());
    }
}

TEST(Markers, StandardLevelOne) {
    const auto marker = findMarker("二十一、附则");
    ASSERT_TRUE(marker.has_value());
    EXPECT_EQ(marker->level, 1);
    EXPECT_EQ(marker->number, 21);
    EXPECT_EQ(marker->text, "二十一、");
    EXPECT_TRUE(marker->isStandard());
}

TEST(Markers, VariantsAreRecognisedWithTheirStandardForm) {
    for (const char* text : {"三.下步打算", "三．下步打算", "三，下步打算", "三,下步打算", "三：下步打算"}) {
        const auto marker = findMarker(text);
        ASSERT_TRUE(marker.has_value()) << text;
        EXPECT_EQ(marker->standard, "三、");
        EXPECT_FALSE(marker->isStandard()) << text;
    }
}

TEST(Markers, WordsThatStartWithNumeralsAreNotMarkers) {
    for (const char* text : {"一是加强学习", "十九届六中全会", "一方面", "一年来", "二〇二三年", "一十、", "正文"})
        EXPECT_FALSE(findMarker(text).has_value()) << text;
}

}  // namespace
}  // namespace reportkit
