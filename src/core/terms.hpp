#pragma once
// 规范表述: the term list the terms.* rules check against, read from readable files tiered as the
// templates are — built in < the office's shared folders < the writer's own — where an office file
// that says `locked` cannot be changed by a later one. docs/terms.md describes the format.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "keyword_matcher.hpp"
#include "report_template.hpp"

namespace reportkit {

enum class TermKind {
    canonical,    // a canonical expression and the wrong forms seen of it: fixed to the canonical form
    usage,        // a usage pair in a context that makes it certain (截止目前 → 截至目前): fixed
    enumeration,  // a fixed enumeration (四个自信: its four items); a listing with one missing is told
    forbidden,    // an office's "never write" word, with its replacement when the office gives one
};

struct TermEntry {
    TermKind kind = TermKind::canonical;
    std::string form;                  // the canonical form, the enumeration's name, the forbidden word
    std::vector<std::string> variants; // wrong forms; an enumeration's items; a forbidden word's replacement
    std::string source;                // where the canonical form is given (an address), or the office's reason
    std::string file;                  // where the entry was read, and its line
    int line = 0;
    bool locked = false;               // from an office file marked `locked`
};

// One term file as read: its entries in order, its `off` lines (an earlier tier's entries to drop,
// each a kind, a form and its line) and whether the office locked it.
struct TermFile {
    std::vector<TermEntry> entries;
    std::vector<TermEntry> off;
    bool locked = false;
};

// What a term occurrence is to the entry it belongs to.
enum class TermRole { wrongForm, canonicalForm, item, forbidden };

struct TermKeyword {
    std::size_t entry;
    TermRole role;
    std::size_t item;    // the enumeration item's index
    std::size_t length;  // in code points
};

// The merged list of every tier, with one matcher over all its keywords.
class TermList {
public:
    std::vector<TermEntry> entries;
    std::vector<TemplateProblem> problems;  // bad lines and files, each naming its file and line

    // Adds a later tier's file: an entry of the same kind and form replaces an earlier one, and an
    // `off` line drops one, unless a locked file gave it (that is a problem of the later file).
    void add(TermFile file, const std::string& path);
    // Builds the matcher; call once after the last add().
    void build();

    const KeywordMatcher& matcher() const { return matcher_; }
    const std::vector<TermKeyword>& keywords() const { return keywords_; }

private:
    bool replaceable(TermKind kind, std::string_view form, const std::string& path, int line);

    KeywordMatcher matcher_;
    std::vector<TermKeyword> keywords_;
};

// Parses one term file's text; a bad line is a problem with its line and is left out, the other
// lines still count.
TermFile parseTermFile(std::string_view text, const std::string& file, std::vector<TemplateProblem>& problems);

// The built-in list (extension/terms/terms.txt, compiled in).
std::string_view builtInTermText();

// The file name a folder's term list has: <folder>/terms.txt.
inline constexpr std::string_view kTermFileName = "terms.txt";

// The built-in list, then each folder's terms.txt in order (a missing one is no problem).
std::shared_ptr<const TermList> loadTermLists(const std::vector<std::string>& folders);

// The command line's template folders, handed to the private LibreOffice it starts in this
// environment variable (one folder a line), whose checker reads their term lists as an office's.
inline constexpr char kTermFoldersVariable[] = "REPORTKIT_TERM_FOLDERS";

// The list the checks use: the built-in one until a front end sets the tiers it read.
std::shared_ptr<const TermList> activeTermList();
void setActiveTermList(std::shared_ptr<const TermList> list);

// A term occurrence in a paragraph that is the writer's own text (not in a title in 《》, a quotation
// in “”, a path or an address).
struct TermHit {
    std::size_t keyword;  // index into TermList::keywords()
    std::size_t start;    // in code points of the paragraph, and one past the end
    std::size_t end;
};

// The term occurrences in one paragraph that a rule may tell, found in one pass, with what is needed
// to place them; a paragraph with right forms alone, or one enumeration item, has none.
struct ParagraphTerms {
    std::vector<TermHit> hits;      // by end, then start
    std::u32string text;            // the folded code points (empty when there is no hit)
    std::vector<int> utf16Offsets;  // of each code point, and of the end (empty when there is no hit)

    // The UTF-16 offset, as Writer counts, of a code point index.
    int utf16At(std::size_t codePoint) const;
};

// The terms of each paragraph of a document; a pure function of each paragraph's text.
struct TermAnalysis {
    std::shared_ptr<const TermList> list;
    std::vector<ParagraphTerms> paragraphs;
};

ParagraphTerms findTerms(std::string_view paragraph, const TermList& list);
// findTerms of every paragraph (checkDocument does this once for all the terms.* rules).
TermAnalysis analyseTerms(const Document& document, std::shared_ptr<const TermList> list);

}  // namespace reportkit
