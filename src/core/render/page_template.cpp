#include "page_template.hpp"

#include <stdexcept>

namespace reportkit::render {

PageValues& PageValues::set(const std::string& name, std::string value) {
    values_[name] = std::move(value);
    return *this;
}

PageValues& PageValues::add(const std::string& name) { return lists_[name].emplace_back(); }

PageValues& PageValues::flag(const std::string& name, bool condition) {
    std::vector<PageValues>& list = lists_[name];
    list.clear();
    if (condition) list.emplace_back();
    return *this;
}

const std::string* PageValues::value(std::string_view name) const {
    const auto found = values_.find(name);
    return found == values_.end() ? nullptr : &found->second;
}

const std::vector<PageValues>* PageValues::list(std::string_view name) const {
    const auto found = lists_.find(name);
    return found == lists_.end() ? nullptr : &found->second;
}

namespace {

constexpr std::string_view kOpen = "{{", kClose = "}}";

// The entries being written, innermost last: where a name is looked up.
using Scope = std::vector<const PageValues*>;

[[noreturn]] void fail(const std::string& what, std::string_view name) {
    throw std::logic_error("page template: " + what + " {{" + std::string(name) + "}}");
}

// The template without the line breaks of the lines that hold only a section's tag or a comment.
std::string withoutTagLines(std::string_view page) {
    std::string result;
    while (!page.empty()) {
        const std::size_t end = page.find('\n');
        const std::string_view line = page.substr(0, end);
        const std::size_t first = line.find_first_not_of(" \t"), last = line.find_last_not_of(" \t");
        const std::string_view content = first == std::string_view::npos ? line : line.substr(first, last - first + 1);
        const bool onlyATag = content.size() > 5 && content.substr(0, 2) == kOpen && std::string_view("#^/!").find(content[2]) != std::string_view::npos &&
                              content.find(kClose) == content.size() - 2;
        if (onlyATag) result += content;
        else {
            result += line;
            if (end != std::string_view::npos) result += '\n';
        }
        page = end == std::string_view::npos ? std::string_view() : page.substr(end + 1);
    }
    return result;
}

const std::vector<PageValues>& listIn(const Scope& scope, std::string_view name) {
    static const std::vector<PageValues> none;
    for (auto entry = scope.rbegin(); entry != scope.rend(); ++entry)
        if (const auto* list = (*entry)->list(name)) return *list;
    return none;  // a list nobody filled in is empty, as Mustache has it
}

const std::string& valueIn(const Scope& scope, std::string_view name) {
    for (auto entry = scope.rbegin(); entry != scope.rend(); ++entry)
        if (const auto* value = (*entry)->value(name)) return *value;
    fail("no value for", name);
}

// Where the section `name` that starts at `from` closes: the position of its {{/name}}.
std::size_t sectionEnd(std::string_view page, std::size_t from, std::string_view name) {
    const std::string open = "{{#" + std::string(name) + "}}", inverted = "{{^" + std::string(name) + "}}";
    const std::string close = "{{/" + std::string(name) + "}}";
    int depth = 1;
    for (std::size_t at = from; (at = page.find(kOpen, at)) != std::string_view::npos; at += kOpen.size()) {
        const std::string_view rest = page.substr(at);
        if (rest.substr(0, open.size()) == open || rest.substr(0, inverted.size()) == inverted) ++depth;
        else if (rest.substr(0, close.size()) == close && --depth == 0) return at;
    }
    fail("section not closed:", name);
}

void fill(std::string_view page, Scope& scope, const Escape& escape, std::string& out) {
    std::size_t at = 0;
    while (true) {
        const std::size_t tag = page.find(kOpen, at);
        out.append(page.substr(at, tag == std::string_view::npos ? std::string_view::npos : tag - at));
        if (tag == std::string_view::npos) return;
        const std::size_t tagEnd = page.find(kClose, tag);
        if (tagEnd == std::string_view::npos) fail("tag not closed:", page.substr(tag, 20));
        const char kind = page[tag + 2];
        at = tagEnd + kClose.size();
        if (kind == '!') continue;  // a comment
        const bool section = kind == '#' || kind == '^';
        const std::string_view name = page.substr(tag + (section ? 3 : 2), tagEnd - tag - (section ? 3 : 2));
        if (!section) {
            out += escape(valueIn(scope, name));
            continue;
        }
        const std::size_t end = sectionEnd(page, at, name);
        const std::string_view body = page.substr(at, end - at);
        const std::vector<PageValues>& entries = listIn(scope, name);
        if (kind == '^') {
            if (entries.empty()) fill(body, scope, escape, out);
        } else {
            for (const PageValues& entry : entries) {
                scope.push_back(&entry);
                fill(body, scope, escape, out);
                scope.pop_back();
            }
        }
        at = end + name.size() + 5;  // past {{/name}}
    }
}

}  // namespace

std::string fillPage(std::string_view page, const PageValues& values, const Escape& escape) {
    const std::string cleaned = withoutTagLines(page);
    Scope scope{&values};
    std::string out;
    fill(cleaned, scope, escape, out);
    return out;
}

}  // namespace reportkit::render
