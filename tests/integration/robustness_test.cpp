// Run with REPORTKIT_FAIL_RULE=numbering.style in the office's environment (see CMakeLists.txt):
// the rule throws on every document, and Writer, the other rules and the next check go on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using nlohmann::json;

TEST(Robustness, AFailingRuleNeitherCrashesWriterNorStopsTheOtherRules) {
    const auto checker = org::reportkit::Checker::create(office().context());
    for (int round = 0; round < 2; ++round) {  // and the office is still there for the next check
        const auto model = loadModel(sourcePath("tests/fixtures/documents/mixed-numbering.fodt"));
        const json report = json::parse(writer::toUtf8(checker->checkDocument(model, "", "en")));
        writer::OfficeSession::close(model);
        std::vector<std::string> rules;
        for (const json& finding : report["findings"]) rules.push_back(finding["rule"]);
        ASSERT_FALSE(report["findings"].empty());
        const json& note = report["findings"][0];
        EXPECT_EQ(note["rule"], "numbering.style");
        EXPECT_EQ(note["severity"], "info");
        EXPECT_EQ(note["message"], "This rule could not run on this document (fault injected by REPORTKIT_FAIL_RULE); "
                                   "the other rules did. Please report it.");
        // numbering.style's own findings are gone; the sections and topics are still checked.
        EXPECT_EQ(std::count(rules.begin(), rules.end(), "numbering.style"), 1);
        EXPECT_EQ(report["summary"]["sections_present"], 3);
    }
}

}  // namespace
}  // namespace reportkit::test
