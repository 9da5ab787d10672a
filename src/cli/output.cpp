#include "output.hpp"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.hpp"

namespace reportkit::cli {

namespace {

// What went wrong with a write, in the user's language: the catalogue's words for the usual causes.
std::string writeProblem(int error, const MessageCatalog& messages) {
    switch (error) {
        case ENOSPC: return messages.format("file.error.no-space");
        case EACCES:
        case EPERM:
        case EROFS: return messages.format("file.error.no-write-permission");
        case EISDIR: return messages.format("file.error.folder");
        case ENOENT:
        case ENOTDIR: return messages.format("file.error.no-folder");
        default: return messages.format("file.error.system", {{"detail", std::generic_category().message(error)}});
    }
}

[[noreturn]] void failWriting(const std::string& file, int error, const MessageCatalog& messages) {
    throw CommandFailure(messages.format("cli.error.output-because", {{"path", file}, {"detail", writeProblem(error, messages)}}));
}

// Writes all of `content`; returns 0 or the errno of the failure.
int writeAll(int descriptor, const std::string& content) {
    for (std::size_t written = 0; written < content.size();) {
        const ssize_t count = ::write(descriptor, content.data() + written, content.size() - written);
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) return errno;
        written += static_cast<std::size_t>(count);
    }
    return 0;
}

// The standard output or error descriptor that `file` names (/dev/stdout, /proc/self/fd/2, the
// terminal…), or -1. Written through that descriptor, the report goes where the shell sent it
// — appended to a log opened with >>, into a file the user may not reopen — never truncating it.
int standardDescriptorOf(const std::string& file) {
    const auto identity = identityOf(file);
    for (const int descriptor : {STDOUT_FILENO, STDERR_FILENO}) {
        struct stat status {};
        if (identity && ::fstat(descriptor, &status) == 0 && FileIdentity{status.st_dev, status.st_ino} == *identity)
            return descriptor;
    }
    return -1;
}

// Something that is not a regular file — a named pipe, a device, a link — is written to, as a
// shell's `>` would: replacing it would destroy the device node or the link.
void writeThrough(const std::string& file, const std::string& content, const MessageCatalog& messages) {
    if (const int standard = standardDescriptorOf(file); standard >= 0) {
        std::cout << std::flush;
        if (const int error = writeAll(standard, content)) failWriting(file, error, messages);
        return;
    }
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY | O_CLOEXEC, 0666);
    if (descriptor < 0) failWriting(file, errno, messages);
    const int error = writeAll(descriptor, content);
    if (::close(descriptor) != 0 && errno != EINTR && !error) failWriting(file, errno, messages);
    if (error) failWriting(file, error, messages);
}

// A regular file is replaced whole, or not at all.
void replaceWhole(const std::string& file, const std::string& content, const MessageCatalog& messages) {
    const std::string temporary = file + ".tmp-" + std::to_string(getpid());
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) failWriting(file, errno, messages);
    out << content;
    out.close();
    std::error_code error;
    if (!out) {
        const int cause = errno;
        std::filesystem::remove(temporary, error);
        failWriting(file, cause, messages);
    }
    std::filesystem::rename(temporary, file, error);
    if (error) {
        std::filesystem::remove(temporary);
        failWriting(file, error.value(), messages);
    }
}

}  // namespace

void writeOutput(const std::string& file, const std::string& content, const MessageCatalog& messages) {
    if (file.empty()) {
        std::cout << content << std::flush;
        if (!std::cout) failWriting(messages.format("cli.standard-output"), errno, messages);
        return;
    }
    struct stat link {};
    if (::lstat(file.c_str(), &link) == 0 && !S_ISREG(link.st_mode)) writeThrough(file, content, messages);
    else replaceWhole(file, content, messages);
}

InputFiles::InputFiles(const std::vector<std::string>& paths) {
    for (const std::string& path : paths)
        if (const auto identity = identityOf(path)) byIdentity_.emplace(*identity, path);
}

std::string InputFiles::sameFileAs(const std::string& path) const {
    const auto identity = identityOf(path);
    if (!identity) return {};
    const auto found = byIdentity_.find(*identity);
    return found == byIdentity_.end() ? std::string() : found->second;
}

void refuseOverwritingInput(const InputFiles& inputs, const std::string& output, const MessageCatalog& messages) {
    if (const std::string input = inputs.sameFileAs(output); !input.empty())
        throw CommandFailure(messages.format("cli.error.output-is-input", {{"output", output}, {"input", input}}));
}

}  // namespace reportkit::cli
