#pragma once
// Realistic generated reports for the benchmarks: GB/T 9704 numbering, run-in headings and
// enumerations, with a slip in every fifth chapter.
#include <string>

#include "markers.hpp"

namespace reportkit::bench {

// About `pages` A4 pages of 22 lines of 28 characters, one paragraph a line.
inline std::string generateReport(int pages) {
    const char* body[] = {"（一）抓好理论武装，推动学习教育走深走实。全年组织集体学习24次，讲授专题党课3次，党员撰写学习体会46篇。",
                          "（二）规范组织生活，提升支部组织力。严格落实“三会一课”制度，按月开展主题党日活动。",
                          "一是加强学习，二是完善制度，三是狠抓落实，推动各项工作落地见效。"};
    std::string text = "关于年度抓基层党建工作的述职报告\n";
    const std::size_t target = static_cast<std::size_t>(pages) * 22 * 28 * 3;  // UTF-8: 3 bytes a character
    for (int chapter = 1; text.size() < target; ++chapter) {
        const int number = (chapter - 1) % 99 + 1;
        text += chineseNumeral(number) + (chapter % 5 == 0 ? "." : "、") + "工作情况\n";
        for (const char* paragraph : body) text += std::string(paragraph) + "\n";
    }
    return text;
}

}  // namespace reportkit::bench
