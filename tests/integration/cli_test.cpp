// build/reportkit as a user runs it: its own private LibreOffice, real files, exit statuses.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string reportkitCommand(const std::string& arguments, const char* language) {
    return "LANG=" + std::string(language) + " LC_ALL= LC_MESSAGES= REPORTKIT_OFFICE_PROFILE=" + scratchDir() + "/cli-office " +
           buildPath("reportkit") + " " + arguments;
}

CommandResult reportkit(const std::string& arguments, const char* language = "C.UTF-8") {
    return runCommand(reportkitCommand(arguments, language));
}

// The findings but the format ones (a text report has no format; these documents have LibreOffice's
// default one), without their rendered message: what must agree between formats.
json findingsOf(const json& document) {
    json result = json::array();
    for (json finding : document["findings"]) {
        if (finding["rule"].get<std::string>().rfind("format.", 0) == 0) continue;
        finding.erase("message");
        result.push_back(finding);
    }
    return result;
}

// About 8 MB of flat ODT: LibreOffice needs several seconds to open it.
std::string slowDocument() {
    const std::string path = scratchDir() + "/slow.fodt";
    if (fs::exists(path)) return path;
    std::ofstream out(path);
    out << R"(<?xml version="1.0" encoding="UTF-8"?><office:document)"
           R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
           R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3")"
           R"( office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>)";
    for (int i = 0; i < 60000; ++i) out << "<text:p>（一）抓好理论武装，推动学习教育走深走实，全年组织集体学习。</text:p>";
    out << "</office:text></office:body></office:document>";
    return path;
}

class CommandLine : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::string slips = sourcePath("samples/party-branch-report-2023-slips.txt");
        fs::create_directories(dir());
        fs::copy_file(slips, dir() + "/slips.txt", fs::copy_options::overwrite_existing);
        convert(slips, dir() + "/slips.odt");
        convert(slips, dir() + "/slips.docx");
        convert(sourcePath("samples/party-branch-report-2023.txt"), dir() + "/clean.docx");
        convert(slips, dir() + "/locked.odt", "secret");
    }
    static std::string dir() { return scratchDir() + "/cli"; }
};

TEST_F(CommandLine, TxtOdtAndDocxOfTheSameTextGiveTheSameFindings) {
    const CommandResult run =
        reportkit("check --format json " + dir() + "/slips.txt " + dir() + "/slips.odt " + dir() + "/slips.docx");
    EXPECT_EQ(run.status, 1) << run.err;  // error findings
    const json result = json::parse(run.out);
    EXPECT_EQ(result["tool"]["name"], "reportkit");
    ASSERT_EQ(result["documents"].size(), 3u);
    const json expected = findingsOf(result["documents"][0]);
    ASSERT_EQ(expected.size(), 2u);
    EXPECT_EQ(expected[0]["paragraph"], 7);
    EXPECT_EQ(expected[0]["found"], "二.");
    EXPECT_EQ(expected[1]["paragraph"], 11);
    EXPECT_EQ(expected[1]["found"], "三，");
    for (const json& document : result["documents"]) {
        SCOPED_TRACE(document["path"].get<std::string>());
        EXPECT_EQ(document["status"], "ok");
        EXPECT_EQ(document["paragraphs"], 15);
        EXPECT_EQ(findingsOf(document), expected);
    }
    EXPECT_EQ(result["documents"][2]["path"], dir() + "/slips.docx");
}

TEST_F(CommandLine, ACleanReportExitsZeroWithATextSummary) {
    const CommandResult run = reportkit("check " + dir() + "/clean.docx");
    EXPECT_EQ(run.status, 0) << run.err;
    // The template by its name in the messages' language, as a person reads it.
    // Its format is LibreOffice's default: warnings, every one about the format.
    const std::string summary = dir() + "/clean.docx: 0 error(s), ";
    EXPECT_EQ(run.out.substr(0, summary.size()), summary) << run.out;
    EXPECT_NE(run.out.find(" warning(s); template: Party branch secretary's report on Party building work (detected from "
                           "the headings)\n  required sections 3/3, required topics 4/4\n"),
              std::string::npos) << run.out;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);)
        if (line.find(" · ") != std::string::npos) {
            EXPECT_NE(line.find(" · warning · format."), std::string::npos) << line;
        }
}

