#include "office_environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/frame/XStorable.hpp>
#include <gtest/gtest.h>

#include <org/reportkit/Checker.hpp>

#include "property_values.hpp"
#include "rule.hpp"
#include "strings.hpp"

namespace reportkit::test {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<writer::OfficeSession> sharedOffice;

class OfficeTestEnvironment : public ::testing::Environment {
public:
    void TearDown() override {
        sharedOffice.reset();  // stops soffice by its process id
        std::error_code error;
        fs::remove_all(scratchDir(), error);
    }
};

const auto* registered = ::testing::AddGlobalTestEnvironment(new OfficeTestEnvironment);

}  // namespace

const std::string& scratchDir() {
    static const std::string dir = [] {
        std::string pattern = (fs::temp_directory_path() / "reportkit-test-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a scratch folder");
        return pattern;
    }();
    return dir;
}

std::string sourcePath(const std::string& relative) { return std::string(REPORTKIT_SOURCE_DIR) + "/" + relative; }
std::string buildPath(const std::string& relative) { return std::string(REPORTKIT_BUILD_DIR) + "/" + relative; }

std::string scratchCopy(const std::string& relative) {
    const fs::path target = fs::path(scratchDir()) / "copies" / relative;
    fs::create_directories(target.parent_path());
    fs::copy_file(sourcePath(relative), target, fs::copy_options::overwrite_existing);
    return target.string();
}

writer::OfficeOptions officeOptions(const std::string& profileDir) {
    writer::OfficeOptions options;
    options.programDir = REPORTKIT_OFFICE_PROGRAM;
    options.profileDir = profileDir;
    options.extension = buildPath("reportkit.oxt");
#ifdef REPORTKIT_TEST_MORE_EXTENSIONS
    options.moreExtensions = {REPORTKIT_TEST_MORE_EXTENSIONS};
#endif
    options.typeLibrary = buildPath("reportkit.rdb");
    return options;
}

writer::OfficeSession& office() {
    if (!sharedOffice) sharedOffice = std::make_unique<writer::OfficeSession>(officeOptions(scratchDir() + "/office"));
    return *sharedOffice;
}

Reference<frame::XModel> loadModel(const std::string& path) {
    Reference<frame::XModel> model(office().load(path), UNO_QUERY);
    EXPECT_TRUE(model.is()) << "LibreOffice could not open " << path;
    return model;
}

void convert(const std::string& source, const std::string& target, const std::string& password) {
    const bool text = fs::path(source).extension() == ".txt";
    const auto loadArguments =
        text ? writer::propertyValues({{"Hidden", uno::Any(true)},
                           {"FilterName", uno::Any(OUString("Text (encoded)"))},
                           {"FilterOptions", uno::Any(OUString("UTF8,LF,,,"))}})
             : writer::propertyValues({{"Hidden", uno::Any(true)}});
    Reference<lang::XComponent> document = office().desktop()->loadComponentFromURL(
        writer::fileUrl(source), "_blank", 0, loadArguments);
    ASSERT_TRUE(document.is()) << source;
    const OUString filter = fs::path(target).extension() == ".docx" ? OUString("MS Word 2007 XML") : OUString("writer8");
    auto arguments = writer::propertyValues({{"FilterName", uno::Any(filter)}});
    if (!password.empty())
        arguments = writer::propertyValues({{"FilterName", uno::Any(filter)}, {"Password", uno::Any(writer::fromUtf8(password))}});
    Reference<frame::XStorable>(document, uno::UNO_QUERY_THROW)->storeToURL(writer::fileUrl(target), arguments);
    writer::OfficeSession::close(document);
}

CommandResult runCommand(const std::string& commandLine) {
    const std::string out = scratchDir() + "/command.out";
    const std::string err = scratchDir() + "/command.err";
    // Braces: the redirections apply to every command of the line, a background one too.
    const int raw = std::system(("{ " + commandLine + "\n} >" + out + " 2>" + err + " </dev/null").c_str());
    auto slurp = [](const std::string& path) {
        std::ifstream in(path);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

namespace {

void setFormatAndItemRules(const css::uno::Reference<css::uno::XComponentContext>& context, bool enabled) {
    const auto checker = org::reportkit::Checker::create(context);
    for (const auto& rule : allRules())
        if (rule->id().substr(0, 7) == "format." || rule->id() == "structure.items")
            checker->setRuleEnabled(writer::fromUtf8(std::string(rule->id())), enabled);
}

}  // namespace

FormatAndItemRulesOff::FormatAndItemRulesOff() : FormatAndItemRulesOff(office().context()) {}
FormatAndItemRulesOff::FormatAndItemRulesOff(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {
    setFormatAndItemRules(context_, false);
}
FormatAndItemRulesOff::~FormatAndItemRulesOff() { setFormatAndItemRules(context_, true); }

}  // namespace reportkit::test
