#pragma once
// Random reports for property tests: GB/T 9704 structures up to level 4 with the slips writers
// make — variant forms, skipped and repeated numbers, punctuated headings — among body text.
#include <random>
#include <string>
#include <vector>

#include "markers.hpp"

namespace reportkit::test {

inline std::vector<std::string> randomReport(unsigned seed) {
    std::mt19937 random(seed);
    const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
    const auto pick = [&](const std::vector<std::string>& options) { return options[random() % options.size()]; };
    const std::vector<std::string> bodies = {"全年组织集体学习24次，讲授专题党课3次。", "一是加强学习，二是完善制度，三是狠抓落实。",
                                             "严格落实“三会一课”制度，按月开展主题党日。", "完成重点项目8个，投资2.5亿元。",
                                             "（2026年11月）经研究，同意试行。"};
    const std::vector<std::string> headings = {"主要工作", "存在问题", "下步打算", "工作成效", "经验做法"};
    std::vector<std::string> lines = {"关于2026年度工作情况的报告"};
    std::vector<int> numbers(5, 0);
    int level = 1;
    const int paragraphs = 8 + static_cast<int>(random() % 30);
    for (int i = 0; i < paragraphs; ++i) {
        if (chance(40)) {
            lines.push_back(pick(bodies));
            continue;
        }
        // Down one level, back up, or on at this one.
        if (chance(35) && level < 4) ++level;
        else if (chance(30) && level > 1) level -= 1 + static_cast<int>(random() % (level - 1 > 0 ? level - 1 : 1)) % level;
        if (level < 1) level = 1;
        int number = ++numbers[level];
        for (int deeper = level + 1; deeper <= 4; ++deeper) numbers[deeper] = 0;
        if (chance(8)) number += 1;                      // a skipped number
        if (chance(5) && number > 1) number -= 1;        // a repeated one
        std::string marker = standardMarker(NumberingScheme{}, level, number);
        if (chance(25)) {                                // a variant form
            const std::string numeral = level <= 2 ? chineseNumeral(number) : std::to_string(number);
            const std::vector<std::vector<std::string>> variants = {
                {numeral + ".", numeral + "，", numeral + " "},
                {"(" + numeral + ")", "（" + numeral + ")", "（" + numeral + "）、"},
                {numeral + "、", numeral + "．", numeral + ")"},
                {"(" + numeral + ")", "（" + numeral + "）、"}};
            marker = pick(variants[level - 1]);
        }
        std::string heading = pick(headings);
        if (chance(10)) heading += "：";                  // punctuation at the end of a heading
        lines.push_back(marker + heading + (level >= 2 && chance(50) ? "。" + pick(bodies) : ""));
    }
    return lines;
}

inline std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

}  // namespace reportkit::test
