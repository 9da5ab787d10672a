#pragma once
// The reportkit commands. Each returns the process exit status: 0 no error finding, 1 some error
// finding, 2 bad usage or a document that could not be read.
#include <string>
#include <vector>

#include "environment.hpp"

namespace reportkit::cli {

enum ExitStatus { kClean = 0, kErrorsFound = 1, kFailure = 2 };

// A usage mistake: the message (already localised) is followed by the usage text.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A command that cannot go on, e.g. an output file that cannot be written; already localised.
class CommandFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

int checkCommand(const Environment& environment, const std::vector<std::string>& arguments);
int newCommand(const Environment& environment, const std::vector<std::string>& arguments);
int fixCommand(const Environment& environment, const std::vector<std::string>& arguments);
int templatesCommand(const Environment& environment, const std::vector<std::string>& arguments);
int showCommand(const Environment& environment, const std::vector<std::string>& arguments);

}  // namespace reportkit::cli