TEST_F(CommandLine, MessagesFollowTheUsersLanguage) {
    const CommandResult run = reportkit("check " + dir() + "/slips.txt", "zh_CN.UTF-8");
    EXPECT_NE(run.out.find("第 8 段 · 错误 · numbering.style：序号“二.”写法不规范，应为“二、”。"), std::string::npos) << run.out;
}

TEST_F(CommandLine, FoldersAreSearchedAndAnUnreadableDocumentDoesNotStopTheOthers) {
    const std::string folder = dir() + "/inbox";
    fs::create_directories(folder + "/sub");
    fs::copy_file(dir() + "/clean.docx", folder + "/sub/a-clean.docx", fs::copy_options::overwrite_existing);
    std::ofstream(folder + "/b-broken.docx", std::ios::binary) << "PK\x03\x04 this is not a whole document";
    std::ofstream(folder + "/c-notes.pdf") << "not a report";  // not a kind we read: skipped in folders
    std::ofstream(folder + "/~$a-clean.docx") << "Word's owner file";  // not a report either
    const CommandResult run = reportkit("check --format json " + folder);
    EXPECT_EQ(run.status, 2);
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 2u) << run.out;
    EXPECT_EQ(documents[0]["path"], folder + "/b-broken.docx");
    EXPECT_EQ(documents[0]["status"], "error");
    EXPECT_EQ(documents[0]["error"], "LibreOffice could not open it");
    EXPECT_EQ(documents[1]["path"], folder + "/sub/a-clean.docx");
    EXPECT_EQ(documents[1]["status"], "ok");
    EXPECT_NE(run.err.find("b-broken.docx: could not be read: LibreOffice could not open it"), std::string::npos);
}

TEST_F(CommandLine, EmptyTruncatedAndProtectedFilesAreReportedAndEveryGoodOneChecked) {
    const std::string folder = dir() + "/received";
    fs::create_directories(folder);
    fs::copy_file(dir() + "/slips.odt", folder + "/a-slips.odt", fs::copy_options::overwrite_existing);
    std::ofstream(folder + "/b-empty.docx");  // 0 bytes
    // The first half of a real document: its zip directory is missing.
    std::ifstream whole(dir() + "/slips.docx", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(whole)), {});
    std::ofstream(folder + "/c-truncated.docx", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    fs::copy_file(dir() + "/locked.odt", folder + "/d-locked.odt", fs::copy_options::overwrite_existing);
    fs::copy_file(dir() + "/clean.docx", folder + "/e-clean.docx", fs::copy_options::overwrite_existing);

    const CommandResult run = reportkit("check --format json --jobs 2 " + folder);
    EXPECT_EQ(run.status, 2);
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 5u) << run.out;
    EXPECT_EQ(documents[0]["status"], "ok");
    EXPECT_EQ(findingsOf(documents[0]).size(), 2u);
    EXPECT_EQ(documents[1]["error"], "the file is empty (0 bytes)");
    EXPECT_EQ(documents[2]["status"], "error");
    EXPECT_EQ(documents[2]["error"], "LibreOffice could not open it");
    EXPECT_EQ(documents[3]["error"], "password protected");
    EXPECT_EQ(documents[4]["status"], "ok");
    const CommandResult left = runCommand("pgrep -af '[s]office.*cli-office'");
    EXPECT_NE(left.status, 0) << "still running: " << left.out;
}

