#include "terms.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <mutex>

#include <boost/algorithm/string/trim.hpp>

#include "file_access.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace {

constexpr std::size_t kMaximumFileBytes = 4 * 1024 * 1024;

struct KindName {
    std::string_view name;
    TermKind kind;
};
constexpr KindName kKinds[] = {{"canonical", TermKind::canonical},
                               {"usage", TermKind::usage},
                               {"enumeration", TermKind::enumeration},
                               {"forbidden", TermKind::forbidden}};

const TermKind* kindNamed(std::string_view name) {
    for (const KindName& known : kKinds)
        if (known.name == name) return &known.kind;
    return nullptr;
}

std::string trimmed(std::string_view text) { return boost::algorithm::trim_copy(std::string(text)); }

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(trimmed(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// Reads one entry line "kind | form | forms or items | source"; "" when it is good, else the key of
// what is wrong with it.
std::string readEntry(const std::vector<std::string>& fields, TermEntry& entry) {
    const TermKind* kind = kindNamed(fields[0]);
    if (!kind) return "terms.error.kind";
    entry.kind = *kind;
    entry.form = fields.size() > 1 ? fields[1] : "";
    if (fields.size() > 2 && !fields[2].empty())
        for (std::string& variant : split(fields[2], '/')) entry.variants.push_back(std::move(variant));
    entry.source = fields.size() > 3 ? fields[3] : "";
    const bool needsVariants = entry.kind != TermKind::forbidden;
    if (fields.size() > 4 || entry.form.empty() || (needsVariants && entry.variants.empty()) ||
        (entry.kind != TermKind::forbidden && entry.source.empty()))
        return "terms.error.fields";
    if (entry.kind == TermKind::forbidden && entry.variants.size() > 1) return "terms.error.fields";
    // A wrong form that is empty or holds the right one would mark right text.
    for (const std::string& variant : entry.variants)
        if (variant.empty() || (entry.kind != TermKind::forbidden && variant.find(entry.form) != std::string::npos))
            return "terms.error.variant";
    if (entry.kind == TermKind::enumeration && entry.variants.size() < 2) return "terms.error.fields";
    return "";
}

TermEntry offLine(TermKind kind, std::string form, int line) {
    TermEntry off;
    off.kind = kind;
    off.form = std::move(form);
    off.line = line;
    return off;
}

}  // namespace

TermFile parseTermFile(std::string_view text, const std::string& file, std::vector<TemplateProblem>& problems) {
    TermFile result;
    if (text.size() > kMaximumFileBytes) {
        problems.push_back({file, "terms.error.size", "", 0});
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int lineNumber = 0;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!utf8::isValid(raw)) {
            problems.push_back({file, "terms.error.encoding", "", lineNumber});
            continue;
        }
        const std::string line = trimmed(raw);
        if (line.empty() || line[0] == '#') continue;
        if (line == "locked") {
            result.locked = true;
            continue;
        }
        const std::vector<std::string> fields = split(line, '|');
        if (fields[0] == "off") {
            const TermKind* kind = fields.size() == 3 ? kindNamed(fields[1]) : nullptr;
            if (!kind || fields[2].empty()) problems.push_back({file, "terms.error.off", "", lineNumber});
            else result.off.push_back(offLine(*kind, fields[2], lineNumber));
            continue;
        }
        TermEntry entry;
        if (const std::string problem = readEntry(fields, entry); !problem.empty()) {
            problems.push_back({file, problem, fields[0], lineNumber});
            continue;
        }
        entry.file = file;
        entry.line = lineNumber;
        result.entries.push_back(std::move(entry));
    }
    for (TermEntry& entry : result.entries) entry.locked = result.locked;
    return result;
}

bool TermList::replaceable(TermKind kind, std::string_view form, const std::string& path, int line) {
    const auto same = std::find_if(entries.begin(), entries.end(),
                                   [&](const TermEntry& entry) { return entry.kind == kind && entry.form == form; });
    if (same == entries.end() || !same->locked) return true;
    problems.push_back({path, "terms.error.locked", same->file, line});
    return false;
}

