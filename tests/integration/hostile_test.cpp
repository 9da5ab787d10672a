// build/reportkit against what a hostile tester hands it, each case made here in a scratch folder:
// outputs that are inputs under another name, named pipes, devices, links that loop or point
// nowhere, files and folders without permission, names that are not UTF-8 or not ASCII in a C
// locale, JSON nested 100,000 deep, a killed run's leftover offices, signals. Every test asserts
// on the files' bytes and identities before and after, the exit status, the messages, the
// report's list of documents and the LibreOffice processes left (found by their profile, never by
// name alone). As root, the cases where permissions matter run the command as nobody.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <org/reportkit/Checker.hpp>

#include "linked_documents.hpp"
#include "messages.hpp"
#include "office_environment.hpp"

namespace reportkit::test {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// A flat ODT with one paragraph a line, as LibreOffice reads it without any conversion.
std::string flatOdt(const std::vector<std::string>& paragraphs) {
    std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?><office:document)"
                      R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
                      R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3")"
                      R"( office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>)";
    for (const std::string& paragraph : paragraphs) xml += "<text:p>" + paragraph + "</text:p>";
    return xml + "</office:text></office:body></office:document>";
}

// Two paragraphs, the second numbered wrongly: checked, it has one error finding.
const std::vector<std::string> kSlip = {"一、履职情况", "二.存在问题"};

void write(const std::string& path, const std::string& content) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// What a name is, as the system sees it: its kind, the file's identity and link count, its bytes.
std::string stateOf(const std::string& path) {
    struct stat status {};
    if (::lstat(path.c_str(), &status) != 0) return "absent";
    std::ostringstream state;
    state << "mode " << std::oct << status.st_mode << std::dec << " device " << status.st_dev << " inode " << status.st_ino
          << " links " << status.st_nlink << " rdev " << status.st_rdev;
    if (S_ISREG(status.st_mode)) state << " bytes " << std::hash<std::string>()(read(path)) << "/" << status.st_size;
    if (S_ISLNK(status.st_mode)) state << " to " << fs::read_symlink(path).string();
    return state.str();
}

bool isFifo(const std::string& path) {
    struct stat status {};
    return ::lstat(path.c_str(), &status) == 0 && S_ISFIFO(status.st_mode);
}

std::vector<std::string> namesIn(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// The processes running LibreOffice on a profile: their command line names it. A zombie's reads
// empty, so a process that was killed and not yet reaped is not counted.
std::vector<pid_t> officesOn(const std::string& profileDir) {
    const std::string argument = "-env:UserInstallation=" + writer::toUtf8(writer::fileUrl(profileDir + "/user"));
    std::vector<pid_t> found;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::istringstream arguments(read(entry.path().string() + "/cmdline"));
        for (std::string each; std::getline(arguments, each, '\0');)
            if (each == argument) found.push_back(std::stoi(name));
    }
    return found;
}

bool isRunning(pid_t pid) { return !read("/proc/" + std::to_string(pid) + "/cmdline").empty(); }

// Ends what a failed test left behind, by process id.
void stopAll(const std::vector<pid_t>& pids) {
    for (const pid_t pid : pids) kill(pid, SIGKILL);
}

class Hostile : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // nobody must reach the files of the permission cases.
        fs::permissions(scratchDir(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                          fs::perms::others_read | fs::perms::others_exec);
        fs::create_directories(dir());
        write(dir() + "/slip.txt", kSlip[0] + "\n" + kSlip[1] + "\n");
        write(dir() + "/slip.fodt", flatOdt(kSlip));
        // About 8 MB: LibreOffice takes seconds to open it, long enough to be interrupted.
        write(dir() + "/slow.fodt", flatOdt(std::vector<std::string>(60000, "（一）抓好理论武装，推动学习教育走深走实，全年组织集体学习。")));
    }

    static std::string dir() { return scratchDir() + "/hostile"; }
    static std::string profile(const std::string& name = "office") { return dir() + "/profiles/" + name; }

    static constexpr const char* kEnvironment = "LANG=C.UTF-8 LC_ALL=";

    // reportkit with a time limit, so that a hang fails the test (status 137) instead of stopping the suite.
    static std::string command(const std::string& arguments, const std::string& environment = kEnvironment,
                               const std::string& profileDir = profile()) {
        return "env " + environment + " REPORTKIT_OFFICE_PROFILE=" + shellQuoted(profileDir) + " timeout -s KILL 120 " +
               buildPath("reportkit") + " " + arguments;
    }
    // reportkit itself in the background (env execs it: $! is its process id), for a test to signal.
    static std::string inBackground(const std::string& arguments, const std::string& profileDir = profile()) {
        return "env " + std::string(kEnvironment) + " REPORTKIT_OFFICE_PROFILE=" + shellQuoted(profileDir) + " " +
               buildPath("reportkit") + " " + arguments + " >/dev/null 2>&1 & pid=$!; ";
    }
    // Shell text that waits until the background reportkit's office `slot` accepts connections.
    static std::string untilOfficeIsUp(int slot) {
        return "until ls /tmp/OSL_PIPE_*_reportkit-$pid-" + std::to_string(slot) +
               " >/dev/null 2>&1; do kill -0 $pid || break; sleep 0.1; done; ";
    }
    static CommandResult reportkit(const std::string& arguments, const std::string& environment = kEnvironment,
                                   const std::string& profileDir = profile()) {
        return runCommand(command(arguments, environment, profileDir));
    }

    // How to run a command without root's power over permissions: as root, through setpriv as
    // nobody; as a normal user, as it is. `whyNot` says why there is no way, for the skip message.
    struct Unprivileged {
        std::string prefix;
        std::string whyNot;
    };
    static const Unprivileged& unprivileged() {
        static const Unprivileged way = [] () -> Unprivileged {
            if (::geteuid() != 0) return {};
            if (runCommand("command -v setpriv").status != 0)
                return {"", "running as root without setpriv: cannot test missing permissions"};
            const std::string prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
            // Checked first because a run that cannot even start exits 126, which would be read
            // as the case failing: a build under a folder only root may enter (a checkout in
            // root's home) is out of nobody's reach, and so the cases cannot be run there.
            const std::string reach = prefix + "test -x " + shellQuoted(buildPath("reportkit")) + " -a -r " +
                                      shellQuoted(buildPath("reportkit.oxt")) + " -a -r " +
                                      shellQuoted(buildPath("reportkit.rdb")) + " -a -x " +
                                      shellQuoted(buildPath("oxt/messages")) + " -a -x " + shellQuoted(dir());
            if (runCommand(reach).status != 0)
                return {"", "nobody (uid 65534) cannot reach " + buildPath("reportkit") + ", its data beside it or " +
                                dir() + ": cannot test missing permissions from this build"};
            return {prefix, ""};
        }();
        return way;
    }
};