TEST_F(CommandLine, AnnotateWritesACopyWithACommentAtEachFindingAndNeverTouchesTheInput) {
    const std::string input = dir() + "/slips.odt";
    std::ifstream before(input, std::ios::binary);
    const std::string original((std::istreambuf_iterator<char>(before)), {});
    const std::string output = dir() + "/slips-remarks.odt";
    const CommandResult run = reportkit("annotate " + input + " -o " + output);
    EXPECT_EQ(run.status, 1) << run.err;
    // A comment for each finding: two numbering errors and the format's warnings.
    const json checked = json::parse(reportkit("check --format json " + input).out)["documents"][0];
    const std::size_t findings = checked["findings"].size();
    EXPECT_EQ(run.out, output + ": " + std::to_string(findings + 1) + " comment(s) by ReportKit, the first a summary\n");
    std::ifstream after(input, std::ios::binary);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(after)), {}), original);

    // The comments, as Writer reads them back: the summary at the top, then each finding's.
    const CommandResult shown = runCommand("unzip -p " + output + " content.xml");
    ASSERT_EQ(shown.status, 0);
    std::vector<std::string> comments;
    for (std::size_t at = shown.out.find("<office:annotation"); at != std::string::npos;
         at = shown.out.find("<office:annotation", at + 1)) {
        // Not <office:annotation-end>, which closes a comment's range.
        const char after = shown.out[at + std::string("<office:annotation").size()];
        if (after != ' ' && after != '>') continue;
        const std::size_t end = shown.out.find("</office:annotation>", at);
        comments.push_back(shown.out.substr(at, end - at));
    }
    ASSERT_EQ(comments.size(), findings + 1);
    for (const std::string& comment : comments) EXPECT_NE(comment.find("<dc:creator>ReportKit</dc:creator>"), std::string::npos);
    EXPECT_NE(comments[0].find("ReportKit: 2 error(s), " + std::to_string(findings - 2) + " warning(s)"), std::string::npos)
        << comments[0];
    EXPECT_EQ(std::count_if(comments.begin(), comments.end(),
                            [](const std::string& comment) { return comment.find("numbering.") != std::string::npos; }),
              2);

    const CommandResult text = reportkit("annotate " + dir() + "/slips.txt -o " + dir() + "/x.txt");
    EXPECT_EQ(text.status, 2);
    EXPECT_NE(text.err.find("a .txt file cannot hold comments"), std::string::npos) << text.err;
}

TEST_F(CommandLine, AFolderCheckCanWriteEveryDocumentWithRemarks) {
    const std::string out = dir() + "/returned";
    const CommandResult run = reportkit("check --format json --annotate-to " + out + " " + dir() + "/slips.odt " +
                                        dir() + "/slips.docx " + dir() + "/slips.txt");
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_EQ(json::parse(run.out)["documents"].size(), 3u);
    EXPECT_TRUE(fs::exists(out + "/slips.odt"));
    EXPECT_TRUE(fs::exists(out + "/slips.docx"));
    EXPECT_FALSE(fs::exists(out + "/slips.txt"));
    EXPECT_NE(run.err.find("slips.txt: a .txt file cannot hold comments"), std::string::npos) << run.err;
    const CommandResult docx = runCommand("unzip -p " + out + "/slips.docx word/comments.xml");
    EXPECT_NE(docx.out.find("w:author=\"ReportKit\""), std::string::npos) << docx.out.substr(0, 400);
}

TEST_F(CommandLine, AProgressLineOnATerminalAndNothingButTheReportOtherwise) {
    const std::string list = dir() + "/slips.odt " + dir() + "/slips.docx";
    // script(1) gives the command a terminal.
    const CommandResult terminal = runCommand("script -qec 'LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + scratchDir() +
                                              "/cli-office " + buildPath("reportkit") + " check --jobs 1 " + list +
                                              "' /dev/null");
    EXPECT_NE(terminal.out.find("] 1/2 ~"), std::string::npos) << terminal.out;
    EXPECT_NE(terminal.out.find("slips.docx"), std::string::npos);
    const CommandResult piped = reportkit("check --jobs 1 " + list);
    EXPECT_EQ(piped.err, "");
    EXPECT_EQ(piped.out.find("\r"), std::string::npos);
}

