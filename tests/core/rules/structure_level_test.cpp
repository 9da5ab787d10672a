// structure.level: a section found under a heading of another level than the template's.
#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"

namespace reportkit {
namespace {

TEST(StructureLevel, PlansHeadedAsAPointOfProblemsAreFoundAndReportedAsSuch) {
    const TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    const Document document = test::fixtureDocument("rules/structure.level/plans-under-problems.txt");
    const TemplateChoice choice = chooseTemplate(set, document, "");
    ASSERT_NE(choice.chosen, nullptr);
    EXPECT_EQ(choice.chosen->id, "party-branch-secretary-report");
    DocumentReport report = checkDocument(document, choice);
    localise(report, MessageCatalog::load(test::sourcePath("extension/messages"), "en"));
    std::vector<Finding> level;
    for (const Finding& finding : report.findings) {
        EXPECT_NE(finding.rule, "structure.missing-section") << finding.expected;
        if (finding.rule == "structure.level") level.push_back(finding);
    }
    ASSERT_EQ(level.size(), 1u);
    EXPECT_EQ(level[0].paragraph, 8);
    EXPECT_EQ(level[0].found, "2");
    EXPECT_EQ(level[0].expected, "1");
    EXPECT_EQ(level[0].message,
              "The section “下步打算” is headed at level 2; the template puts it at level 1 (一、 is level 1, （一） level 2, 1. level 3).");
    ASSERT_EQ(report.sections.size(), 3u);
    EXPECT_EQ(report.sections[2].paragraph, 8);
    // 存在问题 ends where 下步打算 begins: two items, not three.
    for (const Finding& finding : report.findings) EXPECT_NE(finding.rule, "structure.items") << finding.found;
}

}  // namespace
}  // namespace reportkit
