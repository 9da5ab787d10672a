#include "strings.hpp"

#include <filesystem>

#include <osl/file.hxx>

namespace reportkit::writer {

std::string toUtf8(const OUString& text) {
    const OString utf8 = OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), utf8.getLength());
}

OUString fromUtf8(std::string_view text) {
    return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

std::string systemPath(const OUString& url) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
    return toUtf8(path);
}

// From the path's bytes, not through osl::FileBase::getFileURLFromSystemPath: that converts the
// name to the locale's encoding first, and with LANG unset or C a Chinese name has no bytes there.
// Every byte but the unreserved ones and "/" is percent-encoded, so a name that is not UTF-8
// reaches LibreOffice unchanged too.
OUString fileUrl(const std::string& path) {
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (const unsigned char byte : absolute) {
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                                byte == '-' || byte == '.' || byte == '_' || byte == '~' || byte == '/';
        if (unreserved) {
            url += static_cast<char>(byte);
        } else {
            url += '%';
            url += kHex[byte >> 4];
            url += kHex[byte & 0xF];
        }
    }
    return OUString::createFromAscii(url.c_str());
}

}  // namespace reportkit::writer
