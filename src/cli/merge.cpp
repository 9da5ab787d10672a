// reportkit merge RESULT.json...: one report from the JSON of checks run separately — shards of a
// folder checked on several machines — in any format, with the exit status a single check gives.
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "file_access.hpp"
#include "options.hpp"
#include "output.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;

namespace {

// A result is a few levels deep (documents, findings, their fields); the recursive parts of the JSON
// library (dump, the destructor) would overflow the stack on one nested a hundred thousand deep.
constexpr int kMaximumResultDepth = 32;
// Even 100,000 documents make far less.
constexpr std::size_t kMaximumResultBytes = 1024u * 1024u * 1024u;

class TooDeep : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses JSON, refusing it (before anything is built that deep) when it nests deeper than a result.
nlohmann::json parseShallowJson(const std::string& text, const MessageCatalog& messages) {
    const std::string tooDeep = messages.format("merge.error.depth", {{"detail", std::to_string(kMaximumResultDepth)}});
    return nlohmann::json::parse(text, [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > kMaximumResultDepth) throw TooDeep(tooDeep);
        return true;
    });
}

}  // namespace

int mergeCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::vector<std::string> inputs;
    std::string format;
    std::string outputFile;
    po::options_description options;
    options.add_options()
        ("format", po::value(&format)->default_value("json"))
        ("output", po::value(&outputFile))
        ("inputs", po::value(&inputs)->composing());
    po::positional_options_description positional;
    positional.add("inputs", -1);
    parseOptions(environment, options, positional, arguments);
    checkFormat(messages, format);
    if (inputs.empty()) throw UsageError(messages.format("cli.error.merge-usage"));

    if (!outputFile.empty()) refuseOverwritingInput(InputFiles(inputs), outputFile, messages);

    std::vector<DocumentReport> reports;
    for (const std::string& input : inputs) {
        std::string text;
        if (const std::string problem = readRegularFile(input, text, kMaximumResultBytes); !problem.empty())
            throw CommandFailure(messages.format("text.unreadable", {{"path", input}, {"error", messages.format(problem)}}));
        try {
            const nlohmann::json result = parseShallowJson(text, messages);
            for (const nlohmann::json& document : result.at("documents")) reports.push_back(parseDocumentJson(document.dump()));
        } catch (const std::exception& error) {
            throw CommandFailure(messages.format("cli.error.merge-input", {{"path", input}, {"detail", error.what()}}));
        }
    }
    return writeReports(reports, format, outputFile, messages);
}

}  // namespace reportkit::cli