TEST_F(CommandLine, MergedShardsGiveTheReportOfOneCheck) {
    const std::string a = dir() + "/slips.odt", b = dir() + "/clean.docx", c = dir() + "/slips.txt";
    const CommandResult whole = reportkit("check --format json " + a + " " + b + " " + c);
    ASSERT_EQ(reportkit("check --format json --output " + dir() + "/shard1.json " + a + " " + b).status, 1);
    ASSERT_EQ(reportkit("check --format json --output " + dir() + "/shard2.json " + c).status, 1);
    const CommandResult merged = reportkit("merge " + dir() + "/shard1.json " + dir() + "/shard2.json");
    EXPECT_EQ(merged.status, 1);
    EXPECT_EQ(json::parse(merged.out), json::parse(whole.out));
    const CommandResult csv = reportkit("merge --format csv " + dir() + "/shard1.json " + dir() + "/shard2.json");
    EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 4);  // a header and three documents

    std::ofstream(dir() + "/not-a-result.json") << "{\"documents\": 3}";
    const CommandResult bad = reportkit("merge " + dir() + "/not-a-result.json");
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("not-a-result.json is not a result of reportkit check --format json"), std::string::npos) << bad.err;
}

TEST_F(CommandLine, ADocumentOverTheTimeLimitIsReportedAndTheNextOneStillChecked) {
    const std::string slow = slowDocument();
    const CommandResult run = reportkit("check --format json --timeout 2 " + slow + " " + dir() + "/slips.docx");
    EXPECT_EQ(run.status, 2);
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 2u);
    EXPECT_EQ(documents[0]["status"], "error");
    EXPECT_EQ(documents[0]["error"], "reading it took longer than 2 s; LibreOffice was stopped and restarted");
    EXPECT_EQ(documents[1]["status"], "ok");
    EXPECT_EQ(findingsOf(documents[1]).size(), 2u);
}

TEST_F(CommandLine, AWorkerThatCrashesIsReportedAndReplaced) {
    // The office dies (SIGKILL: gone at once) while it opens the slow document: 1 s after it began
    // to accept connections (its pipe, named after the command's process, appeared), however long
    // its start took on this machine. SIGSEGV is not used: LibreOffice's own crash handler sometimes hangs instead of
    // exiting, which the check then reports, rightly, as a document over the time limit.
    const std::string slow = slowDocument();
    const std::string profile = scratchDir() + "/crashing-office";
    const CommandResult run = runCommand(
        "LANG=C.UTF-8 REPORTKIT_OFFICE_PROFILE=" + profile + " " + buildPath("reportkit") +
        " check --format json --jobs 1 --timeout 60 " + slow + " " + dir() + "/slips.docx" +
        " & pid=$!; (until ls /tmp/OSL_PIPE_*_reportkit-$pid-* >/dev/null 2>&1; do sleep 0.1; done; sleep 1;"
        " pkill -KILL -f '[s]office.bin.*crashing-office'); wait $pid");
    EXPECT_EQ(run.status, 2) << run.err;
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 2u);
    EXPECT_EQ(documents[0]["error"], "LibreOffice crashed while reading it; it was restarted for the other documents");
    EXPECT_EQ(documents[1]["status"], "ok");
    EXPECT_EQ(findingsOf(documents[1]).size(), 2u);
}

TEST_F(CommandLine, TwoWorkersGiveTheSameReportsInTheSameOrder) {
    const std::string list = dir() + "/slips.odt " + dir() + "/clean.docx " + dir() + "/slips.docx " + dir() + "/slips.txt";
    const CommandResult one = reportkit("check --format json --jobs 1 " + list);
    const CommandResult two = reportkit("check --format json --jobs 2 " + list);
    EXPECT_EQ(one.status, 1);
    EXPECT_EQ(two.status, 1);
    EXPECT_EQ(two.out, one.out);
    EXPECT_EQ(json::parse(two.out)["documents"][1]["path"], dir() + "/clean.docx");
}