// ---------------------------------------------------------------------------------------------
// Overwriting

TEST_F(Hostile, CheckNeverWritesItsReportOverAnInputUnderAnyName) {
    const std::string d = dir() + "/over";
    write(d + "/in.txt", read(dir() + "/slip.txt"));
    write(d + "/in.fodt", read(dir() + "/slip.fodt"));
    fs::create_hard_link(d + "/in.txt", d + "/hard.txt");
    fs::create_symlink(d + "/in.fodt", d + "/link.fodt");
    write(d + "/folder/sub/a.txt", read(dir() + "/slip.txt"));
    const std::vector<std::string> watched = {d + "/in.txt", d + "/in.fodt", d + "/hard.txt", d + "/link.fodt",
                                              d + "/folder/sub/a.txt"};
    std::vector<std::string> before;
    for (const std::string& path : watched) before.push_back(stateOf(path));

    for (const std::string& arguments : {"--output " + d + "/in.txt " + d + "/in.txt",
                                         "--output " + d + "/./in.txt " + d + "/in.txt",
                                         "--output " + d + "/hard.txt " + d + "/in.txt",
                                         "--output " + d + "/link.fodt " + d + "/in.fodt",
                                         "--format json --output " + d + "/in.fodt " + d + "/in.txt " + d + "/in.fodt",
                                         "--output " + d + "/folder/sub/a.txt " + d + "/folder"}) {
        SCOPED_TRACE(arguments);
        const CommandResult run = reportkit("check " + arguments);
        EXPECT_EQ(run.status, 2);
        EXPECT_NE(run.err.find("is the same file as the input"), std::string::npos) << run.err;
        EXPECT_NE(run.err.find("reportkit never writes over a document it reads"), std::string::npos);
        EXPECT_EQ(run.out, "");
    }
    for (std::size_t i = 0; i < watched.size(); ++i) EXPECT_EQ(stateOf(watched[i]), before[i]) << watched[i];
    EXPECT_EQ(namesIn(d), (std::vector<std::string>{"folder", "hard.txt", "in.fodt", "in.txt", "link.fodt"}));
}

TEST_F(Hostile, AnnotatedCopiesNeverReplaceTheOriginals) {
    const std::string received = dir() + "/received";
    write(received + "/a.fodt", read(dir() + "/slip.fodt"));
    write(received + "/b.txt", read(dir() + "/slip.txt"));
    const std::string returned = dir() + "/returned";
    fs::create_directories(returned);
    fs::create_hard_link(received + "/a.fodt", returned + "/a.fodt");  // an original, under the copy's name
    const std::string original = stateOf(received + "/a.fodt");

    const struct {
        std::string arguments, folder;
    } cases[] = {{"--annotate-to " + received + " " + received, received},
                 {"--annotate-to " + received + "/. " + received + "/a.fodt", received + "/."},
                 {"--annotate-to " + returned + " " + received, returned}};
    for (const auto& each : cases) {
        SCOPED_TRACE(each.arguments);
        const CommandResult run = reportkit("check " + each.arguments);
        EXPECT_EQ(run.status, 2);
        EXPECT_NE(run.err.find("--annotate-to " + each.folder + " would write over the original "), std::string::npos) << run.err;
        EXPECT_EQ(run.out, "");
    }
    // `--annotate-to .` from inside the folder.
    const CommandResult dot = runCommand("cd " + received + " && " + command("check --annotate-to . a.fodt b.txt"));
    EXPECT_EQ(dot.status, 2);
    EXPECT_NE(dot.err.find("--annotate-to . would write over the original a.fodt"), std::string::npos) << dot.err;

    EXPECT_EQ(stateOf(received + "/a.fodt"), original);
    EXPECT_EQ(namesIn(received), (std::vector<std::string>{"a.fodt", "b.txt"}));
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});  // refused before any document was opened
}

