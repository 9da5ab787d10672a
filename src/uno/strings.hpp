#pragma once
// The one place where LibreOffice's UTF-16 strings meet the core's UTF-8.
#include <string>
#include <string_view>

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

// LibreOffice's own code has these through LIBO_INTERNAL_ONLY, which an extension must not set.
using ::rtl::OString;
using ::rtl::OUString;
using ::rtl::OUStringToOString;

namespace reportkit::writer {

std::string toUtf8(const OUString& text);
OUString fromUtf8(std::string_view text);

// A file URL's local path in UTF-8, or "" when it is not a local file.
std::string systemPath(const OUString& fileUrl);
// The file URL of a path, made absolute first, percent-encoded from its bytes whatever the locale.
OUString fileUrl(const std::string& path);

}  // namespace reportkit::writer
