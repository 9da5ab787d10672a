#include "options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;

po::variables_map parseOptions(const Environment& environment, const po::options_description& options,
                               const po::positional_options_description& positional,
                               const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    po::variables_map values;
    try {
        po::store(po::command_line_parser(arguments).options(options).positional(positional).run(), values);
        po::notify(values);
    } catch (const po::unknown_option& error) {
        throw UsageError(messages.format("cli.error.unknown-option", {{"option", error.get_option_name()}}));
    } catch (const po::too_many_positional_options_error&) {
        throw UsageError(messages.format("cli.error.too-many"));
    } catch (const po::error_with_option_name& error) {
        throw UsageError(messages.format("cli.error.bad-value", {{"option", error.get_option_name()}}));
    } catch (const po::error& error) {
        throw UsageError(messages.format("cli.error.usage", {{"detail", error.what()}}));
    }
    return values;
}

}  // namespace reportkit::cli