TEST_F(Hostile, AnOutputThatIsNotARegularFileIsWrittenThroughAndNeverReplaced) {
    const std::string d = dir() + "/special";
    fs::create_directories(d);
    const std::string input = dir() + "/slip.txt";

    // A named pipe: a reader gets the whole report, and the pipe is still a pipe.
    ASSERT_EQ(mkfifo((d + "/report.fifo").c_str(), 0644), 0);
    const CommandResult piped = runCommand("cat " + d + "/report.fifo > " + d + "/from-fifo.json & " +
                                           command("check --format json --output " + d + "/report.fifo " + input) +
                                           "; status=$?; wait; exit $status");
    EXPECT_EQ(piped.status, 1) << piped.err;
    EXPECT_TRUE(isFifo(d + "/report.fifo"));
    EXPECT_EQ(json::parse(read(d + "/from-fifo.json"))["documents"][0]["path"], input);

    // A symbolic link: still a link, its target holds the report.
    write(d + "/target.json", "old");
    fs::create_symlink("target.json", d + "/link.json");
    const CommandResult linked = reportkit("check --format json --output " + d + "/link.json " + input);
    EXPECT_EQ(linked.status, 1) << linked.err;
    EXPECT_TRUE(fs::is_symlink(d + "/link.json"));
    EXPECT_EQ(json::parse(read(d + "/target.json"))["documents"].size(), 1u);

    // Devices stay devices, as root too; /dev/full says why nothing could be written.
    const std::string null = stateOf("/dev/null"), full = stateOf("/dev/full");
    EXPECT_EQ(reportkit("check --output /dev/null " + input).status, 1);
    const CommandResult noSpace = reportkit("check --output /dev/full " + input);
    EXPECT_EQ(noSpace.status, 2);
    EXPECT_EQ(noSpace.err, "reportkit: cannot write /dev/full: no space left on the device\n");
    const CommandResult nowhere = reportkit("check --output " + d + "/no-such-folder/r.json " + input);
    EXPECT_EQ(nowhere.status, 2);
    EXPECT_EQ(nowhere.err, "reportkit: cannot write " + d + "/no-such-folder/r.json: the folder it would be in does not exist\n");
    EXPECT_EQ(stateOf("/dev/null"), null);
    EXPECT_EQ(stateOf("/dev/full"), full);
    const std::vector<std::string> devices = namesIn("/dev");
    EXPECT_TRUE(std::none_of(devices.begin(), devices.end(),
                             [](const std::string& name) { return name.find(".tmp-") != std::string::npos; }));

    // /dev/stdout, for root and for a normal user.
    const CommandResult out = reportkit("check --format json --output /dev/stdout " + input);
    EXPECT_EQ(out.status, 1) << out.err;
    EXPECT_EQ(json::parse(out.out)["documents"][0]["path"], input);
    if (!unprivileged().whyNot.empty()) {
        // Only this part needs another user; the rest of the test stands without it.
        std::cout << "note: skipped /dev/stdout as a normal user: " << unprivileged().whyNot << "\n";
        RecordProperty("skipped_part", "/dev/stdout as a normal user: " + unprivileged().whyNot);
    } else {
        const CommandResult user = runCommand(unprivileged().prefix + command("check --format json --output /dev/stdout " + input));
        EXPECT_EQ(user.status, 1) << user.err;
        EXPECT_EQ(json::parse(user.out)["documents"][0]["path"], input);
    }

    // A regular file is replaced whole, and nothing is left beside it.
    write(d + "/result.json", "old");
    EXPECT_EQ(reportkit("check --format json --output " + d + "/result.json " + input).status, 1);
    EXPECT_EQ(json::parse(read(d + "/result.json"))["documents"].size(), 1u);
    EXPECT_EQ(namesIn(d), (std::vector<std::string>{"from-fifo.json", "link.json", "report.fifo", "result.json", "target.json"}));
}

TEST_F(Hostile, FixAndAnnotateRefuseAnOutputThatIsTheInputUnderAnotherName) {
    const std::string d = dir() + "/copies";
    write(d + "/in.txt", read(dir() + "/slip.txt"));
    write(d + "/in.fodt", read(dir() + "/slip.fodt"));
    fs::create_hard_link(d + "/in.txt", d + "/hard.txt");
    fs::create_hard_link(d + "/in.fodt", d + "/hard.fodt");
    fs::create_symlink("in.txt", d + "/link.txt");
    const std::string text = stateOf(d + "/in.txt"), office = stateOf(d + "/in.fodt");
    for (const std::string& arguments : {"fix " + d + "/in.txt -o " + d + "/hard.txt", "fix " + d + "/in.txt -o " + d + "/link.txt",
                                         "fix " + d + "/hard.fodt -o " + d + "/in.fodt",
                                         "annotate " + d + "/in.fodt -o " + d + "/hard.fodt"}) {
        SCOPED_TRACE(arguments);
        const CommandResult run = reportkit(arguments);
        EXPECT_EQ(run.status, 2);
        EXPECT_NE(run.err.find("is the same file as the input"), std::string::npos) << run.err;
    }
    EXPECT_EQ(stateOf(d + "/in.txt"), text);
    EXPECT_EQ(stateOf(d + "/in.fodt"), office);
    EXPECT_EQ(namesIn(d), (std::vector<std::string>{"hard.fodt", "hard.txt", "in.fodt", "in.txt", "link.txt"}));
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});
}

// ---------------------------------------------------------------------------------------------
// Every file accounted for