TEST_F(CommandLine, CtrlCStopsCleanlyAndLeavesNoOfficeRunning) {
    // Two documents that take LibreOffice seconds to open: both offices are at work when Ctrl-C comes.
    const std::string slow = slowDocument();
    const std::string profile = scratchDir() + "/interrupted-office";
    const CommandResult run = runCommand("REPORTKIT_OFFICE_PROFILE=" + profile + " " + buildPath("reportkit") +
                                         " check --jobs 2 " + slow + " " + slow + " & sleep 2.5; kill -INT $!; wait $!");
    EXPECT_EQ(run.status, 130) << run.err;
    // "[s]office" matches soffice but not this command's own text.
    const CommandResult left = runCommand("pgrep -af '[s]office.*interrupted-office'");
    EXPECT_NE(left.status, 0) << "still running: " << left.out;
}

TEST_F(CommandLine, APasswordProtectedDocumentSaysSoAndNothingWaits) {
    const CommandResult run = reportkit("check --format json " + dir() + "/locked.odt " + dir() + "/slips.docx");
    EXPECT_EQ(run.status, 2);
    const json documents = json::parse(run.out)["documents"];
    EXPECT_EQ(documents[0]["status"], "error");
    EXPECT_EQ(documents[0]["error"], "password protected");
    EXPECT_EQ(documents[1]["status"], "ok");
}

TEST_F(CommandLine, BadInputGetsAClearMessageAndStatusTwo) {
    const CommandResult missing = reportkit("check " + dir() + "/nowhere.docx");
    EXPECT_EQ(missing.status, 2);
    EXPECT_EQ(missing.out, dir() + "/nowhere.docx: could not be read: no such file or folder\n");

    const CommandResult unknown = reportkit("check --colour red " + dir() + "/slips.txt");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("unknown option “--colour”"), std::string::npos) << unknown.err;

    const CommandResult format = reportkit("check --format xml " + dir() + "/slips.txt");
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("unknown format “xml”: use json, text, csv or html"), std::string::npos) << format.err;

    const CommandResult jobs = reportkit("check --jobs many " + dir() + "/slips.txt");
    EXPECT_EQ(jobs.status, 2);
    EXPECT_NE(jobs.err.find("“--jobs” needs a valid value"), std::string::npos) << jobs.err;

    const CommandResult none = reportkit("check");
    EXPECT_EQ(none.status, 2);
    EXPECT_NE(none.err.find("give at least one file or folder to check"), std::string::npos);

    const CommandResult command = reportkit("inspect x");
    EXPECT_EQ(command.status, 2);
    EXPECT_NE(command.err.find("unknown command “inspect”"), std::string::npos);

    const CommandResult noEncoding = [&] {
        std::ofstream(dir() + "/binary.txt", std::ios::binary) << "\x81\x20\xFF\xFE";  // none of the encodings
        return reportkit("check " + dir() + "/binary.txt");
    }();
    EXPECT_EQ(noEncoding.status, 2);
    EXPECT_EQ(noEncoding.out, dir() + "/binary.txt: could not be read: the text file is in none of UTF-8, UTF-16 "
                                      "(with a byte-order mark) and GB18030/GBK\n");
}

// What offices' tools save: the same report in GBK, GB18030 and UTF-16 (converted by the system's
// iconv) has the findings of its UTF-8 copy, and a fixed GBK copy is GBK with only the markers changed.
TEST_F(CommandLine, TextReportsInGbkGb18030AndUtf16GiveTheFindingsOfTheirUtf8Copy) {
    const std::string utf8 = sourcePath("samples/party-branch-report-2023-slips.txt");
    const auto findingsOf = [&](const std::string& path) {
        const CommandResult run = reportkit("check --format json " + path);
        EXPECT_EQ(run.status, 1) << run.err;
        return nlohmann::json::parse(run.out)["documents"][0]["findings"];
    };
    const nlohmann::json expected = findingsOf(utf8);
    ASSERT_GE(expected.size(), 2u);
    for (const char* encoding : {"GBK", "GB18030", "UTF-16", "UTF-16BE"}) {
        SCOPED_TRACE(encoding);
        const std::string copy = dir() + "/slips-" + encoding + ".txt";
        // iconv's UTF-16 writes a byte-order mark; for UTF-16BE the test puts one in front.
        const std::string mark = std::string(encoding) == "UTF-16BE" ? "printf '\\376\\377' > " + copy + "; " : "";
        ASSERT_EQ(runCommand(mark + "iconv -f UTF-8 -t " + encoding + " " + utf8 + " >> " + copy).status, 0);
        EXPECT_EQ(findingsOf(copy), expected);
    }
    const std::string fixed = dir() + "/slips-GBK-fixed.txt";
    ASSERT_EQ(reportkit("fix " + dir() + "/slips-GBK.txt -o " + fixed).status, 0);
    const CommandResult back = runCommand("iconv -f GBK -t UTF-8 " + fixed);
    ASSERT_EQ(back.status, 0) << "the fixed copy is not GBK";
    EXPECT_NE(back.out.find("二、存在问题"), std::string::npos);
    EXPECT_EQ(back.out.find("二.存在问题"), std::string::npos);
}

