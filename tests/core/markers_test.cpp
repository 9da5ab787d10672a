#include <gtest/gtest.h>

#include "markers.hpp"

namespace reportkit {
namespace {

const NumberingScheme kGbt;

TEST(ChineseNumerals, WriteAndReadOneToNineHundredNinetyNine) {
    EXPECT_EQ(chineseNumeral(1), "一");
    EXPECT_EQ(chineseNumeral(10), "十");
    EXPECT_EQ(chineseNumeral(11), "十一");
    EXPECT_EQ(chineseNumeral(20), "二十");
    EXPECT_EQ(chineseNumeral(99), "九十九");
    EXPECT_EQ(chineseNumeral(100), "一百");
    EXPECT_EQ(chineseNumeral(105), "一百零五");
    EXPECT_EQ(chineseNumeral(110), "一百一十");
    EXPECT_EQ(chineseNumeral(999), "九百九十九");
    EXPECT_EQ(chineseNumeral(0), "");
    EXPECT_EQ(chineseNumeral(1000), "");
    for (int value = 1; value <= 999; ++value) {
        const std::string text = chineseNumeral(value);
        std::size_t bytes = 0;
        const auto parsed = parseChineseNumeral(text + "、", bytes);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(*parsed, value);
        EXPECT_EQ(bytes, text.size());
    }
}

struct Case {
    const char* paragraph;
    int level;
    int number;
    const char* text;      // the marker as written
    const char* standard;  // its standard form
};

// The case's paragraph starts with a marker of its level, number and text, standard or not as said.
void expectMarker(const Case& c, bool standard) {
    SCOPED_TRACE(c.paragraph);
    const auto marker = findMarker(c.paragraph, kGbt);
    ASSERT_TRUE(marker.has_value());
    EXPECT_EQ(marker->level, c.level);
    EXPECT_EQ(marker->number, c.number);
    EXPECT_EQ(marker->text, c.text);
    EXPECT_EQ(marker->standard, c.standard);
    EXPECT_EQ(marker->isStandard(), standard);
}

TEST(Markers, StandardFormsOfTheFourLevels) {
    for (const Case& c : {Case{"一、履职情况", 1, 1, "一、", "一、"}, Case{"二十一、附则", 1, 21, "二十一、", "二十一、"},
                          Case{"（三）强化责任担当。", 2, 3, "（三）", "（三）"}, Case{"12.加强学习", 3, 12, "12.", "12."},
                          Case{"（4）落实制度", 4, 4, "（4）", "（4）"},
                          // Both stops are official house styles; a document is held to one (numbering.style).
                          Case{"1．学习", 3, 1, "1．", "1．"}})
        expectMarker(c, true);
}

TEST(Markers, VariantsPeopleTypeAreRecognisedWithTheirStandardForm) {
    for (const Case& c : {
             Case{"三.下步打算", 1, 3, "三.", "三、"},        Case{"三．下步打算", 1, 3, "三．", "三、"},
             Case{"三，下步打算", 1, 3, "三，", "三、"},       Case{"三,下步打算", 1, 3, "三,", "三、"},
             Case{"三：下步打算", 1, 3, "三：", "三、"},       Case{"三 下步打算", 1, 3, "三 ", "三、"},
             Case{"三、 下步打算", 1, 3, "三、 ", "三、"},     Case{"(一)强化", 2, 1, "(一)", "（一）"},
             Case{"（一)强化", 2, 1, "（一)", "（一）"},       Case{"(一）强化", 2, 1, "(一）", "（一）"},
             Case{"（一）、强化", 2, 1, "（一）、", "（一）"}, Case{"（一）.强化", 2, 1, "（一）.", "（一）"},
             Case{"（ 一 ）强化", 2, 1, "（ 一 ）", "（一）"}, Case{"㈡强化", 2, 2, "㈡", "（二）"},
             Case{"1、学习", 3, 1, "1、", "1."},             Case{"1，学习", 3, 1, "1，", "1."},
             Case{"1)学习", 3, 1, "1)", "1."},               Case{"１．学习", 3, 1, "１．", "1."},
             Case{"1． 学习", 3, 1, "1． ", "1．"},           Case{"(1)落实", 4, 1, "(1)", "（1）"},
             Case{"（1）、落实", 4, 1, "（1）、", "（1）"},   Case{"⑶落实", 4, 3, "⑶", "（3）"},
             Case{"②落实", 4, 2, "②", "（2）"},             Case{"（１）落实", 4, 1, "（１）", "（1）"},
         })
        expectMarker(c, false);
}

TEST(Markers, IndentationIsSkippedAndCounted) {
    const auto marker = findMarker("\u3000\u3000（二）规范组织生活", kGbt);
    ASSERT_TRUE(marker.has_value());
    EXPECT_EQ(marker->offset, 6u);
    EXPECT_EQ(marker->text, "（二）");
}

TEST(Markers, EnumerationOpeners) {
    const auto right = findMarker("第一，加强学习。", kGbt);
    ASSERT_TRUE(right.has_value());
    EXPECT_EQ(right->level, 0);
    EXPECT_TRUE(right->isStandard());
    const auto wrong = findMarker("第二、完善制度。", kGbt);
    ASSERT_TRUE(wrong.has_value());
    EXPECT_EQ(wrong->standard, "第二，");
    EXPECT_FALSE(findMarker("第一、二季度完成了计划。", kGbt).has_value());
}

TEST(Markers, TextThatOnlyLooksLikeAMarker) {
    for (const char* text : {"一是加强学习", "十九届六中全会", "一方面", "一年来", "二〇二三年", "一十、",
                             "（2021年12月）", "（试行）", "（含）", "2021年12月", "2.5倍于去年", "“一、二、三”工作法",
                             "一、二等奖各一名", "正文", "", "（）", "1.2.3 方法"})
        EXPECT_FALSE(findMarker(text, kGbt).has_value()) << text;
}

TEST(Markers, TheLevelThreeStopIsASchemeSetting) {
    NumberingScheme fullWidthStop;
    fullWidthStop.level3Stop = "．";
    EXPECT_TRUE(findMarker("1．学习", fullWidthStop)->isStandard());
    EXPECT_FALSE(findMarker("1.学习", fullWidthStop)->isStandard());
    NumberingScheme halfWidthStop;
    halfWidthStop.level3Stop = ".";
    EXPECT_FALSE(findMarker("1．学习", halfWidthStop)->isStandard());
    EXPECT_EQ(standardMarker(kGbt, 3, 2), "2.");  // what ReportKit writes where either is right
}

TEST(Markers, AnItemOpeningWithAYearIsAnItem) {
    const auto item = findMarker("1.2022年底前完成改造", kGbt);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->number, 1);
    EXPECT_EQ(item->text, "1.");
    EXPECT_FALSE(findFigureLedMarker("1.2022年底前完成改造", kGbt).has_value());
}

TEST(Markers, AnItemOpeningWithAFigureIsOnlyAFigureLedCandidate) {
    // "3.5亿元" reads as a number by itself; the count around it decides (NumberingAnalysis).
    EXPECT_FALSE(findMarker("3.5亿元用于改造", kGbt).has_value());
    const auto candidate = findFigureLedMarker("3.5亿元用于改造", kGbt);
    ASSERT_TRUE(candidate.has_value());
    EXPECT_EQ(candidate->number, 3);
    EXPECT_EQ(candidate->text, "3.");
    EXPECT_FALSE(findFigureLedMarker("3.学习", kGbt).has_value());
    EXPECT_FALSE(findFigureLedMarker("2023.5", kGbt).has_value());
}

TEST(Markers, RegulationScheme) {
    NumberingScheme regulation;
    regulation.kind = SchemeKind::regulation;
    const auto chapter = findMarker("第一章　总则", regulation);
    ASSERT_TRUE(chapter.has_value());
    EXPECT_EQ(chapter->level, 1);
    EXPECT_TRUE(chapter->isStandard());
    const auto article = findMarker("第一百零二条　本办法自发布之日起施行。", regulation);
    ASSERT_TRUE(article.has_value());
    EXPECT_EQ(article->level, 3);
    EXPECT_EQ(article->number, 102);
    const auto arabic = findMarker("第3条 为了规范管理", regulation);
    ASSERT_TRUE(arabic.has_value());
    EXPECT_EQ(arabic->standard, "第三条 ");
    EXPECT_FALSE(findMarker("第一，加强学习", regulation).has_value());
}

TEST(Markers, DecimalScheme) {
    NumberingScheme decimal;
    decimal.kind = SchemeKind::decimal;
    const auto marker = findMarker("2.3.1 试验方法", decimal);
    ASSERT_TRUE(marker.has_value());
    EXPECT_EQ(marker->level, 3);
    EXPECT_EQ(marker->number, 1);
    EXPECT_EQ(marker->path, (std::vector<int>{2, 3, 1}));
    EXPECT_FALSE(findMarker("2.5倍", decimal).has_value());
}

TEST(Markers, HeadingSentenceOfARunInHeading) {
    const std::string paragraph = "（一）强化理论武装，在党员教育上取得实效。坚持把深入学习作为根本任务。";
    const auto marker = findMarker(paragraph, kGbt);
    ASSERT_TRUE(marker.has_value());
    EXPECT_EQ(headingSentence(paragraph, *marker), "强化理论武装，在党员教育上取得实效。");
    EXPECT_EQ(headingSentence("一、履职情况", *findMarker("一、履职情况", kGbt)), "履职情况");
}

}  // namespace
}  // namespace reportkit
