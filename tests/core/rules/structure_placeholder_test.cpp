// structure.placeholder: prompts of the party-branch skeleton left in a half-written report.
#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "report.hpp"
#include "utf8.hpp"

namespace reportkit {
namespace {

TEST(StructurePlaceholder, PromptsLeftInAHalfWrittenReportInEitherLanguage) {
    const TemplateSet set = loadTemplates({test::sourcePath("extension/templates")});
    const Template& party = *set.find("party-branch-secretary-report");
    const DocumentReport report =
        checkDocument(test::fixtureDocument("rules/structure.placeholder/half-written.txt"), &party, TemplateSource::option);
    std::vector<Finding> placeholders;
    for (const Finding& finding : report.findings)
        if (finding.rule == "structure.placeholder") placeholders.push_back(finding);
    ASSERT_EQ(placeholders.size(), 2u);
    EXPECT_EQ(placeholders[0].paragraph, 5);
    EXPECT_EQ(placeholders[0].place.start, 1);  // after the "<" Writer shows around a placeholder
    EXPECT_EQ(placeholders[0].place.length, static_cast<int>(utf8::utf16Length(party.sections[1].prompt.in("zh-CN"))));
    EXPECT_EQ(placeholders[0].found, "实事求是地查找本人抓党建工作中的差距和不");
    EXPECT_EQ(placeholders[1].paragraph, 7);
    EXPECT_EQ(placeholders[1].place.start, 11);  // after "Next year: "
    EXPECT_EQ(placeholders[0].severity, Severity::error);
}

}  // namespace
}  // namespace reportkit