TEST_F(CommandLine, TemplatesAreListedAndChosenById) {
    const CommandResult list = reportkit("templates");
    EXPECT_EQ(list.status, 0);
    EXPECT_NE(list.out.find("\nparty-branch-secretary-report  v2  Party branch secretary's report"), std::string::npos)
        << list.out;
    EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 14);  // the fourteen built-in kinds

    const CommandResult chosen = reportkit("check --format json --template party-branch-secretary-report " + dir() + "/slips.docx");
    const json document = json::parse(chosen.out)["documents"][0];
    EXPECT_EQ(document["template"]["how"], "option");
    EXPECT_EQ(document["summary"]["sections_present"], 3);
    EXPECT_EQ(document["summary"]["topics_covered"], 4);
    EXPECT_EQ(document["sections"][1], json::parse(R"({"id":"problems","heading":"存在问题","required":true,"present":true,"paragraph":7})"));
    EXPECT_EQ(document["topics"][3]["name"], "Integrity and discipline");
    EXPECT_EQ(document["topics"][3]["paragraphs"], json::parse("[6]"));

    const CommandResult unknown = reportkit("check --template no-such-kind " + dir() + "/slips.txt");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("reportkit: no-such-kind: no template has this id, and there is no such file"), std::string::npos)
        << unknown.err;
}

// An office's term list shared in a templates folder adds its words; a locked one is not changed by
// a later folder (the writer's own), whose bad lines are told by file and line; check and fix use it.
TEST_F(CommandLine, AnOfficeTermListAddsTermsAndALockedOneCannotBeChanged) {
    const auto folderWith = [&](const std::string& name, const std::string& terms) {
        const std::string folder = dir() + "/" + name;
        fs::create_directories(folder);
        std::ofstream(folder + "/terms.txt") << terms;
        return folder;
    };
    const std::string office = folderWith("office-terms", "locked\nforbidden | 圆满完成 | 按期完成 | 本单位文风要求\n");
    const std::string own = folderWith("own-terms", "off | forbidden | 圆满完成\nsynonym | 甲 | 乙 | 丙\n");
    const std::string report = dir() + "/terms-report.txt";
    std::ofstream(report) << "确保整改工作圆满完成。\n截止目前，已完成整改。\n";

    const CommandResult run =
        reportkit("check --format json --templates " + office + " --templates " + own + " " + report, "zh_CN.UTF-8");
    EXPECT_EQ(run.status, 1) << run.err;
    const json result = json::parse(run.out);
    std::vector<std::pair<std::string, int>> terms;
    for (const json& finding : result["documents"][0]["findings"])
        if (finding["rule"].get<std::string>().rfind("terms.", 0) == 0)
            terms.emplace_back(finding["rule"].get<std::string>(), finding["paragraph"].get<int>());
    EXPECT_EQ(terms, (std::vector<std::pair<std::string, int>>{{"terms.forbidden", 0}, {"terms.usage", 1}}));
    EXPECT_NE(run.err.find(own + "/terms.txt:1：本单位锁定的词表 " + office + "/terms.txt 已规定此词条，此处不能更改"),
              std::string::npos) << run.err;
    EXPECT_NE(run.err.find(own + "/terms.txt:2：“synonym”不是词条种类"), std::string::npos) << run.err;

    // A .docx is checked by the private LibreOffice, with the same lists.
    convert(report, dir() + "/terms-report.docx");
    const CommandResult docx = reportkit("check --format json --templates " + office + " --templates " + own + " " +
                                         dir() + "/terms-report.docx");
    const json docxResult = json::parse(docx.out);
    std::vector<std::pair<std::string, int>> docxTerms;
    for (const json& finding : docxResult["documents"][0]["findings"])
        if (finding["rule"].get<std::string>().rfind("terms.", 0) == 0)
            docxTerms.emplace_back(finding["rule"].get<std::string>(), finding["paragraph"].get<int>());
    EXPECT_EQ(docxTerms, terms);

    const std::string fixed = dir() + "/terms-fixed.txt";
    ASSERT_EQ(reportkit("fix --templates " + office + " " + report + " -o " + fixed).status, 0);
    std::ifstream in(fixed);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, "确保整改工作按期完成。\n截至目前，已完成整改。\n");
}

