#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "report.hpp"
#include "template_writer.hpp"

namespace reportkit {
namespace {

TEST(TemplateFromDocument, TheSamplesHeadingsBecomeALoadableTemplateThatMatchesIt) {
    const Document sample = documentFromText(
        "某某公司2026年安全生产工作总结\n"
        "今年以来，公司坚持安全第一。\n"
        "一、主要工作\n"
        "（一）健全责任体系。全年签订责任书120份。\n"
        "（二）开展隐患排查：\n"
        "二、存在问题\n"
        "三、下步打算\n",
        "summary");
    const std::string xml = templateFromDocument(sample, "safety-summary", "安全生产工作总结");
    std::vector<TemplateProblem> problems;
    Template made;
    ASSERT_TRUE(parseTemplate(xml, "made.xml", made, problems)) << xml;
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(made.id, "safety-summary");
    EXPECT_EQ(made.name.in("en"), "安全生产工作总结");
    EXPECT_EQ(made.title, "某某公司2026年安全生产工作总结");
    ASSERT_EQ(made.numbering->kind, SchemeKind::gbt9704);
    std::vector<std::string> sections;
    for (const SectionSpec& s : made.sections)
        sections.push_back(s.id + " " + std::to_string(s.level) + " " + s.heading + " " + s.parent +
                           (s.required ? " required" : ""));
    EXPECT_EQ(sections, (std::vector<std::string>{"s-1 1 主要工作  required", "s-1-1 2 健全责任体系 s-1",
                                                  "s-1-2 2 开展隐患排查 s-1", "s-2 1 存在问题  required",
                                                  "s-3 1 下步打算  required"}));
    // The document it came from has every section of its template.
    const DocumentReport report = checkDocument(sample, &made, TemplateSource::option);
    for (const SectionResult& section : report.sections) EXPECT_TRUE(section.present) << section.id;
}

TEST(TemplateFromDocument, TextWithMarkupCharactersIsEscaped) {
    const Document document = documentFromText("一、“A&B”<试点>\n", "x");
    std::vector<TemplateProblem> problems;
    Template made;
    ASSERT_TRUE(parseTemplate(templateFromDocument(document, "x", "A & B"), "x.xml", made, problems));
    EXPECT_EQ(made.sections.at(0).heading, "“A&B”<试点>");
    EXPECT_EQ(made.name.in("zh-CN"), "A & B");
}

}  // namespace
}  // namespace reportkit
