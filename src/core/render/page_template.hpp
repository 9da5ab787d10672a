#pragma once
// A page written as a template file, filled in from a tree of values: the subset of Mustache the
// HTML report needs. {{name}} is a value, escaped by the function the caller gives;
// {{#name}}…{{/name}} is repeated for each entry of a list (a condition is a list of one or none);
// {{^name}}…{{/name}} is written when that list is empty. A name not found in the entry is looked
// up in the entries around it. {{!…}} is a comment. A line that holds only a section's tag or a
// comment is not written, so that each repeated row can stand on a line of its own in the template.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit::render {

class PageValues {
public:
    PageValues& set(const std::string& name, std::string value);
    // A new entry at the end of the list `name`.
    PageValues& add(const std::string& name);
    // The section `name` written once when `condition` holds, else not at all.
    PageValues& flag(const std::string& name, bool condition);

    const std::string* value(std::string_view name) const;
    const std::vector<PageValues>* list(std::string_view name) const;

private:
    std::map<std::string, std::string, std::less<>> values_;
    std::map<std::string, std::vector<PageValues>, std::less<>> lists_;
};

using Escape = std::function<std::string(std::string_view)>;

// `page` filled in from `values`. Throws std::logic_error for a name found nowhere or a section
// not closed: a mistake in the template, which the report's tests show.
std::string fillPage(std::string_view page, const PageValues& values, const Escape& escape);

}  // namespace reportkit::render
