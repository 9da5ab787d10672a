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

OUString fileUrl(const std::string& path) {
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(absolute), url) != osl::FileBase::E_None) return {};
    return url;
}

}  // namespace reportkit::writer
