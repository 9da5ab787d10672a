#include "template_options.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "terms.hpp"

namespace reportkit::cli {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

std::string printProblems(const std::vector<TemplateProblem>& problems, const MessageCatalog& messages) {
    std::string text;
    for (const TemplateProblem& problem : problems) text += "reportkit: " + describe(problem, messages) + "\n";
    return text;
}

}  // namespace

TemplateSet loadTemplateOptions(const Environment& environment, const std::vector<std::string>& folders) {
    std::vector<TemplateFolder> all = {{environment.templatesDir(), "builtin"}};
    for (const std::string& folder : folders) {
        if (!fs::is_directory(folder))
            throw UsageError(environment.messages.format("cli.error.templates-folder", {{"detail", folder}}));
        all.push_back({folder, "folder"});
    }
    TemplateSet templates = loadTemplates(all);
    std::cerr << printProblems(templates.problems, environment.messages);
    // Each folder's terms.txt over the built-in list, in the order given (docs/terms.md), here and in
    // the private LibreOffice that checks the other formats.
    std::shared_ptr<const TermList> terms = loadTermLists(folders);
    std::cerr << printProblems(terms->problems, environment.messages);
    setActiveTermList(std::move(terms));
    std::string lines;
    for (const std::string& folder : folders) lines += fs::absolute(folder).string() + "\n";
    ::setenv(kTermFoldersVariable, lines.c_str(), 1);
    return templates;
}

ChosenTemplate chooseTemplateOption(const Environment& environment, TemplateSet& templates, const std::string& option) {
    if (option.empty()) return {};
    std::vector<TemplateProblem> problems;
    const Template* chosen = resolveTemplate(templates, option, problems);
    if (!chosen) throw UsageError(describe(problems.front(), environment.messages));
    return {chosen->id, chosen->file};
}

int templatesCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    std::vector<std::string> folders;
    std::string one;
    po::options_description options;
    options.add_options()("templates", po::value(&folders)->composing())("template", po::value(&one));
    parseOptions(environment, options, {}, arguments);
    TemplateSet templates = loadTemplateOptions(environment, folders);
    const MessageCatalog& messages = environment.messages;
    if (!one.empty()) {
        // One kind in full: what `reportkit new` needs to be told.
        const Template& kind = *templates.find(chooseTemplateOption(environment, templates, one).id);
        std::cout << kind.id << "  v" << kind.version << "  " << kind.name.in(environment.locale) << "\n"
                  << kind.description.in(environment.locale) << "\n";
        for (const VariableSpec& variable : kind.variables) {
            // Year and date variables default to this year and today.
            std::string fallback = variable.defaultValue;
            if (fallback.empty() && variable.type != VariableSpec::Type::text)
                fallback = messages.format(variable.type == VariableSpec::Type::year ? "text.templates.this-year"
                                                                                      : "text.templates.today");
            std::cout << messages.format(fallback.empty() && variable.required ? "text.templates.required-variable"
                                                                               : "text.templates.variable",
                                         {{"id", variable.id},
                                          {"label", variable.label.in(environment.locale)},
                                          {"default", fallback}})
                      << "\n";
        }
        return kClean;
    }
    for (const Template& kind : templates.templates)
        std::cout << environment.messages.format("text.templates.line", {{"id", kind.id},
                                                                         {"version", kind.version},
                                                                         {"name", kind.name.in(environment.locale)},
                                                                         {"file", kind.file},
                                                                         {"source", messages.format("template.source." + kind.source)}})
                  << "\n";
    return templates.hasErrors() ? kFailure : kClean;
}

}  // namespace reportkit::cli
