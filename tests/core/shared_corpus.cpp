#include "shared_corpus.hpp"

#include <fstream>

#include "fixtures.hpp"

namespace reportkit::test {

namespace fs = std::filesystem;

fs::path sharedCorpus() {
    const fs::path corpus = fs::path(REPORTKIT_SHARED_DIR) / "corpus";
    return fs::is_directory(corpus) ? corpus : fs::path();
}

nlohmann::json readJson(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    return nlohmann::json::parse(in);
}

std::map<std::string, std::set<JudgedFinding>> judgedFindings(const std::string& folder) {
    std::map<std::string, std::set<JudgedFinding>> judged;
    for (const auto& entry : fs::directory_iterator(sourcePath("tests/expectations/" + folder))) {
        if (entry.path().extension() != ".json") continue;
        const nlohmann::json expectations = readJson(entry.path());  // items() only refers to it
        for (const auto& [file, findings] : expectations.items())
            for (const auto& finding : findings)
                judged[file].emplace(finding.at(0).get<std::string>(), finding.at(1).get<int>());
    }
    return judged;
}

}  // namespace reportkit::test
