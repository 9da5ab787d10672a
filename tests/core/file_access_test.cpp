// Files as a hostile folder holds them: named pipes, devices, links that loop or point nowhere.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "file_access.hpp"
#include "report_files.hpp"
#include "fixtures.hpp"

namespace reportkit {
namespace {

namespace fs = std::filesystem;

class FileAccess : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "reportkit-files-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    fs::path dir_;
};

TEST_F(FileAccess, OnlyRegularFilesAreOpenedAndEveryOtherKindSaysWhatItIs) {
    std::ofstream(path("a.txt")) << "一、甲\n";
    ASSERT_EQ(mkfifo(path("pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("nowhere.txt", path("dangling.txt"));
    fs::create_symlink("loop.txt", path("loop.txt"));
    fs::create_symlink("/dev/zero", path("endless.txt"));
    fs::create_directory(path("folder.txt"));

    EXPECT_EQ(unreadableFileProblem(path("a.txt")), "");
    EXPECT_EQ(unreadableFileProblem(path("pipe.txt")), "file.error.fifo");  // and it did not block
    EXPECT_EQ(unreadableFileProblem(path("dangling.txt")), "file.error.dangling-link");
    EXPECT_EQ(unreadableFileProblem(path("loop.txt")), "file.error.link-loop");
    EXPECT_EQ(unreadableFileProblem(path("endless.txt")), "file.error.device");
    EXPECT_EQ(unreadableFileProblem(path("folder.txt")), "file.error.folder");
    EXPECT_EQ(unreadableFileProblem(path("missing.txt")), "document.error.missing");

    std::string content;
    EXPECT_EQ(readTextFile(path("endless.txt"), content), "file.error.device");
    EXPECT_EQ(readTextFile(path("pipe.txt"), content), "file.error.fifo");
    EXPECT_EQ(readTextFile(path("a.txt"), content), "");
    EXPECT_EQ(content, "一、甲\n");
}

TEST_F(FileAccess, ATextFileIsReadUpToItsLimitAndAnEmptyOneIsEmpty) {
    std::ofstream(path("big.txt")) << std::string(100, 'x');
    std::string content;
    EXPECT_EQ(readRegularFile(path("big.txt"), content, 99), "file.error.too-large");
    EXPECT_EQ(readRegularFile(path("big.txt"), content, 100), "");
    std::ofstream(path("empty.txt"));
    EXPECT_EQ(readTextFile(path("empty.txt"), content), "document.error.empty");
}

TEST_F(FileAccess, AHardLinkAndASymbolicLinkAreTheSameFile) {
    std::ofstream(path("a.docx")) << "x";
    fs::create_hard_link(path("a.docx"), path("hard.docx"));
    fs::create_symlink(path("a.docx"), path("soft.docx"));
    std::ofstream(path("b.docx")) << "x";
    EXPECT_EQ(identityOf(path("hard.docx")), identityOf(path("a.docx")));
    EXPECT_EQ(identityOf(path("soft.docx")), identityOf(path("a.docx")));
    EXPECT_NE(identityOf(path("b.docx")), identityOf(path("a.docx")));
    EXPECT_FALSE(identityOf(path("missing.docx")).has_value());
}

TEST_F(FileAccess, AFolderSearchListsEveryCandidateAndNeverFollowsALinkToAFolder) {
    fs::create_directories(path("sub"));
    std::ofstream(path("sub/a.docx")) << "x";
    std::ofstream(path("notes.pdf")) << "x";
    std::ofstream(path("~$a.docx")) << "x";
    ASSERT_EQ(mkfifo(path("pipe.docx").c_str(), 0644), 0);
    fs::create_symlink("nowhere.odt", path("dangling.odt"));
    fs::create_symlink(dir_, path("sub/back"));  // a loop, if it were followed
    std::vector<std::string> found;
    for (const FoundFile& file : reportCandidatesUnder(dir_.string())) found.push_back(file.path + "|" + file.problem);
    EXPECT_EQ(found, (std::vector<std::string>{path("dangling.odt") + "|", path("pipe.docx") + "|", path("sub/a.docx") + "|"}));
}

TEST_F(FileAccess, ACandidateIsClassifiedBeforeItIsOpenedWithTheReason) {
    std::ofstream(path("a.txt")) << "一、甲\n";
    std::ofstream(path("a.docx")) << "PK";
    std::ofstream(path("empty.docx"));
    std::ofstream(path("notes.pdf")) << "x";
    std::ofstream(path("locked.odt")) << "x";
    fs::permissions(path("locked.odt"), fs::perms::none);
    ASSERT_EQ(mkfifo(path("pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("nowhere.odt", path("dangling.odt"));
    fs::create_symlink("loop.docx", path("loop.docx"));
    fs::create_symlink("/dev/zero", path("endless.txt"));
    fs::create_directory(path("folder.docx"));
    const auto described = [](const Candidate& candidate) {
        switch (candidate.kind) {
            case CandidateKind::text: return std::string("text");
            case CandidateKind::office: return std::string("office");
            case CandidateKind::unreadable: break;
        }
        return "unreadable: " + candidate.problem;
    };

    EXPECT_EQ(described(classifyCandidate(path("a.txt"))), "text");
    EXPECT_EQ(described(classifyCandidate(path("a.docx"))), "office");
    EXPECT_EQ(described(classifyCandidate(path("empty.docx"))), "unreadable: document.error.empty");
    EXPECT_EQ(described(classifyCandidate(path("notes.pdf"))), "unreadable: document.error.unsupported");
    EXPECT_EQ(described(classifyCandidate(path("missing.docx"))), "unreadable: document.error.missing");
    EXPECT_EQ(described(classifyCandidate(path("pipe.txt"))), "unreadable: file.error.fifo");  // and it did not block
    EXPECT_EQ(described(classifyCandidate(path("dangling.odt"))), "unreadable: file.error.dangling-link");
    EXPECT_EQ(described(classifyCandidate(path("loop.docx"))), "unreadable: file.error.link-loop");
    EXPECT_EQ(described(classifyCandidate(path("endless.txt"))), "unreadable: file.error.device");
    EXPECT_EQ(described(classifyCandidate(path("folder.docx"))), "unreadable: file.error.folder");
    // Root may read a file without permission; anyone else is told why.
    if (::geteuid() != 0) {
        EXPECT_EQ(described(classifyCandidate(path("locked.odt"))), "unreadable: file.error.no-permission");
    }
    fs::permissions(path("locked.odt"), fs::perms::owner_all);

    // A folder the search could not look into keeps its own reason; a found file is classified as named.
    EXPECT_EQ(described(classifyCandidate(FoundFile{path("shut"), "file.error.no-permission"})), "unreadable: file.error.no-permission");
    EXPECT_EQ(described(classifyCandidate(FoundFile{path("a.docx"), ""})), "office");
}

// The panel's folder check and the command line's --output FOLDER name a report the same way: after
// what was checked, in the user's language, with the time it was made.
TEST_F(FileAccess, AReportIsNamedAfterTheFolderItChecks) {
    fs::create_directories(path("材料/sub"));
    std::ofstream(path("材料/a.docx")) << "PK";
    std::tm when{};
    when.tm_year = 2026 - 1900, when.tm_mon = 11, when.tm_mday = 7, when.tm_hour = 21, when.tm_min = 5, when.tm_sec = 9;
    const MessageCatalog chinese = MessageCatalog::load(test::sourcePath("extension/messages"), "zh-CN");
    const MessageCatalog english = MessageCatalog::load(test::sourcePath("extension/messages"), "en_US");

    EXPECT_EQ(reportFileName(path("材料"), when, ".html", chinese), "材料-报告-20261207-210509.html");
    EXPECT_EQ(reportFileName(path("材料"), when, ".html", english), "材料-report-20261207-210509.html");
    EXPECT_EQ(reportFileName(path("材料/"), when, ".csv", chinese), "材料-报告-20261207-210509.csv");
    EXPECT_EQ(reportFileName(path("材料/sub/.."), when, ".html", chinese), "材料-报告-20261207-210509.html");
    EXPECT_EQ(reportFileName(path("材料/a.docx"), when, ".json", chinese), "a-报告-20261207-210509.json");
    EXPECT_EQ(reportFileName(".", when, ".html", english), fs::current_path().filename().string() + "-report-20261207-210509.html");
    EXPECT_EQ(reportFileName("/", when, ".html", chinese), "报告-20261207-210509.html");
}

}  // namespace
}  // namespace reportkit
