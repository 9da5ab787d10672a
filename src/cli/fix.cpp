// reportkit fix INPUT -o OUTPUT: every fix applied to a copy in the input's format. The input is
// never written; the copy is checked again and what is left to do by hand is listed.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "fixes.hpp"
#include "office_worker.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report_files.hpp"
#include "template_options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string& path) {
    std::string extension = fs::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    return extension;
}

}  // namespace

void checkCopyArguments(const MessageCatalog& messages, const std::string& input, const std::string& output) {
    std::error_code error;
    if (!fs::is_regular_file(input, error))
        throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", messages.format("document.error.missing")}}));
    if (lowerExtension(input) != lowerExtension(output))
        throw UsageError(messages.format("cli.error.fix-format", {{"detail", fs::path(input).extension().string()}}));
    if (fs::weakly_canonical(input, error) == fs::weakly_canonical(output, error))
        throw UsageError(messages.format("cli.error.fix-same"));
}

int fixCommand(const Environment& environment, const std::vector<std::string>& arguments) {
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

    if (inputs.empty() || output.empty()) throw UsageError(messages.format("cli.error.fix-usage"));
    if (timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    const std::string& input = inputs.front();
    checkCopyArguments(messages, input, output);

    TemplateSet templates = loadTemplateOptions(environment, templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, templateOption);

    int edits = 0;
    DocumentReport after;
    if (lowerExtension(input) == ".txt") {
        std::string content;
        if (const std::string problem = readTextFile(input, content); !problem.empty())
            throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", messages.format(problem)}}));
        const Document document = documentFromText(content, input);
        const TemplateChoice choice = chooseTemplate(templates, document, chosen.id);
        const Fix fix = mergeFixes(checkDocument(document, choice.chosen, choice.source).findings);
        const std::string fixed = fixText(content, fix.text);
        writeOutput(output, fixed, messages);
        edits = static_cast<int>(fix.text.size());
        const Document fixedDocument = documentFromText(fixed, output);
        after = checkDocument(fixedDocument, choice.chosen, choice.source);
        localise(after, messages);
    } else {
        OfficeWorker office(environment, std::chrono::seconds(timeout));
        OfficeWorker::FixResult result = office.fix(input, output, chosen.file);
        if (!result.after.readable)
            throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", result.after.error}}));
        edits = result.edits;
        after = std::move(result.after);
    }
    std::cout << messages.format("fix.summary", {{"path", output},
                                                 {"edits", std::to_string(edits)},
                                                 {"left", std::to_string(after.findings.size())}})
              << "\n";
    if (!after.findings.empty()) std::cout << resultText({after}, messages);
    return after.count(Severity::error) > 0 ? kErrorsFound : kClean;
}

}  // namespace reportkit::cli
