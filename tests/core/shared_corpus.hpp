#pragma once
// The real documents by other people in ../shared/corpus, read in place (never copied into the
// project). A clone without ../shared has none: tests that need them skip, saying so.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace reportkit::test {

// The shared corpus folder, or "" when it is absent.
std::filesystem::path sharedCorpus();

// Skips the current test when the shared corpus is absent.
#define REPORTKIT_NEED_SHARED_CORPUS()                                                              \
    do {                                                                                            \
        if (::reportkit::test::sharedCorpus().empty())                                              \
            GTEST_SKIP() << "../shared/corpus is absent: the real documents are not checked here"; \
    } while (false)

nlohmann::json readJson(const std::filesystem::path& file);

// A finding as a reviewer's judgement names it: rule and paragraph (facts, not text).
using JudgedFinding = std::pair<std::string, int>;

// The judged findings of every JSON file in tests/expectations/<folder>/: for each corpus file,
// the findings reviewed and judged right, {"file": [["rule", paragraph], …]}. Each JSON file holds
// one family of rules, so that each family's reviewer edits one file.
std::map<std::string, std::set<JudgedFinding>> judgedFindings(const std::string& folder);

}  // namespace reportkit::test
