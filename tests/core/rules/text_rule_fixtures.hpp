#pragma once
// The fixtures every paragraph-local text rule (punctuation.*, numbers.*) is held to, under
// tests/fixtures/rules/<rule>/: no finding on right.txt, which holds the traps (addresses, times,
// standard numbers, English, titles); exactly one finding on each line of wrong.txt, each line
// with one slip; and wrong.txt with the fixes applied is fixed.txt (a line whose finding has no fix
// stays as it was there).
#include <gtest/gtest.h>

#include "../fixtures.hpp"
#include "fixes.hpp"

namespace reportkit::test {

inline void expectRightAndWrongFixtures(const std::string& rule) {
    const std::string folder = "rules/" + rule + "/";
    for (const Finding& finding : findingsOf(rule, fixtureDocument(folder + "right.txt")))
        ADD_FAILURE() << "right.txt, line " << finding.paragraph + 1 << ": " << finding.messageKey << " on “"
                      << finding.found << "”";

    const Document wrong = fixtureDocument(folder + "wrong.txt");
    const std::vector<Finding> findings = findingsOf(rule, wrong);
    std::vector<int> perLine(wrong.paragraphs.size(), 0);
    for (const Finding& finding : findings) ++perLine.at(finding.paragraph);
    for (std::size_t line = 0; line < perLine.size(); ++line)
        EXPECT_EQ(perLine[line], 1) << "wrong.txt, line " << line + 1 << ": " << wrong.paragraphs[line].text;

    const std::string fixed = fixText(readFile(fixturePath(folder + "wrong.txt")), mergeFixes(findings).text);
    EXPECT_EQ(fixed, readFile(fixturePath(folder + "fixed.txt")));
}

}  // namespace reportkit::test
