// Files that are not the document their name says: other kinds by their first bytes, zip archives
// that hold no document, and what LibreOffice's chosen filter says of a file once opened.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "document_format.hpp"
#include "fixtures.hpp"

namespace reportkit {
namespace {

namespace fs = std::filesystem;

void putLittle(std::string& bytes, std::uint32_t value, int width) {
    // Wider than the value: zero bytes, not a shift past its 32 bits.
    for (int i = 0; i < width; ++i) bytes += static_cast<char>(i < 4 ? value >> (8 * i) & 0xFF : 0);
}

// A zip archive of stored (uncompressed) entries, as its format describes it; no CRC, which only
// an unpacker checks.
std::string zipOf(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string archive, directory;
    for (const auto& [name, content] : entries) {
        const auto offset = static_cast<std::uint32_t>(archive.size());
        archive += "PK\x03\x04";
        putLittle(archive, 20, 2);
        putLittle(archive, 0, 2 + 2 + 2 + 2 + 4);  // flags, method, time, date, crc
        putLittle(archive, static_cast<std::uint32_t>(content.size()), 4);
        putLittle(archive, static_cast<std::uint32_t>(content.size()), 4);
        putLittle(archive, static_cast<std::uint32_t>(name.size()), 2);
        putLittle(archive, 0, 2);
        archive += name + content;
        directory += "PK\x01\x02";
        putLittle(directory, 20, 2);
        putLittle(directory, 20, 2);
        putLittle(directory, 0, 2 + 2 + 2 + 2 + 4);
        putLittle(directory, static_cast<std::uint32_t>(content.size()), 4);
        putLittle(directory, static_cast<std::uint32_t>(content.size()), 4);
        putLittle(directory, static_cast<std::uint32_t>(name.size()), 2);
        putLittle(directory, 0, 2 + 2 + 2 + 2 + 4);  // extra, comment, disk, internal, external
        putLittle(directory, offset, 4);
        directory += name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(archive.size());
    archive += directory + "PK\x05\x06";
    putLittle(archive, 0, 4);
    putLittle(archive, static_cast<std::uint32_t>(entries.size()), 2);
    putLittle(archive, static_cast<std::uint32_t>(entries.size()), 2);
    putLittle(archive, static_cast<std::uint32_t>(directory.size()), 4);
    putLittle(archive, directoryOffset, 4);
    putLittle(archive, 0, 2);
    return archive;
}

class DocumentFormat : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "reportkit-format-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string file(const std::string& name, const std::string& content) const {
        const std::string path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::string problemOf(const std::string& path) {
        const FormatProblem problem = contentProblem(path);
        return problem.key + (problem.detail.empty() ? "" : ":" + problem.detail);
    }

    fs::path dir_;
};

TEST_F(DocumentFormat, FilesOfAnotherKindAreKnownByTheirFirstBytes) {
    EXPECT_EQ(problemOf(file("a.docx", "%PDF-1.4\n1 0 obj")), "document.error.other-kind:PDF");
    EXPECT_EQ(problemOf(file("b.odt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR")), "document.error.other-kind:PNG");
    EXPECT_EQ(problemOf(file("c.doc", "\xFF\xD8\xFF\xE0\0\x10JFIF")), "document.error.other-kind:JPEG");
    EXPECT_EQ(problemOf(file("d.rtf", "GIF89a")), "document.error.other-kind:GIF");
    // What may still be a document is left to LibreOffice: random bytes, text, RTF, a Word 97 file.
    std::mt19937 random(15);
    std::string noise(4096, '\0');
    for (char& c : noise) c = static_cast<char>(random());
    noise[0] = 'x';
    EXPECT_EQ(problemOf(file("e.docx", noise)), "");
    EXPECT_EQ(problemOf(file("f.rtf", "{\\rtf1\\ansi x}")), "");
    EXPECT_EQ(problemOf(file("g.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")), "");
    EXPECT_EQ(problemOf(file("h.docx", "PK")), "");  // too short to say
}

TEST_F(DocumentFormat, AZipArchiveIsADocumentOnlyWithItsDescriptionOfParts) {
    EXPECT_EQ(problemOf(file("notes.docx", zipOf({{"hello.txt", "hello"}, {"photo.jpg", "\xFF\xD8\xFF"}}))),
              "document.error.zip-not-document");
    EXPECT_EQ(problemOf(file("empty.odt", zipOf({}))), "document.error.zip-not-document");
    EXPECT_EQ(problemOf(file("word.docx", zipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}}))), "");
    EXPECT_EQ(problemOf(file("open.odt", zipOf({{"mimetype", "application/vnd.oasis.opendocument.text"}}))), "");
    // A zip whose directory is cut off is damaged, not surely something else: LibreOffice says.
    const std::string whole = zipOf({{"hello.txt", "hello"}});
    EXPECT_EQ(problemOf(file("cut.docx", whole.substr(0, whole.size() / 2))), "");
}

