// structure.items: the numbered items of a section against the template's min-items and max-items.
#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(StructureItems, TooFewAndTooManyItemsButRunningTextIsLeftAlone) {
    const TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    DocumentReport report = checkDocument(test::fixtureDocument("rules/structure.items/two-duties-six-problems.txt"),
                                          set.find("party-branch-secretary-report"), TemplateSource::option);
    localise(report, MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN"));
    std::vector<Finding> items;
    for (const Finding& finding : report.findings)
        if (finding.rule == "structure.items") items.push_back(finding);
    // 下步打算 is written as a paragraph with no numbered item: not a finding.
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].paragraph, 1);
    EXPECT_EQ(items[0].severity, Severity::warning);
    EXPECT_EQ(items[0].found, "2");
    EXPECT_EQ(items[0].expected, "3");
    EXPECT_EQ(items[0].message, "章节“履职情况”下有2条，通常至少3条。");
    EXPECT_EQ(items[1].paragraph, 4);
    EXPECT_EQ(items[1].found, "6");
    EXPECT_EQ(items[1].expected, "5");
    EXPECT_EQ(items[1].message, "章节“存在问题”下有6条，通常不超过5条。");
}

}  // namespace
}  // namespace reportkit
