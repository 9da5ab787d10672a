// reportkit merge RESULT.json...: one report from the JSON of checks run separately — shards of a
// folder checked on several machines — in any format, with the exit status a single check gives.
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;

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

    std::vector<DocumentReport> reports;
    for (const std::string& input : inputs) {
        std::ifstream in(input, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        try {
            if (!in) throw std::runtime_error(messages.format("document.error.missing"));
            const nlohmann::json result = nlohmann::json::parse(text.str());
            for (const nlohmann::json& document : result.at("documents")) reports.push_back(parseDocumentJson(document.dump()));
        } catch (const std::exception& error) {
            throw CommandFailure(messages.format("cli.error.merge-input", {{"path", input}, {"detail", error.what()}}));
        }
    }
    return writeReports(reports, format, outputFile, messages);
}

}  // namespace reportkit::cli