void TermList::add(TermFile file, const std::string& path) {
    for (const TermEntry& off : file.off) {
        if (!replaceable(off.kind, off.form, path, off.line)) continue;
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const TermEntry& entry) { return entry.kind == off.kind && entry.form == off.form; }),
                      entries.end());
    }
    for (TermEntry& entry : file.entries) {
        if (!replaceable(entry.kind, entry.form, path, entry.line)) continue;
        const auto same = std::find_if(entries.begin(), entries.end(), [&](const TermEntry& earlier) {
            return earlier.kind == entry.kind && earlier.form == entry.form;
        });
        if (same != entries.end()) *same = std::move(entry);
        else entries.push_back(std::move(entry));
    }
}

void TermList::build() {
    const auto add = [&](std::string_view keyword, std::size_t entry, TermRole role, std::size_t item) {
        const std::u32string folded = foldText(keyword);
        matcher_.addFolded(folded);
        keywords_.push_back({entry, role, item, folded.size()});
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TermEntry& entry = entries[i];
        switch (entry.kind) {
            case TermKind::canonical:
            case TermKind::usage:
                add(entry.form, i, TermRole::canonicalForm, 0);
                for (const std::string& variant : entry.variants) add(variant, i, TermRole::wrongForm, 0);
                break;
            case TermKind::enumeration:
                for (std::size_t item = 0; item < entry.variants.size(); ++item)
                    add(entry.variants[item], i, TermRole::item, item);
                break;
            case TermKind::forbidden:
                add(entry.form, i, TermRole::forbidden, 0);
                break;
        }
    }
    matcher_.build();
}

std::shared_ptr<const TermList> loadTermLists(const std::vector<std::string>& folders) {
    auto list = std::make_shared<TermList>();
    list->add(parseTermFile(builtInTermText(), "builtin:terms.txt", list->problems), "builtin:terms.txt");
    for (const std::string& folder : folders) {
        const std::string path = (std::filesystem::path(folder) / kTermFileName).string();
        std::error_code error;
        if (!std::filesystem::exists(path, error)) continue;
        std::string text;
        if (const std::string problem = readRegularFile(path, text, kMaximumFileBytes); !problem.empty()) {
            list->problems.push_back({path, problem == "file.error.too-large" ? "terms.error.size" : problem, "", 0});
            continue;
        }
        list->add(parseTermFile(text, path, list->problems), path);
    }
    list->build();
    return list;
}

namespace {

std::mutex activeMutex;
std::shared_ptr<const TermList>& active() {
    static std::shared_ptr<const TermList> list = loadTermLists({});
    return list;
}

// Where each code point is: inside a title in 《》 (kInTitle), inside a quotation in “” (kInQuotation).
// A quotation left open runs to the paragraph's end.
constexpr unsigned char kInTitle = 1, kInQuotation = 2;
std::vector<unsigned char> quotedCodePoints(const std::u32string& text) {
    std::vector<unsigned char> quoted(text.size());
    int titles = 0, quotes = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = text[i];
        if (cp == U'》' && titles > 0) --titles;
        if (cp == U'”' && quotes > 0) --quotes;
        quoted[i] = static_cast<unsigned char>((titles > 0 ? kInTitle : 0) | (quotes > 0 ? kInQuotation : 0));
        if (cp == U'《') ++titles;
        if (cp == U'“') ++quotes;
    }
    return quoted;
}

// Whether an occurrence is another document's words: inside a title, or inside a quotation that is
// more than the occurrence itself (“三个代表重要思想” alone in quotes is the writer naming it).
bool quotedFromElsewhere(const std::u32string& text, const std::vector<unsigned char>& quoted, std::size_t start,
                         std::size_t end) {
    if (quoted[start] & kInTitle) return true;
    if (!(quoted[start] & kInQuotation)) return false;
    return !(start > 0 && text[start - 1] == U'“' && end < text.size() && text[end] == U'”');
}

