#include "output.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "commands.hpp"

namespace reportkit::cli {

void writeOutput(const std::string& file, const std::string& content, const MessageCatalog& messages) {
    if (file.empty()) {
        std::cout << content << std::flush;
        return;
    }
    const std::string temporary = file + ".tmp-" + std::to_string(getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.close();
        if (!out) {
            std::filesystem::remove(temporary);
            throw CommandFailure(messages.format("cli.error.output", {{"detail", file}}));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) {
        std::filesystem::remove(temporary);
        throw CommandFailure(messages.format("cli.error.output", {{"detail", file}}));
    }
}

}  // namespace reportkit::cli
