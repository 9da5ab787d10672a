// The term list: the built-in file, an office's shared list over it, the writer's own over that, a
// locked office list and broken files.
#include <gtest/gtest.h>

#include <algorithm>

#include "fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

bool has(const TermList& list, TermKind kind, const std::string& form) {
    return std::any_of(list.entries.begin(), list.entries.end(),
                       [&](const TermEntry& entry) { return entry.kind == kind && entry.form == form; });
}

TEST(TermList, TheBuiltInListReadsWithoutAProblemAndCitesEverySource) {
    const auto list = loadTermLists({});
    EXPECT_TRUE(list->problems.empty());
    EXPECT_GE(list->entries.size(), 25u);
    for (const TermEntry& entry : list->entries) {
        EXPECT_FALSE(entry.source.empty()) << entry.form;
        EXPECT_FALSE(entry.locked);
    }
    EXPECT_TRUE(has(*list, TermKind::enumeration, "四个自信"));
}

TEST(TermList, AnOfficeListAddsTermsAndTheWritersOwnChangesOrDropsThem) {
    const std::string office = test::termFolder("office-open", "# 本单位\nforbidden | 圆满完成 | | 文风要求\n");
    const std::string own = test::termFolder("own-open", "off | forbidden | 圆满完成\noff | usage | 部署\n"
                                                         "canonical | 某某市人民政府 | 某某市政府 | 本市机构名称\n");
    const auto officeOnly = loadTermLists({office});
    EXPECT_TRUE(has(*officeOnly, TermKind::forbidden, "圆满完成"));
    const auto both = loadTermLists({office, own});
    EXPECT_TRUE(both->problems.empty());
    EXPECT_FALSE(has(*both, TermKind::forbidden, "圆满完成"));
    EXPECT_FALSE(has(*both, TermKind::usage, "部署"));
    EXPECT_TRUE(has(*both, TermKind::canonical, "某某市人民政府"));

    const test::ActiveTerms terms(both);
    const auto findings = test::findingsOf("terms.canonical", documentFromText("报某某市政府审定。\n", "o.txt"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].expected, "某某市人民政府");
    EXPECT_TRUE(test::findingsOf("terms.usage", documentFromText("按照上级布署。\n", "o.txt")).empty());
}

TEST(TermList, ALockedOfficeListCannotBeChangedByTheWriter) {
    const std::string office = test::termFolder("office-locked", "locked\nforbidden | 圆满完成 | 按期完成 | 文风要求\n");
    const std::string own = test::termFolder("own-locked", "off | forbidden | 圆满完成\n"
                                                           "forbidden | 圆满完成 | 顺利完成 | 我的写法\n"
                                                           "forbidden | 高度重视 | | 我自己的\n");
    const auto list = loadTermLists({office, own});
    ASSERT_EQ(list->problems.size(), 2u);
    for (const TemplateProblem& problem : list->problems) {
        EXPECT_EQ(problem.messageKey, "terms.error.locked");
        EXPECT_EQ(problem.file, own + "/terms.txt");
        EXPECT_EQ(problem.detail, office + "/terms.txt");
    }
    EXPECT_EQ(list->problems[0].line, 1);
    EXPECT_EQ(list->problems[1].line, 2);
    const auto entry = std::find_if(list->entries.begin(), list->entries.end(),
                                    [](const TermEntry& e) { return e.form == "圆满完成"; });
    ASSERT_NE(entry, list->entries.end());
    EXPECT_EQ(entry->variants, std::vector<std::string>{"按期完成"});
    EXPECT_TRUE(entry->locked);
    EXPECT_TRUE(has(*list, TermKind::forbidden, "高度重视"));  // the writer still adds their own
}

TEST(TermList, ABrokenFileIsToldByFileAndLineAndTheBuiltInListStillApplies) {
    const std::string own = test::termFolder("own-broken", "# mine\ncanonical | 某某局 | \nsynonym | 甲 | 乙 | 丙\n"
                                                           "usage | 截至 | 截至日 | 词典\nforbidden | 冒号 |\xff | x\n"
                                                           "forbidden | 高度重视 | | 我自己的\n");
    const auto list = loadTermLists({own});
    std::vector<std::pair<int, std::string>> problems;
    for (const TemplateProblem& problem : list->problems) {
        EXPECT_EQ(problem.file, own + "/terms.txt");
        problems.emplace_back(problem.line, problem.messageKey);
    }
    EXPECT_EQ(problems, (std::vector<std::pair<int, std::string>>{{2, "terms.error.fields"},
                                                                    {3, "terms.error.kind"},
                                                                    {4, "terms.error.variant"},
                                                                    {5, "terms.error.encoding"}}));
    EXPECT_TRUE(has(*list, TermKind::forbidden, "高度重视"));
    const MessageCatalog messages = MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN");
    EXPECT_EQ(describe(list->problems[1], messages),
              own + "/terms.txt:3：“synonym”不是词条种类（canonical、usage、enumeration、forbidden 或 off），此行未采用");

    const test::ActiveTerms terms(list);
    EXPECT_EQ(test::findingsOf("terms.usage", documentFromText("截止目前，已完成。\n", "b.txt")).size(), 1u);
}

TEST(TermList, MatchingIsOnePassAndLinearInTheParagraph) {
    // A long paragraph of near misses costs no more per character than a short one.
    std::string text;
    for (int i = 0; i < 4000; ++i) text += "政治意识、大局意识和责任意识，";
    const auto list = activeTermList();
    const ParagraphTerms terms = findTerms(text, *list);
    EXPECT_EQ(terms.hits.size(), 8000u);
}

}  // namespace
}  // namespace reportkit
