#pragma once
// How an inserted skeleton looks: fonts per role, page and lines. The default is GB/T 9704-2012;
// a template's <format> element starts from a base profile and overrides parts of it.
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

enum class TextRole { title, heading1, heading2, heading3, heading4, body, pageNumber };
constexpr std::size_t kTextRoleCount = 7;

// "title", "heading1" … "heading4", "body", "page-number".
std::string_view textRoleId(TextRole role);
std::optional<TextRole> textRoleFromId(std::string_view id);

struct FontSpec {
    // The standard names a family (仿宋); offices install it under one of several names
    // (仿宋_GB2312, 方正仿宋_GBK …). The first installed one is used.
    std::vector<std::string> families;
    double points = 16;
    bool bold = false;
};

struct PageSpec {
    double widthMm = 210, heightMm = 297;
    double topMm = 37, bottomMm = 35, leftMm = 28, rightMm = 26;
    int linesPerPage = 22;     // 0: no text grid
    int charactersPerLine = 28;
    // Page numbers "— 1 —", odd pages right and even pages left, one character in; else centred "1".
    bool officialPageNumbers = true;
};

// How far a document may be from the profile and still be right: GB/T 9704 5.2.1 allows 1 mm on
// the margins; sizes are read back from Writer in twips and 1/100 mm.
struct FormatTolerance {
    double mm = 1;
    double points = 0.5;
};

struct FormatProfile {
    std::string base;  // "gbt9704" or "plain"
    std::array<FontSpec, kTextRoleCount> fonts;
    PageSpec page;
    double lineSpacingPoints = 0;  // fixed line height; 0: proportional (single)
    double pageNumberSpacingMm = 7;  // from the text area's bottom to the page number (GB/T 9704 7.5)
    FormatTolerance tolerance;

    const FontSpec& font(TextRole role) const { return fonts[static_cast<std::size_t>(role)]; }
    FontSpec& font(TextRole role) { return fonts[static_cast<std::size_t>(role)]; }
};

// The base profiles by name; empty for an unknown name.
std::optional<FormatProfile> baseProfile(std::string_view name);

// Whether `font` is one of the chain's families. Offices name one family several ways (仿宋,
// 仿宋_GB2312, FangSong, 方正仿宋_GBK, 华文仿宋): names are compared without the foundry's prefix
// and the character set's or edition's suffix, and Latin letters without case.
bool isFamilyOf(const std::vector<std::string>& families, std::string_view font);

// isFamilyOf for one chain asked about many fonts (every run of a document): the chain's names
// are reduced to their cores once.
class FamilyMatcher {
public:
    explicit FamilyMatcher(const std::vector<std::string>& families);
    bool matches(std::string_view font) const;

private:
    std::vector<std::string> cores_;
};

// The family's name as a person would say it: the chain's first name.
std::string familyName(const std::vector<std::string>& families);

// The first family of the chain that is installed; empty when none is.
std::string firstInstalled(const std::vector<std::string>& families, const std::set<std::string>& installed);

}  // namespace reportkit
