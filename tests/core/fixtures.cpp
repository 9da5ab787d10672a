#include "fixtures.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reportkit::test {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string fixturePath(const std::string& name) { return std::string(REPORTKIT_FIXTURES) + "/" + name; }

Document fixtureDocument(const std::string& name) { return documentFromText(readFile(fixturePath(name)), name); }

std::string sourcePath(const std::string& relative) { return std::string(REPORTKIT_SOURCE_DIR) + "/" + relative; }

}  // namespace reportkit::test
