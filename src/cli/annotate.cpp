// reportkit annotate INPUT -o OUTPUT: a copy with a Writer comment at each finding and a summary at
// the top, in the input's format, to send back to its writer. The input is never written.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "office_worker.hpp"
#include "options.hpp"
#include "template_options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int annotateCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::vector<std::string> inputs;
    std::string output;
    std::string templateOption;
    std::vector<std::string> templateFolders;
    int timeout = 0;
    po::options_description options;
    options.add_options()
        ("output,o", po::value(&output))
        ("template", po::value(&templateOption))
        ("templates", po::value(&templateFolders)->composing())
        ("timeout", po::value(&timeout)->default_value(120))
        ("input", po::value(&inputs));
    po::positional_options_description positional;
    positional.add("input", 1);
    parseOptions(environment, options, positional, arguments);

    if (inputs.empty() || output.empty()) throw UsageError(messages.format("cli.error.annotate-usage"));
    if (timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    const std::string& input = inputs.front();
    checkCopyArguments(messages, input, output);
    if (fs::path(input).extension() == ".txt") throw UsageError(messages.format("cli.error.annotate-text"));

    TemplateSet templates = loadTemplateOptions(environment, templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, templateOption);
    OfficeWorker office(environment, std::chrono::seconds(timeout));
    const OfficeWorker::AnnotateResult result = office.annotate(input, output, chosen.file);
    if (!result.report.readable)
        throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", result.report.error}}));
    std::cout << messages.format("annotate.done", {{"path", output}, {"comments", std::to_string(result.comments)}}) << "\n";
    return result.report.count(Severity::error) > 0 ? kErrorsFound : kClean;
}

}  // namespace reportkit::cli