// Whether an occurrence is part of a file path or an address (…/三个代表重要思想.docx): a name, not text.
bool inPath(const std::u32string& text, std::size_t start, std::size_t end) {
    const auto separates = [](char32_t cp) { return cp == U'/' || cp == U'\\' || cp == U'_'; };
    if (start > 0 && separates(text[start - 1])) return true;
    if (end < text.size() && separates(text[end])) return true;
    return end + 1 < text.size() && text[end] == U'.' && text[end + 1] < 0x80 && std::isalpha(static_cast<int>(text[end + 1]));
}

}  // namespace

std::shared_ptr<const TermList> activeTermList() {
    const std::lock_guard<std::mutex> lock(activeMutex);
    return active();
}

void setActiveTermList(std::shared_ptr<const TermList> list) {
    const std::lock_guard<std::mutex> lock(activeMutex);
    active() = std::move(list);
}

int ParagraphTerms::utf16At(std::size_t codePoint) const {
    return codePoint < utf16Offsets.size() ? utf16Offsets[codePoint] : utf16Offsets.empty() ? 0 : utf16Offsets.back();
}

ParagraphTerms findTerms(std::string_view paragraph, const TermList& list) {
    ParagraphTerms result;
    if (list.keywords().empty()) return result;
    std::u32string text = foldText(paragraph);
    const auto& keywords = list.keywords();
    list.matcher().scanWithEnds(text, [&](std::size_t id, std::size_t end) {
        result.hits.push_back({id, end - keywords[id].length, end});
    });
    // Right forms alone, or a lone enumeration item, are nothing to tell: most paragraphs end here.
    const auto telling = std::count_if(result.hits.begin(), result.hits.end(), [&](const TermHit& hit) {
        const TermRole role = keywords[hit.keyword].role;
        return role == TermRole::wrongForm || role == TermRole::forbidden || role == TermRole::item;
    });
    const bool items = std::any_of(result.hits.begin(), result.hits.end(),
                                   [&](const TermHit& hit) { return keywords[hit.keyword].role == TermRole::item; });
    if (telling == 0 || (telling == 1 && items)) {
        result.hits.clear();
        return result;
    }
    // A wrong form inside a right one's occurrence is part of right text; quoted text is left alone.
    std::vector<TermHit> right;
    for (const TermHit& hit : result.hits)
        if (keywords[hit.keyword].role == TermRole::canonicalForm) right.push_back(hit);
    const std::vector<unsigned char> quoted = quotedCodePoints(text);
    result.hits.erase(std::remove_if(result.hits.begin(), result.hits.end(),
                                     [&](const TermHit& hit) {
                                         if (quotedFromElsewhere(text, quoted, hit.start, hit.end) || inPath(text, hit.start, hit.end)) return true;
                                         if (keywords[hit.keyword].role != TermRole::wrongForm) return false;
                                         return std::any_of(right.begin(), right.end(), [&](const TermHit& r) {
                                             return r.start <= hit.start && hit.end <= r.end;
                                         });
                                     }),
                      result.hits.end());
    if (result.hits.empty()) return result;
    result.utf16Offsets.reserve(text.size() + 1);
    int offset = 0;
    for (const char32_t cp : text) {
        result.utf16Offsets.push_back(offset);
        offset += cp > 0xFFFF ? 2 : 1;
    }
    result.utf16Offsets.push_back(offset);
    result.text = std::move(text);
    return result;
}

TermAnalysis analyseTerms(const Document& document, std::shared_ptr<const TermList> list) {
    TermAnalysis analysis;
    analysis.paragraphs.reserve(document.paragraphs.size());
    for (const Paragraph& paragraph : document.paragraphs) analysis.paragraphs.push_back(findTerms(paragraph.text, *list));
    analysis.list = std::move(list);
    return analysis;
}

}  // namespace reportkit
