// reportkit new --template ID [--var NAME=VALUE]... OUTPUT: a new .odt or .docx with the template's
// skeleton, made by LibreOffice. An existing file is never replaced unless --force says so.
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "commands.hpp"
#include "office_worker.hpp"
#include "options.hpp"
#include "template_options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int newCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::vector<std::string> outputs;
    std::vector<std::string> assignments;
    std::string templateOption;
    std::vector<std::string> templateFolders;
    bool force = false;
    int timeout = 0;
    po::options_description options;
    options.add_options()
        ("template", po::value(&templateOption))
        ("templates", po::value(&templateFolders)->composing())
        ("var", po::value(&assignments)->composing())
        ("force", po::bool_switch(&force))
        ("timeout", po::value(&timeout)->default_value(120))
        ("output", po::value(&outputs));
    po::positional_options_description positional;
    positional.add("output", 1);
    parseOptions(environment, options, positional, arguments);

    if (outputs.empty() || templateOption.empty()) throw UsageError(messages.format("cli.error.new-usage"));
    if (timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    const std::string& output = outputs.front();
    const std::string extension = fs::path(output).extension().string();
    if (extension != ".odt" && extension != ".docx") throw UsageError(messages.format("cli.error.new-format", {{"detail", output}}));
    std::map<std::string, std::string> variables;
    for (const std::string& assignment : assignments) {
        const std::size_t equals = assignment.find('=');
        if (equals == std::string::npos || equals == 0)
            throw UsageError(messages.format("cli.error.bad-value", {{"option", "--var " + assignment}}));
        variables[assignment.substr(0, equals)] = assignment.substr(equals + 1);
    }
    std::error_code error;
    if (fs::exists(output, error) && !force) throw CommandFailure(messages.format("cli.error.exists", {{"path", output}}));

    TemplateSet templates = loadTemplateOptions(environment, templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, templateOption);

    // Made under a temporary name beside the output and then renamed: never half a document.
    const fs::path partial = fs::path(output).parent_path() / (".~reportkit-" + std::to_string(::getpid()) + extension);
    OfficeWorker office(environment, std::chrono::seconds(timeout));
    OfficeWorker::NewResult result = office.create(chosen.file, variables, fs::absolute(partial).string());
    if (!result.after.readable) {
        fs::remove(partial, error);
        throw CommandFailure(messages.format("new.error.failed", {{"path", output}, {"detail", result.after.error}}));
    }
    fs::rename(partial, output, error);
    if (error) {
        fs::remove(partial, error);
        throw CommandFailure(messages.format("cli.error.output", {{"detail", output}}));
    }
    const nlohmann::json inserted = nlohmann::json::parse(result.inserted);
    std::cout << messages.format("new.summary", {{"path", output},
                                                 {"template", chosen.id},
                                                 {"paragraphs", std::to_string(inserted.value("paragraphs", 0))}})
              << "\n";
    for (const auto& font : inserted.value("missing_fonts", nlohmann::json::array()))
        std::cerr << "reportkit: " << messages.format("new.missing-font", {{"font", font.get<std::string>()}}) << "\n";
    return kClean;
}

}  // namespace reportkit::cli
