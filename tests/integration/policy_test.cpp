// An office administrator's policy extension (examples/office-policy) locks the shared template
// folder: its templates replace the built-in ones, and the writer cannot change the setting.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "engine.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using nlohmann::json;

json templateEntry(const std::string& id) {
    const auto checker = org::reportkit::Checker::create(office().context());
    for (const json& entry : json::parse(writer::toUtf8(checker->listTemplates("zh-CN"))))
        if (entry["id"] == id) return entry;
    return {};
}

TEST(OfficePolicy, TheLockedSharedFolderIsInEffectAndCannotBeChanged) {
    const writer::Engine engine(office().context());
    const auto settings = engine.templateSettings();
    ASSERT_EQ(settings.sharedFolders.size(), 1u);
    EXPECT_NE(settings.sharedFolders[0].find("shared-templates"), std::string::npos) << settings.sharedFolders[0];
    EXPECT_TRUE(settings.sharedLocked);
    EXPECT_FALSE(settings.userLocked);

    // The office's edition replaces the built-in kind, and says where it came from.
    const json party = templateEntry("party-branch-secretary-report");
    EXPECT_EQ(party["source"], "shared");
    EXPECT_EQ(party["version"], "2026.1");
    EXPECT_EQ(party["name"], "党支部书记抓党建工作述职报告（本单位版）");
    EXPECT_NE(party["overrides"].get<std::string>().find("templates/party-branch-secretary-report.xml"), std::string::npos);
    EXPECT_EQ(templateEntry("work-plan")["source"], "builtin");

    // The writer cannot point elsewhere; the setting and the templates stay the office's.
    EXPECT_FALSE(engine.setTemplateSettings({"/somewhere/else"}, ""));
    EXPECT_EQ(engine.templateSettings().sharedFolders, settings.sharedFolders);
    EXPECT_EQ(templateEntry("party-branch-secretary-report")["source"], "shared");
}

TEST(OfficePolicy, AWritersOwnCopyIsKeptBesideTheSharedOne) {
    const writer::Engine engine(office().context());
    const std::string own = scratchDir() + "/own-templates";
    std::filesystem::create_directories(own);
    std::filesystem::copy_file(sourcePath("extension/templates/party-branch-secretary-report.xml"),
                               own + "/party-branch-secretary-report.xml");
    std::filesystem::copy_file(sourcePath("tests/fixtures/templates/skeleton.xml"), own + "/skeleton.xml");
    // The user folder is not locked.
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, own));
    EXPECT_EQ(engine.userTemplateFolder(), own);

    EXPECT_EQ(templateEntry("skeleton-example")["source"], "user");
    // The office's edition still wins for its id; the writer's copy is not touched.
    const json party = templateEntry("party-branch-secretary-report");
    EXPECT_EQ(party["source"], "shared");
    EXPECT_EQ(party["overrides"], own + "/party-branch-secretary-report.xml");
    EXPECT_TRUE(std::filesystem::exists(own + "/party-branch-secretary-report.xml"));
    ASSERT_TRUE(engine.setTemplateSettings(engine.templateSettings().sharedFolders, ""));
}

}  // namespace
}  // namespace reportkit::test