TEST_F(Hostile, AFolderScanReportsEveryCandidateFileWithItsReason) {
    if (!unprivileged().whyNot.empty()) GTEST_SKIP() << unprivileged().whyNot;
    const std::string& asUser = unprivileged().prefix;
    const std::string inbox = dir() + "/inbox";
    write(inbox + "/a-good.txt", read(dir() + "/slip.txt"));
    write(inbox + "/b-cr.txt", kSlip[0] + "\r" + kSlip[1] + "\r");  // old Mac line ends
    write(inbox + "/c-empty.docx", "");
    write(inbox + "/c-empty.txt", "");
    ASSERT_EQ(mkfifo((inbox + "/d-pipe.docx").c_str(), 0644), 0);
    ASSERT_EQ(mkfifo((inbox + "/d-pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("/dev/zero", inbox + "/e-endless.txt");
    fs::create_symlink("nowhere.odt", inbox + "/f-dangling.odt");
    fs::create_symlink("g-loop.docx", inbox + "/g-loop.docx");
    fs::create_directories(inbox + "/real-folder");
    fs::create_symlink("real-folder", inbox + "/h-folder-link.docx");
    write(inbox + "/i-no-permission.txt", read(dir() + "/slip.txt"));
    fs::permissions(inbox + "/i-no-permission.txt", fs::perms::none);
    write(inbox + "/j-locked/x.docx", "PK");
    fs::permissions(inbox + "/j-locked", fs::perms::none);
    write(inbox + "/notes.pdf", "not a kind of report: not a candidate");
    write(inbox + "/~$a-good.docx", "Word's owner file: not a candidate");

    // And a file named in a folder we may not look into.
    const CommandResult run = runCommand(asUser + command("check --format json " + inbox + " " + inbox + "/j-locked/x.docx"));
    fs::permissions(inbox + "/j-locked", fs::perms::owner_all);
    EXPECT_EQ(run.status, 2) << run.err;
    const json documents = json::parse(run.out)["documents"];
    std::vector<std::string> listed;
    for (const json& document : documents)
        listed.push_back(document["path"].get<std::string>().substr(inbox.size() + 1) + ": " +
                         (document["status"] == "ok" ? "ok" : document["error"].get<std::string>()));
    EXPECT_EQ(listed, (std::vector<std::string>{
                          "a-good.txt: ok",
                          "b-cr.txt: ok",
                          "c-empty.docx: the file is empty (0 bytes)",
                          "c-empty.txt: the file is empty (0 bytes)",
                          "d-pipe.docx: not a regular file: a named pipe (FIFO)",
                          "d-pipe.txt: not a regular file: a named pipe (FIFO)",
                          "e-endless.txt: not a regular file: a device",
                          "f-dangling.odt: a link to a file that does not exist",
                          "g-loop.docx: a link that loops back on itself (too many levels of links)",
                          "h-folder-link.docx: a folder, not a file",
                          "i-no-permission.txt: no read permission",
                          "j-locked: no permission to look into this folder: the documents in it were not checked",
                          "j-locked/x.docx: no read permission",
                      }));
    // CR-only line ends are paragraphs, as in a .docx of the same text.
    ASSERT_EQ(documents.size(), 13u);
    EXPECT_EQ(documents[1]["paragraphs"], 2);
    EXPECT_EQ(documents[1]["findings"][0]["paragraph"], 1);
    EXPECT_EQ(documents[1]["findings"][0]["found"], "二.");
    // Each one that could not be read is named on standard error too.
    EXPECT_NE(run.err.find("i-no-permission.txt: could not be read: no read permission\n"), std::string::npos) << run.err;
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});  // nothing there for LibreOffice to open
}

TEST_F(Hostile, NamedFilesThatCannotBeReadSayWhyAndNothingBlocks) {
    const std::string d = dir() + "/named";
    fs::create_directories(d);
    ASSERT_EQ(mkfifo((d + "/pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("/dev/zero", d + "/zero.txt");
    fs::create_symlink("loop.docx", d + "/loop.docx");
    fs::create_symlink("gone.docx", d + "/dangling.docx");
    const auto started = std::chrono::steady_clock::now();
    const CommandResult run = reportkit("check " + d + "/pipe.txt " + d + "/zero.txt " + d + "/loop.docx " + d +
                                        "/dangling.docx " + d + "/missing.docx " + dir() + "/slip.txt");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
    EXPECT_EQ(run.status, 2);
    for (const std::string& line : {d + "/pipe.txt: could not be read: not a regular file: a named pipe (FIFO)\n",
                                    d + "/zero.txt: could not be read: not a regular file: a device\n",
                                    d + "/loop.docx: could not be read: a link that loops back on itself (too many levels of links)\n",
                                    d + "/dangling.docx: could not be read: a link to a file that does not exist\n",
                                    d + "/missing.docx: could not be read: no such file or folder\n"})
        EXPECT_NE(run.out.find(line), std::string::npos) << line << run.out;
    EXPECT_NE(run.out.find(dir() + "/slip.txt: 1 error(s)"), std::string::npos) << run.out;
    EXPECT_TRUE(isFifo(d + "/pipe.txt"));

    // In the user's language, from the catalogue.
    const CommandResult chinese = reportkit("check " + d + "/pipe.txt " + d + "/loop.docx", "LANG=zh_CN.UTF-8 LC_ALL=");
    EXPECT_EQ(chinese.out, d + "/pipe.txt：无法读取：不是普通文件：是命名管道（FIFO）\n" + d +
                               "/loop.docx：无法读取：链接循环指向自身（链接层数过多）\n");

    // fix reads its input the same way.
    const CommandResult fix = reportkit("fix " + d + "/zero.txt -o " + d + "/fixed.txt");
    EXPECT_EQ(fix.status, 2);
    EXPECT_EQ(fix.err, "reportkit: " + d + "/zero.txt: could not be read: not a regular file: a device\n");
    EXPECT_FALSE(fs::exists(d + "/fixed.txt"));
}

// ---------------------------------------------------------------------------------------------
// Files that are not what their name says

TEST_F(Hostile, FilesThatAreNotTheDocumentTheirNameSaysAreErrorsAndARenamedDocumentIsCheckedAsWhatItIs) {
    const std::string d = dir() + "/not-what-they-seem";
    fs::create_directories(d);
    std::string noise(4096, '\0');
    std::uint32_t state = 15;
    for (char& c : noise) c = static_cast<char>((state = state * 1103515245u + 12345u) >> 16);
    noise[0] = 'x';  // no file signature by chance
    const std::vector<std::string> extensions = {".docx", ".odt", ".doc", ".fodt", ".rtf", ".wps", ".ott"};
    std::string arguments;
    for (const std::string& extension : extensions) {
        write(d + "/random" + extension, noise);
        arguments += " " + d + "/random" + extension;
    }
    write(d + "/picture.docx", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise);
    write(d + "/scan.docx", "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    write(d + "/parts/notes.txt", "not a document");
    ASSERT_EQ(runCommand("cd " + d + "/parts && zip -q -X " + d + "/archive.docx notes.txt && cp " + d + "/archive.docx " + d +
                         "/archive.odt").status,
              0);
    convert(dir() + "/slip.fodt", d + "/word.docx");
    fs::copy_file(d + "/word.docx", d + "/word-named.odt");
    const std::string others = " " + d + "/picture.docx " + d + "/scan.docx " + d + "/archive.docx " + d + "/archive.odt";

    const CommandResult run = reportkit("check --format json" + arguments + others + " " + d + "/word-named.odt");
    EXPECT_EQ(run.status, 2) << run.err;
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), extensions.size() + 5);
    for (std::size_t i = 0; i < extensions.size(); ++i) {
        EXPECT_EQ(documents[i]["status"], "error") << documents[i].dump();
        EXPECT_EQ(documents[i]["error"], "not a " + extensions[i] +
                                             " document: LibreOffice could read it only as plain text (random bytes, a damaged "
                                             "file, or a file of another kind renamed)");
    }
    EXPECT_EQ(documents[7]["error"], "the content is a PNG file, not a text document (only its name says otherwise)");
    EXPECT_EQ(documents[8]["error"], "the content is a PDF file, not a text document (only its name says otherwise)");
    for (const std::size_t i : {9u, 10u})
        EXPECT_EQ(documents[i]["error"], "a zip archive that is not a document: it holds neither [Content_Types].xml (Word) "
                                         "nor mimetype (OpenDocument)");
    // A real Word document named .odt is checked, and the report says what it is.
    const json& renamed = documents[11];
    EXPECT_EQ(renamed["status"], "ok") << renamed.dump();
    ASSERT_GE(renamed["findings"].size(), 2u) << renamed.dump();
    EXPECT_EQ(renamed["findings"][0]["rule"], "document.format");
    EXPECT_EQ(renamed["findings"][0]["severity"], "info");
    EXPECT_EQ(renamed["findings"][0]["message"], "The name says .odt, but the content is a Word document (.docx); it was "
                                                 "checked as what it is. Consider renaming it.");
    EXPECT_TRUE(std::any_of(renamed["findings"].begin(), renamed["findings"].end(),
                            [](const json& finding) { return finding["rule"] == "numbering.style"; }))
        << renamed.dump();

    const CommandResult chinese = reportkit("check " + d + "/random.docx " + d + "/scan.docx " + d + "/archive.odt",
                                            "LANG=zh_CN.UTF-8 LC_ALL=");
    EXPECT_EQ(chinese.status, 2);
    EXPECT_EQ(chinese.out, d + "/random.docx：无法读取：内容不是 .docx 文档：LibreOffice 只能把它当作纯文本读取（随机字节、损坏的文件，"
                               "或改了扩展名的其他文件）\n" +
                               d + "/scan.docx：无法读取：内容是 PDF 文件，不是文字文档（只是文件名像文档）\n" + d +
                               "/archive.odt：无法读取：是 zip 压缩包，但不是文档：其中既没有 [Content_Types].xml（Word），"
                               "也没有 mimetype（OpenDocument）\n");

    // annotate and fix refuse them the same way, and write nothing.
    const CommandResult annotate = reportkit("annotate " + d + "/random.odt -o " + d + "/annotated.odt");
    EXPECT_EQ(annotate.status, 2);
    EXPECT_NE(annotate.err.find("not a .odt document"), std::string::npos) << annotate.err;
    const CommandResult fix = reportkit("fix " + d + "/scan.docx -o " + d + "/fixed.docx");
    EXPECT_EQ(fix.status, 2);
    EXPECT_NE(fix.err.find("the content is a PDF file"), std::string::npos) << fix.err;
    EXPECT_FALSE(fs::exists(d + "/annotated.odt"));
    EXPECT_FALSE(fs::exists(d + "/fixed.docx"));
}

// ---------------------------------------------------------------------------------------------
// Size

TEST_F(Hostile, ATwentyMegabyteOneParagraphReportIsCheckedInSecondsAndTextHonoursTheTimeout) {
    const std::string d = dir() + "/long";
    std::string report = read(sourcePath("samples/party-branch-report-2023-slips.txt"));
    report.erase(std::remove(report.begin(), report.end(), '\n'), report.end());
    std::string paragraph;
    while (paragraph.size() < 20u * 1024 * 1024) paragraph += report;
    write(d + "/one-paragraph.txt", paragraph);
    const auto started = std::chrono::steady_clock::now();
    const CommandResult run = reportkit("check --format json " + d + "/one-paragraph.txt");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
    EXPECT_LE(run.status, 1) << run.err;
    const json document = json::parse(run.out)["documents"][0];
    EXPECT_EQ(document["status"], "ok");
    EXPECT_EQ(document["paragraphs"], 1);

    // Twenty megabytes of one enumeration word out of order: a finding every nine bytes, far more
    // work than a second; --timeout stops it as it stops LibreOffice.
    std::string disorder;
    while (disorder.size() < 20u * 1024 * 1024) disorder += "其次，";
    write(d + "/disorder.txt", disorder);
    const auto again = std::chrono::steady_clock::now();
    const CommandResult stopped = reportkit("check --timeout 2 " + d + "/disorder.txt " + dir() + "/slip.txt");
    EXPECT_LT(std::chrono::steady_clock::now() - again, std::chrono::seconds(8));
    EXPECT_EQ(stopped.status, 2);
    EXPECT_NE(stopped.out.find(d + "/disorder.txt: could not be read: checking it took longer than 2 s; it was stopped\n"),
              std::string::npos)
        << stopped.out;
    EXPECT_NE(stopped.out.find(dir() + "/slip.txt: 1 error(s)"), std::string::npos) << stopped.out;
}

// ---------------------------------------------------------------------------------------------
// No network

TEST_F(Hostile, NothingADocumentLinksToIsFetchedWhileCheckingAnnotatingOrFixing) {
    RequestRecorder server;
    const std::string d = dir() + "/linked";
    const std::vector<std::string> linked = writeLinkedDocuments(d, server.baseUrl());

    // The links are live: LibreOffice on its own fetches what they point to.
    const CommandResult plain = runCommand("timeout -s KILL 120 " + std::string(REPORTKIT_OFFICE_PROGRAM) +
                                           "/soffice -env:UserInstallation=" + writer::toUtf8(writer::fileUrl(d + "/plain-profile")) +
                                           " --headless --convert-to txt --outdir " + d + "/plain " + linked[0] + " " + linked[1]);
    ASSERT_EQ(plain.status, 0) << plain.err;
    const std::vector<std::string> fetched = server.requests();
    EXPECT_TRUE(std::any_of(fetched.begin(), fetched.end(), [](const std::string& line) {
        return line.find("/docx-image.png") != std::string::npos;
    })) << "the plain office fetched none of the links; the test proves nothing";
    server.forget();

    const CommandResult check = reportkit("check --format json --jobs 2 " + linked[0] + " " + linked[1] + " " + linked[2]);
    EXPECT_EQ(check.status, 1) << check.err;
    for (const json& document : json::parse(check.out)["documents"]) EXPECT_EQ(document["status"], "ok") << document.dump();
    for (const std::string& input : linked) {
        const std::string extension = fs::path(input).extension().string();
        const CommandResult annotate = reportkit("annotate " + input + " -o " + d + "/annotated" + extension);
        EXPECT_EQ(annotate.status, 1) << annotate.err;
        const CommandResult fix = reportkit("fix " + input + " -o " + d + "/fixed" + extension);
        EXPECT_EQ(fix.status, 0) << fix.err;
    }
    EXPECT_EQ(server.requests(), std::vector<std::string>{});
    // What the writer linked stays linked in the copies.
    EXPECT_NE(runCommand("unzip -p " + d + "/fixed.docx word/_rels/document.xml.rels").out.find(server.baseUrl() + "/docx-image.png"),
              std::string::npos);
    EXPECT_NE(runCommand("unzip -p " + d + "/annotated.odt meta.xml").out.find(server.baseUrl() + "/odt-template.ott"),
              std::string::npos);
}

TEST_F(Hostile, TheFolderCheckInsideTheOfficeFetchesNothingAndLeavesTheOfficeOnline) {
    RequestRecorder server;
    const std::string d = dir() + "/linked-in-office";
    writeLinkedDocuments(d, server.baseUrl());
    const auto checker = org::reportkit::Checker::create(office().context());
    const std::string file = writer::toUtf8(checker->checkFolder(writer::fromUtf8(d), "en"));
    EXPECT_NE(read(file).find("3 document(s)"), std::string::npos);
    EXPECT_EQ(server.requests(), std::vector<std::string>{});
    // Afterwards the user's office reaches the network again, as before the check.
    const css::uno::Reference<css::ucb::XUniversalContentBroker> broker =
        css::ucb::UniversalContentBroker::create(office().context());
    EXPECT_TRUE(broker->queryContentProvider(writer::fromUtf8(server.baseUrl() + "/any")).is());
}

// ---------------------------------------------------------------------------------------------
// Hanging

TEST_F(Hostile, ANamedPipeInATemplatesFolderDoesNotBlockAndBadTemplatesSayTheirLine) {
    const std::string d = dir() + "/templates";
    fs::create_directories(d);
    ASSERT_EQ(mkfifo((d + "/a-pipe.xml").c_str(), 0644), 0);
    const std::string head = "<template format=\"1\" id=\"t\" version=\"1\">\n";
    write(d + "/b-sectionz.xml", head + "<sections>\n<section id=\"a\"><heading>甲</heading></section>\n</sectionz>\n</template>\n");
    write(d + "/c-surrogate.xml", head + "<sections>\n<section id=\"&#xD800;\"><heading>甲</heading></section>\n</sections>\n</template>\n");
    write(d + "/d-doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE template>\n" + head + "</template>\n");
    write(d + "/e-empty.xml", "");
    write(d + "/f-gbk.xml", head + "<name>\xC4\xE3\xBA\xC3</name>\n</template>\n");
    std::string deep = head;
    for (int i = 0; i < 40; ++i) deep += "<sections>\n";
    write(d + "/g-deep.xml", deep);

    const auto started = std::chrono::steady_clock::now();
    const CommandResult run = reportkit("templates --templates " + d);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
    EXPECT_EQ(run.status, 2);
    std::vector<std::string> problems;
    std::istringstream lines(run.err);
    for (std::string line; std::getline(lines, line);) problems.push_back(line.substr(line.find(d) + d.size() + 1));
    EXPECT_EQ(problems, (std::vector<std::string>{
                            "a-pipe.xml: not a regular file: a named pipe (FIFO)",
                            "b-sectionz.xml:4: not well-formed XML: invalid closing tag name",
                            "c-surrogate.xml:3: a character reference that names no character (such as the lone surrogate "
                            "&#xD800; or &#0;)",
                            "d-doctype.xml:2: document type declarations and entities are not allowed in a template",
                            "e-empty.xml:1: the file is empty",
                            "f-gbk.xml:2: the file is not UTF-8",
                            "g-deep.xml:33: elements are nested too deeply",
                        }));
    EXPECT_TRUE(isFifo(d + "/a-pipe.xml"));
    // The built-in templates are still listed.
    EXPECT_NE(run.out.find("party-branch-secretary-report"), std::string::npos);
}

TEST_F(Hostile, TheOfficesOfAKilledRunAreStoppedAndTheirLockTakenBack) {
    // kill -9 of reportkit while its office opens a slow document: the office is left running.
    runCommand(inBackground("check --jobs 1 " + dir() + "/slow.fodt") + untilOfficeIsUp(0) +
               "sleep 1; kill -KILL $pid; wait $pid");
    std::vector<pid_t> left;
    for (int i = 0; i < 50 && left.empty(); ++i) {
        left = officesOn(profile());
        if (left.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_FALSE(left.empty()) << "the killed run left no office to test with";

    const CommandResult next = reportkit("check " + dir() + "/slip.fodt");
    stopAll(left);
    EXPECT_EQ(next.status, 1) << next.err;
    EXPECT_NE(next.out.find("slip.fodt: 1 error(s)"), std::string::npos) << next.out;
    EXPECT_NE(next.err.find("LibreOffice process(es) left running on the profile " + profile() + " by a reportkit that was killed"),
              std::string::npos)
        << next.err;
    for (const pid_t pid : left) EXPECT_FALSE(isRunning(pid)) << pid;
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});
}

TEST_F(Hostile, ASecondRunOnTheSameProfileSaysWhatItWaitsFor) {
    const CommandResult run = runCommand(inBackground("check --jobs 1 " + dir() + "/slow.fodt") + untilOfficeIsUp(0) +
                                         command("check " + dir() + "/slip.fodt") + "; status=$?; wait $pid; exit $status");
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_NE(run.err.find("waiting for reportkit (process "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("which is using the LibreOffice profile " + profile()), std::string::npos);
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});
}

TEST_F(Hostile, ARunWaitingForAStoppedOneSaysItIsStopped) {
    // The first run is stopped (Ctrl-Z) while it holds the profile: the second says so, then waits
    // (here cut short at 10 s), and the first, continued, finishes.
    const CommandResult run = runCommand(inBackground("check --jobs 1 " + dir() + "/slip.fodt " + dir() + "/slow.fodt") +
                                         untilOfficeIsUp(0) + "kill -STOP $pid; env " + kEnvironment +
                                         " REPORTKIT_OFFICE_PROFILE=" + profile() + " timeout -s KILL 10 " +
                                         buildPath("reportkit") + " check " + dir() +
                                         "/slip.txt " + dir() + "/slip.fodt; status=$?; kill -CONT $pid; wait $pid; exit $status");
    EXPECT_EQ(run.status, 128 + SIGKILL);  // still waiting when the time was up
    EXPECT_NE(run.err.find("waiting for reportkit (process "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("but is stopped: continue it (kill -CONT "), std::string::npos) << run.err;
    EXPECT_EQ(officesOn(profile()), std::vector<pid_t>{});
}

TEST_F(Hostile, SigquitAndSigtermStopEveryLibreOfficeWorker) {
    for (const auto& [name, number] : std::vector<std::pair<std::string, int>>{{"QUIT", SIGQUIT}, {"TERM", SIGTERM}}) {
        SCOPED_TRACE(name);
        // Both workers are opening the slow document when the signal comes.
        const CommandResult run = runCommand(inBackground("check --jobs 2 " + dir() + "/slow.fodt " + dir() + "/slow.fodt") +
                                             untilOfficeIsUp(0) + untilOfficeIsUp(1) + "sleep 1; kill -" + name +
                                             " $pid; wait $pid");
        EXPECT_EQ(run.status, 128 + number) << run.err;
        for (const std::string& slot : {profile(), profile() + "-1"}) {
            const std::vector<pid_t> left = officesOn(slot);
            EXPECT_EQ(left, std::vector<pid_t>{}) << slot;
            stopAll(left);
        }
    }
}

TEST_F(Hostile, ASigtermWhileTheOfficesStartLeavesNoneRunning) {
    // Earlier, one SIGTERM in a dozen came between starting an office and remembering it.
    for (const std::string delay : {"0.2", "0.6", "1.2", "2"}) {
        SCOPED_TRACE(delay);
        const CommandResult run = runCommand(inBackground("check --jobs 2 " + dir() + "/slow.fodt " + dir() + "/slow.fodt") +
                                             "sleep " + delay + "; kill -TERM $pid; wait $pid");
        EXPECT_EQ(run.status, 128 + SIGTERM) << run.err;
        for (const std::string& slot : {profile(), profile() + "-1"}) {
            const std::vector<pid_t> left = officesOn(slot);
            EXPECT_EQ(left, std::vector<pid_t>{}) << slot;
            stopAll(left);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wrong answers

TEST_F(Hostile, ChineseFileNamesOpenWhateverTheLocale) {
    const std::string chinese = dir() + "/收到的报告/张三-述职报告.fodt";
    const std::string gbk = dir() + "/收到的报告/\xD5\xC5\xC8\xFD.fodt";  // 张三 in GBK, as Windows zip files name it
    write(chinese, read(dir() + "/slip.fodt"));
    write(gbk, read(dir() + "/slip.fodt"));
    for (const std::string environment : {"-u LANG -u LC_ALL -u LC_CTYPE -u LC_MESSAGES", "LANG=C LC_ALL=",
                                           "LC_ALL=C", "LANG=zh_CN.GB18030 LC_ALL="}) {
        SCOPED_TRACE(environment);
        const CommandResult run = reportkit("check --format json " + chinese + " " + shellQuoted(gbk), environment);
        EXPECT_EQ(run.status, 1) << run.err;
        const json documents = json::parse(run.out)["documents"];
        ASSERT_EQ(documents.size(), 2u);
        EXPECT_EQ(documents[0]["path"], chinese);
        for (const json& document : documents) {
            EXPECT_EQ(document["status"], "ok") << document.dump();
            EXPECT_EQ(document["summary"]["errors"], 1);
        }
    }
}

TEST_F(Hostile, ANameThatIsNotUtf8KeepsTheJsonReportOfEveryDocument) {
    const std::string gbk = dir() + "/gbk-names/\xD5\xC5\xC8\xFD.txt";
    write(gbk, read(dir() + "/slip.txt"));
    const CommandResult run = reportkit("check --format json " + shellQuoted(gbk) + " " + dir() + "/slip.txt");
    EXPECT_EQ(run.status, 1) << run.err;
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 2u);
    const std::string shown = documents[0]["path"];
    EXPECT_EQ(shown.rfind(dir() + "/gbk-names/", 0), 0u);
    EXPECT_NE(shown.find("\xEF\xBF\xBD"), std::string::npos) << shown;  // U+FFFD for the bytes that are not UTF-8
    EXPECT_EQ(documents[0]["summary"]["errors"], 1);
    EXPECT_EQ(documents[1]["path"], dir() + "/slip.txt");
    // The other formats show the name's bytes as they are.
    EXPECT_NE(reportkit("check " + shellQuoted(gbk)).out.find(gbk), std::string::npos);
}

TEST_F(Hostile, MergeRefusesJsonNestedTooDeepInsteadOfCrashing) {
    const std::string d = dir() + "/merge";
    write(d + "/arrays.json", std::string(100000, '[') + std::string(100000, ']'));
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += "{\"documents\":";
    write(d + "/objects.json", objects + "[]" + std::string(100000, '}'));
    for (const std::string name : {"arrays.json", "objects.json"}) {
        SCOPED_TRACE(name);
        const CommandResult run = reportkit("merge " + d + "/" + name);
        EXPECT_EQ(run.status, 2);
        EXPECT_EQ(run.err, "reportkit: " + d + "/" + name +
                               " is not a result of reportkit check --format json: it nests deeper than 32 levels, which no "
                               "result does\n");
    }
    // A merge never writes its result over one of the results it reads.
    ASSERT_EQ(reportkit("check --format json --output " + d + "/shard.json " + dir() + "/slip.txt").status, 1);
    const std::string shard = stateOf(d + "/shard.json");
    const CommandResult over = reportkit("merge --output " + d + "/shard.json " + d + "/shard.json");
    EXPECT_EQ(over.status, 2);
    EXPECT_NE(over.err.find("is the same file as the input"), std::string::npos) << over.err;
    EXPECT_EQ(stateOf(d + "/shard.json"), shard);
}

TEST_F(Hostile, AnUnwritableProfileFolderIsAClearErrorAndLeavesNoOfficeRunning) {
    if (!unprivileged().whyNot.empty()) GTEST_SKIP() << unprivileged().whyNot;
    const std::string& asUser = unprivileged().prefix;
    const std::string locked = dir() + "/read-only";
    fs::create_directories(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
    const CommandResult run = runCommand(asUser + command("check --jobs 2 " + dir() + "/slip.fodt " + dir() + "/slow.fodt",
                                                          "LANG=C.UTF-8 LC_ALL= HOME=" + locked, locked + "/office"));
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("reportkit: cannot use the LibreOffice profile folder " + locked +
                           "/office: no write permission; set REPORTKIT_OFFICE_PROFILE to a folder you may write to\n"),
              std::string::npos)
        << run.err;
    EXPECT_TRUE(namesIn(locked).empty());
    EXPECT_EQ(officesOn(locked + "/office"), std::vector<pid_t>{});
    EXPECT_EQ(officesOn(locked + "/office-1"), std::vector<pid_t>{});
}

TEST_F(Hostile, AWorkerWhoseProfileCannotBeMadeIsLeftOutAndTheOthersCheckEveryDocument) {
    if (!unprivileged().whyNot.empty()) GTEST_SKIP() << unprivileged().whyNot;
    const std::string& asUser = unprivileged().prefix;
    // The profile and its lock file were made for the user, but their folder is not theirs: the
    // second worker's profile, beside them, cannot be made.
    const std::string base = dir() + "/half-writable";
    fs::create_directories(base + "/office");
    write(base + "/office.lock", "");
    for (const std::string& made : {base + "/office", base + "/office.lock"}) {
        if (::geteuid() == 0) {
            ASSERT_EQ(::chown(made.c_str(), 65534, 65534), 0);
        }
    }
    fs::permissions(base, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    write(dir() + "/second/slip.fodt", read(dir() + "/slip.fodt"));
    const CommandResult run = runCommand(asUser + command("check --format json --jobs 2 " + dir() + "/slip.fodt " + dir() +
                                                              "/second/slip.fodt",
                                                          "LANG=C.UTF-8 LC_ALL= HOME=" + base, base + "/office"));
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_NE(run.err.find("reportkit: cannot use the LibreOffice profile folder " + base +
                           "/office-1: no write permission; set REPORTKIT_OFFICE_PROFILE to a folder you may write to; "
                           "the other workers check the documents\n"),
              std::string::npos)
        << run.err;
    const json documents = json::parse(run.out)["documents"];
    ASSERT_EQ(documents.size(), 2u);
    for (const json& document : documents) EXPECT_EQ(document["status"], "ok") << document.dump();
    EXPECT_EQ(officesOn(base + "/office"), std::vector<pid_t>{});
    EXPECT_FALSE(fs::exists(base + "/office-1"));
}

TEST_F(Hostile, AnUnreadableDocumentsMessageSaysItsPrefixOnce) {
    for (const auto& [locale, prefix] : std::vector<std::pair<std::string, std::string>>{{"en", "could not be read"}, {"zh-CN", "无法读取"}}) {
        const MessageCatalog messages = MessageCatalog::load(buildPath("oxt/messages"), locale);
        for (const std::string& key : messages.keys()) {
            if (key.rfind("document.error.", 0) != 0 && key.rfind("file.error.", 0) != 0) continue;
            const std::string line = messages.format("text.unreadable", {{"path", "a.docx"}, {"error", messages.format(key)}});
            std::size_t count = 0;
            for (std::size_t at = line.find(prefix); at != std::string::npos; at = line.find(prefix, at + 1)) ++count;
            EXPECT_EQ(count, 1u) << line;
        }
        EXPECT_EQ(messages.format("text.unreadable", {{"path", "a.docx"}, {"error", messages.format("document.error.password")}}),
                  locale == "en" ? "a.docx: could not be read: password protected" : "a.docx：无法读取：文档有密码保护");
    }
}

}  // namespace
}  // namespace reportkit::test
