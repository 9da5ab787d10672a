#include "file_access.hpp"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reportkit {

namespace {

// Closes the descriptor it holds when it goes out of scope.
class OpenFile {
public:
    explicit OpenFile(int descriptor) : descriptor_(descriptor) {}
    ~OpenFile() {
        if (descriptor_ >= 0) ::close(descriptor_);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int get() const { return descriptor_; }

private:
    int descriptor_;
};

std::string kindProblem(mode_t mode) {
    if (S_ISREG(mode)) return {};
    if (S_ISFIFO(mode)) return "file.error.fifo";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "file.error.device";
    if (S_ISSOCK(mode)) return "file.error.socket";
    if (S_ISDIR(mode)) return "file.error.folder";
    return "file.error.not-regular";
}

// stat's answer, with a link that points nowhere told apart from a name that is not there.
std::string statProblem(const std::string& path, struct stat& status) {
    if (::stat(path.c_str(), &status) == 0) return {};
    const int error = errno;
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) return "file.error.dangling-link";
    return problemOfErrno(error);
}

// A descriptor open for reading on a regular file, or -1 with `problem` set. O_NONBLOCK: a file
// swapped for a FIFO after stat still opens at once, and fstat then tells what it is.
int openRegular(const std::string& path, std::string& problem, struct stat& status) {
    problem = statProblem(path, status);
    if (problem.empty()) problem = kindProblem(status.st_mode);
    if (!problem.empty()) return -1;
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (descriptor < 0) {
        problem = problemOfErrno(errno);
        return -1;
    }
    if (::fstat(descriptor, &status) != 0) problem = problemOfErrno(errno);
    else problem = kindProblem(status.st_mode);
    if (!problem.empty()) {
        ::close(descriptor);
        return -1;
    }
    return descriptor;
}

}  // namespace

std::optional<FileIdentity> identityOf(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

std::string problemOfErrno(int error) {
    switch (error) {
        case ENOENT:
        case ENOTDIR: return "document.error.missing";
        case ELOOP: return "file.error.link-loop";
        case EACCES:
        case EPERM: return "file.error.no-permission";
        case EISDIR: return "file.error.folder";
        case ENXIO:
        case ENODEV: return "file.error.device";
        default: return "document.error.unreadable";
    }
}

std::string unreadableFileProblem(const std::string& path) {
    std::string problem;
    struct stat status {};
    const OpenFile file(openRegular(path, problem, status));
    return problem;
}

std::string readRegularFile(const std::string& path, std::string& content, std::size_t limit) {
    std::string problem;
    struct stat status {};
    const OpenFile file(openRegular(path, problem, status));
    if (!problem.empty()) return problem;
    if (static_cast<std::size_t>(status.st_size) > limit) return "file.error.too-large";
    // The size may still change while we read: never more than the limit, whatever stat said.
    std::string read;
    char buffer[65536];
    while (true) {
        const ssize_t count = ::read(file.get(), buffer, sizeof buffer);
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) return problemOfErrno(errno);
        if (count == 0) break;
        read.append(buffer, static_cast<std::size_t>(count));
        if (read.size() > limit) return "file.error.too-large";
    }
    content = std::move(read);
    return {};
}

}  // namespace reportkit