TEST_F(DocumentFormat, TheFilterLibreOfficeChoseSaysWhatTheFileIs) {
    const auto judged = [](const std::string& path, const std::string& filter) {
        const LoadedFormat format = judgeLoadedFormat(path, filter);
        return format.problem + "|" + format.otherKind;
    };
    // Name and content agree.
    EXPECT_EQ(judged("a.docx", "Office Open XML Text"), "|");
    EXPECT_EQ(judged("a.DOCX", "MS Word 2007 XML"), "|");
    EXPECT_EQ(judged("a.odt", "writer8"), "|");
    EXPECT_EQ(judged("a.ott", "writer8_template"), "|");
    EXPECT_EQ(judged("a.fodt", "OpenDocument Text Flat XML"), "|");
    EXPECT_EQ(judged("a.doc", "MS Word 97"), "|");
    EXPECT_EQ(judged("a.rtf", "Rich Text Format"), "|");
    EXPECT_EQ(judged("a.wps", "MS_Works"), "|");
    EXPECT_EQ(judged("a.wps", "MS Word 97"), "|");  // Kingsoft WPS's own .wps
    EXPECT_EQ(judged("new", ""), "|");              // a new document has no filter
    // Read only as plain text: no document of its kind at all.
    for (const char* name : {"a.docx", "a.odt", "a.ott", "a.fodt", "a.doc", "a.rtf", "a.wps"}) {
        EXPECT_EQ(judged(name, "Text"), "document.error.only-text|") << name;
        EXPECT_EQ(judged(name, "Text (encoded)"), "document.error.only-text|") << name;
    }
    // A real document of another kind: checked, with a note of what it is.
    EXPECT_EQ(judged("a.odt", "Office Open XML Text"), "|document.kind.docx");
    EXPECT_EQ(judged("a.docx", "writer8"), "|document.kind.odt");
    EXPECT_EQ(judged("a.doc", "HTML"), "|document.kind.html");
    EXPECT_EQ(judged("a.doc", "Rich Text Format"), "|document.kind.rtf");
    EXPECT_EQ(judged("a.rtf", "WordPerfect"), "|document.kind.other");
}

TEST_F(DocumentFormat, TheNoteOfAnotherKindSaysBothInEitherLanguage) {
    for (const char* locale : {"en_US", "zh_CN"}) {
        const MessageCatalog messages = MessageCatalog::load(test::sourcePath("extension/messages"), locale);
        for (const char* kind : {"odt", "fodt", "docx", "doc", "rtf", "html", "works", "text", "other"})
            EXPECT_NE(messages.format(std::string("document.kind.") + kind), std::string("document.kind.") + kind) << kind;
        DocumentReport report;
        report.path = "收到/张三.odt";
        noteOtherKind(report, "document.kind.docx", messages);
        ASSERT_EQ(report.findings.size(), 1u);
        EXPECT_EQ(report.findings[0].rule, "document.format");
        EXPECT_EQ(report.findings[0].severity, Severity::info);
        EXPECT_EQ(report.findings[0].paragraph, -1);
        EXPECT_NE(report.findings[0].message.find(".odt"), std::string::npos) << report.findings[0].message;
        EXPECT_NE(report.findings[0].message.find(".docx"), std::string::npos) << report.findings[0].message;
    }
    const MessageCatalog english = MessageCatalog::load(test::sourcePath("extension/messages"), "en_US");
    EXPECT_EQ(english.format("document.format-mismatch", {{"expected", ".odt"}, {"found", english.format("document.kind.docx")}}),
              "The name says .odt, but the content is a Word document (.docx); it was checked as what it is. "
              "Consider renaming it.");
}

}  // namespace
}  // namespace reportkit
