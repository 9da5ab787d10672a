// The checker service inside a real LibreOffice, called over UNO as macros and the CLI call it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <nlohmann/json.hpp>
#include <org/reportkit/Checker.hpp>

#include "markers.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using nlohmann::json;

const std::string kMixed = "tests/fixtures/documents/mixed-numbering.fodt";

json check(const Reference<frame::XModel>& model, const char* templateRef, const char* locale) {
    const auto checker = org::reportkit::Checker::create(office().context());
    return json::parse(writer::toUtf8(checker->checkDocument(model, OUString::createFromAscii(templateRef),
                                                             OUString::createFromAscii(locale))));
}

TEST(CheckerService, FindsTypedAndAutomaticSlipsAtTheirBodyParagraphs) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadModel(sourcePath(kMixed));
    const json report = check(model, "", "en");
    writer::OfficeSession::close(model);

    EXPECT_EQ(report["status"], "ok");
    // 10 paragraphs in the file: the one in the table is not body text; the empty one counts.
    EXPECT_EQ(report["paragraphs"], 9);
    EXPECT_EQ(report["template"], json::parse(R"({"id":"party-branch-secretary-report","name":"Party branch secretary's report on Party building work","version":"2","how":"recorded"})"));
    ASSERT_EQ(report["findings"].size(), 2u) << report.dump(2);

    const json& typed = report["findings"][0];
    EXPECT_EQ(typed["rule"], "numbering.style");
    EXPECT_EQ(typed["paragraph"], 5);
    EXPECT_EQ(typed["found"], "二.");
    EXPECT_EQ(typed["expected"], "二、");
    EXPECT_EQ(typed["fixable"], true);
    EXPECT_EQ(typed["fix"], json::parse(R"({"text":[{"paragraph":5,"start":0,"length":2,"original":"二.","replacement":"二、"}],"list":[]})"));

    const json& automatic = report["findings"][1];
    EXPECT_EQ(automatic["paragraph"], 7);
    EXPECT_EQ(automatic["found"], "三.");  // Writer's own list label, not typed text
    EXPECT_EQ(automatic["expected"], "三、");
    EXPECT_EQ(automatic["fixable"], true);  // by changing the list's label form, not the text
    EXPECT_EQ(automatic["fix"], json::parse(R"({"text":[],"list":[{"paragraph":7,"action":"label","label":"三、"}]})"));
    EXPECT_EQ(automatic["message"],
              "Automatic numbering shows “三.”; the standard form is “三、”: change the list's numbering format.");
    EXPECT_EQ(report["summary"]["errors"], 2);
}

TEST(CheckerService, MessagesComeInTheRequestedLanguage) {
    const FormatAndItemRulesOff numberingOnly;
    const auto model = loadModel(sourcePath(kMixed));
    const json report = check(model, "", "zh-CN");
    writer::OfficeSession::close(model);
    EXPECT_EQ(report["findings"][0]["message"], "序号“二.”写法不规范，应为“二、”。");
}

TEST(CheckerService, ATemplateGivenByIdOverridesTheRecordedOne) {
    const auto model = loadModel(sourcePath(kMixed));
    const json report = check(model, "party-branch-secretary-report", "en");
    writer::OfficeSession::close(model);
    EXPECT_EQ(report["template"]["how"], "option");
}

TEST(CheckerService, AnUnknownTemplateIsAClearError) {
    const auto model = loadModel(sourcePath(kMixed));
    try {
        check(model, "no-such-kind", "en");
        ADD_FAILURE() << "expected IllegalArgumentException";
    } catch (const lang::IllegalArgumentException& error) {
        EXPECT_EQ(writer::toUtf8(error.Message),
                  "no-such-kind: no template has this id, and there is no such file (see reportkit templates)");
    }
    writer::OfficeSession::close(model);
}

TEST(CheckerService, RefusesANullDocument) {
    EXPECT_THROW(check(Reference<frame::XModel>(), "", "en"), lang::IllegalArgumentException);
}

TEST(CheckerService, ListsTheBuiltInTemplates) {
    const auto checker = org::reportkit::Checker::create(office().context());
    const json list = json::parse(writer::toUtf8(checker->listTemplates("zh-CN")));
    ASSERT_EQ(list.size(), 14u);
    EXPECT_EQ(list[6]["id"], "party-branch-secretary-report");
    EXPECT_EQ(list[6]["name"], "党支部书记抓党建工作述职报告");
}

TEST(CheckerService, TablesFramesFootnotesTrackedChangesFieldsAndCommentsAreNotBodyText) {
    const auto model = loadModel(sourcePath("tests/fixtures/documents/everything-at-once.fodt"));
    const json report = check(model, "", "en");
    writer::OfficeSession::close(model);
    std::vector<std::string> found;
    for (const json& finding : report["findings"])
        if (finding["rule"].get<std::string>().rfind("numbering.", 0) == 0)
            found.push_back(finding["rule"].get<std::string>() + "@" + std::to_string(finding["paragraph"].get<int>()) +
                            ":" + finding["found"].get<std::string>());
    // Only the body's 二. — not the footnote's 一., the frame's or the table's 二., nor the deleted 三.
    EXPECT_EQ(found, std::vector<std::string>{"numbering.style@5:二."}) << report.dump(2);
}

TEST(CheckerService, AnEmptyDocumentAndA2000PageOneGiveResults) {
    const FormatAndItemRulesOff numberingOnly;
    const Reference<frame::XModel> empty(office().load("private:factory/swriter", writer::OfficeSession::LoadMode::editable),
                                         uno::UNO_QUERY_THROW);
    const json nothing = check(empty, "", "en");
    writer::OfficeSession::close(empty);
    EXPECT_EQ(nothing["paragraphs"], 1);
    EXPECT_TRUE(nothing["findings"].empty());

    // 2,000 pages: 400 chapters of 100 items of about 140 characters (some 20 lines a page).
    const std::string path = scratchDir() + "/2000-pages.fodt";
    {
        std::ofstream out(path);
        out << R"(<?xml version="1.0" encoding="UTF-8"?><office:document)"
               R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
               R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3")"
               R"( office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>)";
        for (int chapter = 1; chapter <= 400; ++chapter) {
            out << "<text:p>" << chineseNumeral(chapter) << "、第" << chapter << "部分</text:p>";
            for (int item = 1; item <= 100; ++item)
                out << "<text:p>" << item << ".抓好理论武装，推动学习教育走深走实，全年组织集体学习和专题党课，"
                       "党员干部理想信念更加坚定，干事创业更加担当，自我要求更加严格。</text:p>";
        }
        out << "</office:text></office:body></office:document>";
    }
    const auto big = loadModel(path);
    const json report = check(big, "", "en");
    writer::OfficeSession::close(big);
    EXPECT_EQ(report["paragraphs"], 400 * 101);
    EXPECT_TRUE(report["findings"].empty()) << report["findings"][0].dump();
}

TEST(CheckerService, ChecksAFolderInsideTheOfficeIntoAnHtmlReport) {
    const std::string folder = scratchDir() + "/service-folder";
    std::filesystem::create_directories(folder + "/sub");
    const std::string slips = sourcePath("samples/party-branch-report-2023-slips.txt");
    convert(slips, folder + "/a-slips.odt");
    convert(slips, folder + "/sub/b-locked.odt", "secret");
    std::ofstream(folder + "/c-empty.docx");
    std::filesystem::copy_file(slips, folder + "/d-slips.txt");
    std::ofstream(folder + "/.~lock.a-slips.odt#") << "a lock file, not a report";
    std::filesystem::create_symlink(folder + "/gone.odt", folder + "/e-dangling.odt");

    const auto checker = org::reportkit::Checker::create(office().context());
    const std::string file = writer::toUtf8(checker->checkFolder(writer::fromUtf8(folder), "en"));
    EXPECT_NE(file.find("/reportkit/reports/service-folder-report-"), std::string::npos) << file;  // named after the folder
    std::ifstream in(file);
    const std::string html((std::istreambuf_iterator<char>(in)), {});
    // Every candidate is accounted for, the one that cannot be read too.
    EXPECT_NE(html.find("5 document(s)"), std::string::npos) << html.substr(0, 2000);
    for (const char* expected : {"a-slips.odt", "b-locked.odt", "password protected", "c-empty.docx",
                                 "the file is empty (0 bytes)", "d-slips.txt", "numbering.style", "e-dangling.odt",
                                 "a link to a file that does not exist"})
        EXPECT_NE(html.find(expected), std::string::npos) << expected;
    EXPECT_EQ(html.find(".~lock"), std::string::npos);

    try {
        checker->checkFolder(writer::fromUtf8(folder + "/nowhere"), "en");
        ADD_FAILURE() << "expected IllegalArgumentException";
    } catch (const lang::IllegalArgumentException& error) {
        EXPECT_EQ(writer::toUtf8(error.Message), "there is no folder " + folder + "/nowhere");
    }
}

}  // namespace
}  // namespace reportkit::test
