#include "document_format.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <set>
#include <string_view>

#include "report_files.hpp"

namespace reportkit {

namespace {

// Files that are plainly something else, by the signature they start with.
struct Signature {
    std::string_view bytes;
    const char* name;
};
constexpr Signature kOtherKinds[] = {
    {"%PDF-", "PDF"},
    {"\x89PNG\r\n\x1a\n", "PNG"},
    {"\xFF\xD8\xFF", "JPEG"},
    {"GIF8", "GIF"},
    {"Rar!\x1a\x07", "RAR"},
    {std::string_view("7z\xBC\xAF\x27\x1C", 6), "7z"},
    {"\x1f\x8b", "gzip"},
    {"\x7f" "ELF", "ELF"},
};

constexpr std::string_view kZipLocalHeader("PK\x03\x04", 4);
constexpr std::string_view kZipEmptyArchive("PK\x05\x06", 4);

std::uint32_t little(const std::string& bytes, std::size_t at, int width) {
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// The names in a zip archive's central directory; false when it cannot be read (a damaged or
// truncated archive, zip64).
bool zipEntryNames(std::ifstream& in, std::set<std::string>& names) {
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    // The end-of-directory record is the last 22 bytes, followed by a comment of at most 65,535.
    const std::streamoff tailSize = std::min<std::streamoff>(size, 22 + 65535);
    std::string tail(static_cast<std::size_t>(tailSize), '\0');
    in.seekg(size - tailSize);
    if (!in.read(tail.data(), tailSize)) return false;
    const std::size_t end = tail.rfind(kZipEmptyArchive);
    if (end == std::string::npos || end + 22 > tail.size()) return false;
    const std::uint32_t entries = little(tail, end + 10, 2);
    const std::uint32_t directorySize = little(tail, end + 12, 4);
    const std::uint32_t directoryOffset = little(tail, end + 16, 4);
    if (directoryOffset == 0xFFFFFFFF || static_cast<std::streamoff>(directoryOffset) + directorySize > size) return false;
    std::string directory(directorySize, '\0');
    in.seekg(directoryOffset);
    if (!in.read(directory.data(), directorySize)) return false;
    std::size_t at = 0;
    for (std::uint32_t i = 0; i < entries; ++i) {
        if (at + 46 > directory.size() || little(directory, at, 4) != 0x02014b50) return false;
        const std::uint32_t nameLength = little(directory, at + 28, 2);
        const std::uint32_t extraLength = little(directory, at + 30, 2);
        const std::uint32_t commentLength = little(directory, at + 32, 2);
        if (at + 46 + nameLength > directory.size()) return false;
        names.insert(directory.substr(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

// The kinds of document LibreOffice's import filters read, by filter name.
std::string kindOfFilter(const std::string& filter) {
    const auto startsWith = [&](std::string_view prefix) { return filter.rfind(prefix, 0) == 0; };
    if (filter == "writer8" || filter == "writer8_template" || startsWith("StarOffice XML (Writer)") ||
        startsWith("writer_StarOffice_XML"))
        return "odt";
    if (filter == "OpenDocument Text Flat XML") return "fodt";
    if (startsWith("MS Word 2007 XML") || startsWith("Office Open XML Text")) return "docx";
    if (startsWith("MS Word 9") || startsWith("MS WinWord") || filter == "MS Word 2003 XML") return "doc";
    if (filter == "Rich Text Format") return "rtf";
    if (startsWith("HTML")) return "html";
    if (filter == "MS_Works") return "works";
    if (startsWith("Text")) return "text";
    return "other";
}

// The kinds a file's extension may hold. A .wps is Microsoft Works' or, from Kingsoft WPS, a
// Word 97 file.
bool extensionHolds(const std::string& extension, const std::string& kind) {
    if (extension == ".odt" || extension == ".ott") return kind == "odt";
    if (extension == ".wps") return kind == "works" || kind == "doc";
    return extension == "." + kind;
}

}  // namespace

FormatProblem contentProblem(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(8, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    for (const Signature& signature : kOtherKinds)
        if (head.rfind(signature.bytes, 0) == 0) return {"document.error.other-kind", signature.name};
    if (head.rfind(kZipLocalHeader, 0) != 0 && head.rfind(kZipEmptyArchive, 0) != 0) return {};
    std::set<std::string> names;
    if (!zipEntryNames(in, names)) return {};  // damaged: LibreOffice says whether it can open it
    if (names.count("[Content_Types].xml") || names.count("mimetype")) return {};
    return {"document.error.zip-not-document", {}};
}

LoadedFormat judgeLoadedFormat(const std::string& path, const std::string& filterName) {
    if (filterName.empty()) return {};  // a new document, not a file
    const std::string extension = lowerExtension(path);
    const std::string kind = kindOfFilter(filterName);
    if (extension == ".txt" || extensionHolds(extension, kind)) return {};
    if (kind == "text") return {"document.error.only-text", {}};
    return {{}, "document.kind." + kind};
}

void noteOtherKind(DocumentReport& report, const std::string& otherKindKey, const MessageCatalog& messages) {
    Finding note;
    note.rule = "document.format";
    note.severity = Severity::info;
    note.messageKey = "document.format-mismatch";
    note.found = messages.format(otherKindKey);
    note.expected = lowerExtension(report.path);
    note.message = messages.format(note.messageKey, {{"found", note.found}, {"expected", note.expected}});
    report.findings.insert(report.findings.begin(), std::move(note));
}

}  // namespace reportkit
