// reportkit fix INPUT -o OUTPUT: every fix applied to a copy in the input's format. The input is
// never written; the copy is checked again and what is left to do by hand is listed.
#include <filesystem>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "file_access.hpp"
#include "fixes.hpp"
#include "office_worker.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report_files.hpp"
#include "template_options.hpp"
#include "text_encoding.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;


CopyArguments parseCopyArguments(const Environment& environment, const std::vector<std::string>& arguments,
                                 const char* usageKey) {
    const MessageCatalog& messages = environment.messages;
    CopyArguments parsed;
    std::vector<std::string> inputs;
    po::options_description options;
    options.add_options()
        ("output,o", po::value(&parsed.output))
        ("template", po::value(&parsed.templateOption))
        ("templates", po::value(&parsed.templateFolders)->composing())
        ("timeout", po::value(&parsed.timeout)->default_value(120))
        ("input", po::value(&inputs));
    po::positional_options_description positional;
    positional.add("input", 1);
    parseOptions(environment, options, positional, arguments);

    if (inputs.empty() || parsed.output.empty()) throw UsageError(messages.format(usageKey));
    if (parsed.timeout < 1) throw UsageError(messages.format("cli.error.bad-value", {{"option", "--timeout"}}));
    parsed.input = inputs.front();
    std::string problem = unreadableFileProblem(parsed.input);
    if (problem.empty() && isEmptyFile(parsed.input)) problem = "document.error.empty";
    if (!problem.empty())
        throw CommandFailure(messages.format("text.unreadable", {{"path", parsed.input}, {"error", messages.format(problem)}}));
    if (lowerExtension(parsed.input) != lowerExtension(parsed.output))
        throw UsageError(messages.format("cli.error.fix-format", {{"detail", fs::path(parsed.input).extension().string()}}));
    // By identity, not by name: a hard link or a symbolic link to the input is the input.
    refuseOverwritingInput(InputFiles({parsed.input}), parsed.output, messages);
    return parsed;
}

int fixCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    const CopyArguments parsed = parseCopyArguments(environment, arguments, "cli.error.fix-usage");
    const std::string& input = parsed.input;
    const std::string& output = parsed.output;
    const int timeout = parsed.timeout;

    TemplateSet templates = loadTemplateOptions(environment, parsed.templateFolders);
    const ChosenTemplate chosen = chooseTemplateOption(environment, templates, parsed.templateOption);

    int edits = 0;
    DocumentReport after;
    if (isTextReport(input)) {
        std::string content;
        DecodedText decoded;
        if (const std::string problem = readTextFile(input, content, &decoded); !problem.empty())
            throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", messages.format(problem)}}));
        const Document document = documentFromText(content, input);
        const TemplateChoice choice = chooseTemplate(templates, document, chosen.id);
        const Fix fix = mergeFixes(checkDocument(document, choice.chosen, choice.source).findings);
        const std::string fixed = fixText(content, fix.text);
        // Saved as the original was (GBK stays GBK): only the markers change.
        const std::optional<std::string> bytes = encodeText(fixed, decoded);
        if (!bytes) throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", messages.format("document.error.encoding")}}));
        writeOutput(output, *bytes, messages);
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
