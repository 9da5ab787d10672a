#pragma once
// Reading files a user hands us without ever blocking, following a loop, or mistaking one file for
// another: only regular files are opened (a FIFO or a device would block or never end), and two
// paths are the same file when the system says so (device and inode), whatever their names.
#include <cstddef>
#include <optional>
#include <string>

#include <sys/types.h>

namespace reportkit {

// What the system knows a file by: the same for two names of one file (hard or symbolic links).
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity& other) const { return device == other.device && inode == other.inode; }
    bool operator!=(const FileIdentity& other) const { return !(*this == other); }
    bool operator<(const FileIdentity& other) const {
        return device != other.device ? device < other.device : inode < other.inode;
    }
};

// The identity of the file a path names, links followed; none when nothing is there.
std::optional<FileIdentity> identityOf(const std::string& path);

// Why a path cannot be read as a file, as a message key (file.error.*, document.error.*), or ""
// when it is a regular file this process may read. Never opens anything but a regular file and
// never blocks: a named pipe, a device, a socket or a folder is reported as such, a link that
// points nowhere or loops as such, a missing read permission as such.
std::string unreadableFileProblem(const std::string& path);

// Reads a whole regular file into `content`, at most `limit` bytes. Returns the message key of what
// went wrong (as unreadableFileProblem; file.error.too-large past the limit), or "".
std::string readRegularFile(const std::string& path, std::string& content, std::size_t limit);

// The message key for an errno from opening or reading a file.
std::string problemOfErrno(int error);

}  // namespace reportkit
