#pragma once
// The --template and --templates options, shared by the commands that take them.
#include <string>
#include <vector>

#include "environment.hpp"
#include "report_template.hpp"

namespace reportkit::cli {

// The built-in templates and those of the given folders; problems are reported on standard error.
// The folders' term lists (terms.txt, docs/terms.md) over the built-in one become the list checks
// use (setActiveTermList), their problems reported the same way.
// Throws UsageError for a folder that does not exist.
TemplateSet loadTemplateOptions(const Environment& environment, const std::vector<std::string>& folders);

struct ChosenTemplate {
    std::string id;    // "" when none was asked for
    std::string file;  // the file LibreOffice's checker reads it from
};

// The template named by --template (an id or a file), or none when the option is empty.
// Throws UsageError when it names no template that can be read.
ChosenTemplate chooseTemplateOption(const Environment& environment, TemplateSet& templates, const std::string& option);

}  // namespace reportkit::cli
