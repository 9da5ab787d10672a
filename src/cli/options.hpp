#pragma once
// Option parsing shared by the commands: Boost.ProgramOptions, with its errors reported in the
// user's language.
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "commands.hpp"

namespace reportkit::cli {

// Throws UsageError for an unknown option, a missing or bad value, or a stray argument.
boost::program_options::variables_map parseOptions(const Environment& environment,
                                                   const boost::program_options::options_description& options,
                                                   const boost::program_options::positional_options_description& positional,
                                                   const std::vector<std::string>& arguments);

}  // namespace reportkit::cli