TEST_F(CommandLine, AnHtmlReportOfTheFolder) {
    const std::string file = dir() + "/report.html";
    const CommandResult run = reportkit("check --format html --output " + file + " " + dir() + "/slips.docx " + dir() + "/clean.docx");
    EXPECT_EQ(run.status, 1);
    std::ifstream in(file);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(page.find("paragraph 8 “二.存在问题”"), std::string::npos);  // the opening words, read through LibreOffice
    EXPECT_NE(page.find("Integrity and discipline"), std::string::npos);
}

// The four formats of the office sample, read through LibreOffice, byte for byte as committed in
// tests/expectations/reports/office/: its format findings too, which only a document LibreOffice
// reads has. Checked from the source folder so that the report names the sample as the repository
// does; the version the JSON names is left out. The sample names no page size nor font, so it has
// LibreOffice's defaults: the paper of LC_PAPER, set to C.UTF-8's A4 here (a missing zh_CN locale
// would give Letter), and the fonts scripts/install-deps.sh installs. REPORTKIT_WRITE_EXPECTATIONS=1
// writes the files anew.
TEST_F(CommandLine, TheOfficeSamplesReportInEveryFormatAndLanguageIsTheCommittedOne) {
    const std::string sample = "samples/party-branch-report-2023-slips.fodt";
    for (const auto& [locale, language] : {std::pair{"en_US", "C.UTF-8"}, std::pair{"zh-CN", "zh_CN.UTF-8"}}) {
        for (const auto& [format, extension] : {std::pair{"json", "json"}, std::pair{"csv", "csv"}, std::pair{"html", "html"},
                                                std::pair{"text", "txt"}}) {
            SCOPED_TRACE(std::string(locale) + " " + format);
            const CommandResult run = runCommand("cd " + sourcePath(".") + " && LC_PAPER=C.UTF-8 " +
                                                 reportkitCommand("check --format " + std::string(format) + " " + sample, language));
            EXPECT_EQ(run.status, 1) << run.err;  // its error findings
            const std::string output = std::regex_replace(run.out, std::regex(R"(("tool": \{\s*"name": "reportkit",\s*"version": ")[^"]*")"),
                                                          "$1\"", std::regex_constants::format_first_only);
            const std::string expected = sourcePath("tests/expectations/reports/office/" + std::string(locale) + "." + extension);
            if (std::getenv("REPORTKIT_WRITE_EXPECTATIONS")) std::ofstream(expected, std::ios::binary) << output;
            std::ifstream in(expected, std::ios::binary);
            EXPECT_EQ(output, std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
        }
    }
}

// A report written into a folder is named as the panel names its folder reports: after the folder
// checked, in the user's language; a document without a problem says so in it.
TEST_F(CommandLine, AReportIntoAFolderIsNamedAfterTheFolderChecked) {
    const std::string checked = dir() + "/党支部材料", reports = dir() + "/reports";
    fs::create_directories(checked);
    fs::create_directories(reports);
    fs::copy_file(sourcePath("samples/party-branch-report-2023.txt"), checked + "/clean.txt", fs::copy_options::overwrite_existing);
    const CommandResult run = reportkit("check --format html --output " + reports + " " + checked, "zh_CN.UTF-8");
    EXPECT_EQ(run.status, 0) << run.err;
    std::vector<fs::path> written;
    for (const auto& entry : fs::directory_iterator(reports)) written.push_back(entry.path());
    ASSERT_EQ(written.size(), 1u);
    const std::string name = written[0].filename().string();
    EXPECT_EQ(name.rfind("党支部材料-报告-", 0), 0u) << name;
    EXPECT_EQ(written[0].extension(), ".html");
    EXPECT_EQ(run.out, "报告见 " + written[0].string() + "\n");
    std::ifstream in(written[0]);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(page.find("<h3>" + checked + "/clean.txt</h3>\n<p class=\"clean\">未发现问题。</p>"), std::string::npos) << page;
}

TEST_F(CommandLine, OutputGoesToAFileWhole) {
    const std::string file = dir() + "/result.json";
    const CommandResult run = reportkit("check --format json --output " + file + " " + dir() + "/slips.txt");
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.out.empty());
    std::ifstream in(file);
    EXPECT_EQ(json::parse(in)["documents"][0]["summary"]["errors"], 2);
}

