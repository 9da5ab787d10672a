// reportkit annotate INPUT -o OUTPUT: a copy with a Writer comment at each finding and a summary at
// the top, in the input's format, to send back to its writer. The input is never written.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "office_worker.hpp"
#include "template_options.hpp"

namespace reportkit::cli {

namespace fs = std::filesystem;

int annotateCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    const CopyArguments parsed = parseCopyArguments(environment, arguments, "cli.error.annotate-usage");
    const std::string& input = parsed.input;
    if (fs::path(input).extension() == ".txt") throw UsageError(messages.format("cli.error.annotate-text"));

    TemplateSet templates = loadTemplateOptions(environment, parsed.templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, parsed.templateOption);
    OfficeWorker office(environment, std::chrono::seconds(parsed.timeout));
    const OfficeWorker::AnnotateResult result = office.annotate(input, parsed.output, chosen.file);
    if (!result.report.readable)
        throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", result.report.error}}));
    std::cout << messages.format("annotate.done", {{"path", parsed.output}, {"comments", std::to_string(result.comments)}}) << "\n";
    return result.report.count(Severity::error) > 0 ? kErrorsFound : kClean;
}

}  // namespace reportkit::cli
