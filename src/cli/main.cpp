// reportkit: checks reports from the command line; see `reportkit --help`.
#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
    using namespace reportkit::cli;
    reportkit::writer::OfficeSession::stopAllOnSignals();
    Environment environment;
    try {
        environment = loadEnvironment();
    } catch (const std::exception& error) {
        std::cerr << error.what() << "\n";
        return kFailure;
    }
    const reportkit::MessageCatalog& messages = environment.messages;
    const std::vector<std::string> arguments(argv + std::min(argc, 2), argv + argc);
    const std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "check") return checkCommand(environment, arguments);
        if (command == "fix") return fixCommand(environment, arguments);
        if (command == "annotate") return annotateCommand(environment, arguments);
        if (command == "merge") return mergeCommand(environment, arguments);
        if (command == "new") return newCommand(environment, arguments);
        if (command == "templates") return templatesCommand(environment, arguments);
        if (command == "show") return showCommand(environment, arguments);
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << messages.format("cli.usage") << "\n";
            return kClean;
        }
        if (command == "--version") {
            std::cout << "reportkit " << REPORTKIT_VERSION << "\n";
            return kClean;
        }
        throw UsageError(command.empty() ? messages.format("cli.error.no-command")
                                         : messages.format("cli.error.unknown-command", {{"detail", command}}));
    } catch (const UsageError& error) {
        std::cerr << "reportkit: " << error.what() << "\n\n" << messages.format("cli.usage") << "\n";
    } catch (const CommandFailure& error) {
        std::cerr << "reportkit: " << error.what() << "\n";
    } catch (const reportkit::writer::OfficeError& error) {
        std::cerr << "reportkit: " << messages.format("cli.error.office", {{"detail", error.what()}}) << "\n";
    } catch (const std::exception& error) {
        std::cerr << "reportkit: " << error.what() << "\n";
    }
    return kFailure;
}