TEST_F(CommandLine, NewMakesASkeletonThatChecksAsRecordedWithItsPromptsUnfilled) {
    for (const std::string extension : {".odt", ".docx"}) {
        SCOPED_TRACE(extension);
        const std::string path = dir() + "/new" + extension;
        const auto made = reportkit("new --template party-branch-secretary-report --var year=2026 --var unit=某某党支部 "
                                    "--var name=张三 " + path);
        ASSERT_EQ(made.status, 0) << made.err;
        EXPECT_NE(made.out.find("party-branch-secretary-report, 10 paragraph(s)"), std::string::npos) << made.out;

        const auto checked = reportkit("check --format json " + path);
        EXPECT_EQ(checked.status, 1);
        const json document = json::parse(checked.out)["documents"][0];
        EXPECT_EQ(document["template"]["how"], "recorded");
        EXPECT_EQ(document["template"]["id"], "party-branch-secretary-report");
        EXPECT_EQ(document["summary"]["sections_present"], 3);
        std::vector<int> placeholders;
        for (const json& finding : document["findings"]) {
            const std::string rule = finding["rule"];
            EXPECT_TRUE(rule == "structure.placeholder" || rule == "topic.missing") << finding.dump();
            if (rule == "structure.placeholder") placeholders.push_back(finding["paragraph"]);
        }
        // The opening paragraph and one under each of the three headings.
        EXPECT_EQ(placeholders, (std::vector<int>{2, 4, 6, 8}));
    }
}

TEST_F(CommandLine, NewNeverReplacesAFileUnlessForcedAndSaysWhatIsWrong) {
    const std::string existing = dir() + "/existing.odt";
    std::ofstream(existing) << "mine";
    const auto refused = reportkit("new --template party-branch-secretary-report --var unit=x --var name=y " + existing);
    EXPECT_EQ(refused.status, 2);
    EXPECT_NE(refused.err.find("already exists; give --force to replace it"), std::string::npos) << refused.err;
    std::ifstream in(existing);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "mine");

    const auto missing = reportkit("new --template party-branch-secretary-report " + dir() + "/missing.odt");
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("the template needs a value for “unit” (--var unit=…)"), std::string::npos) << missing.err;
    EXPECT_FALSE(fs::exists(dir() + "/missing.odt"));

    const auto format = reportkit("new --template party-branch-secretary-report " + dir() + "/x.pdf");
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("reportkit new writes .odt or .docx"), std::string::npos);

    const auto forced = reportkit("new --force --template party-branch-secretary-report --var unit=x --var name=y " + existing);
    EXPECT_EQ(forced.status, 0) << forced.err;
    EXPECT_GT(fs::file_size(existing), 1000u);
    for (const auto& entry : fs::directory_iterator(dir()))
        EXPECT_EQ(entry.path().filename().string().rfind(".~reportkit-", 0), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace reportkit::test
