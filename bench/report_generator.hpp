#pragma once
// Realistic generated reports for the benchmarks, from a built-in template: its level-1 sections
// as chapters (renumbered as the report grows), run-in sub-items and enumerations under each, and
// with `slips` a wrong marker in every fifth chapter.
#include <string>
#include <vector>

#include "markers.hpp"
#include "report_template.hpp"

namespace reportkit::bench {

// About `pages` A4 pages of 22 lines of 28 characters, one paragraph a line.
inline std::string generateReport(int pages, bool slips = true,
                                  const std::string& templateId = "party-branch-secretary-report") {
    static const TemplateSet templates = loadTemplates({std::string(REPORTKIT_SOURCE_DIR) + "/extension/templates"});
    std::vector<std::string> headings;
    if (const Template* chosen = templates.find(templateId))
        for (const SectionSpec& section : chosen->sections)
            if (section.level == 1) headings.push_back(section.heading);
    if (headings.empty()) headings = {"工作情况"};
    const char* body[] = {"（一）抓好理论武装，推动学习教育走深走实。全年组织集体学习24次，讲授专题党课3次，党员撰写学习体会46篇。",
                          "（二）规范组织生活，提升支部组织力。严格落实“三会一课”制度，按月开展主题党日活动。",
                          "一是加强学习，二是完善制度，三是狠抓落实，推动各项工作落地见效。"};
    std::string text = "关于年度抓基层党建工作的述职报告\n";
    const std::size_t target = static_cast<std::size_t>(pages) * 22 * 28 * 3;  // UTF-8: 3 bytes a character
    for (int chapter = 1; text.size() < target; ++chapter) {
        const int number = (chapter - 1) % 99 + 1;
        const bool slip = slips && chapter % 5 == 0;
        text += chineseNumeral(number) + (slip ? "." : "、") + headings[(chapter - 1) % headings.size()] + "\n";
        for (const char* paragraph : body) text += std::string(paragraph) + "\n";
    }
    return text;
}

}  // namespace reportkit::bench
