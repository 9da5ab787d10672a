#include "engine.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

#include "annotator.hpp"
#include "document_format.hpp"
#include "document_loading.hpp"
#include "document_reader.hpp"
#include "fix_applier.hpp"
#include "fixes.hpp"
#include "proofreader.hpp"
#include "strings.hpp"
#include "report_files.hpp"
#include "template_writer.hpp"
#include "terms.hpp"
#include "utf8.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;

Engine::Engine(const Reference<uno::XComponentContext>& context) : context_(context) {
    const OUString location =
        deployment::PackageInformationProvider::get(context_)->getPackageLocation(kExtensionId);
    folder_ = systemPath(location);
}

namespace {

constexpr char kCheckingSettings[] = "/org.reportkit.ReportKit/Checking";

// A node of LibreOffice's configuration, for reading or (with `update`) for changing.
Reference<container::XNameAccess> configurationNode(const Reference<uno::XComponentContext>& context,
                                                    const char* path, bool update) {
    const Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> arguments(1);
    arguments.getArray()[0] <<= beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(path)));
    return Reference<container::XNameAccess>(
        provider->createInstanceWithArguments(update ? OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                                                     : OUString("com.sun.star.configuration.ConfigurationAccess"),
                                              arguments),
        uno::UNO_QUERY_THROW);
}

}  // namespace

std::vector<std::string> Engine::disabledRules() const {
    std::vector<std::string> rules;
    try {
        uno::Sequence<OUString> ids;
        configurationNode(context_, kCheckingSettings, false)->getByName("DisabledRules") >>= ids;
        for (const OUString& id : ids) rules.push_back(toUtf8(id));
    } catch (const uno::Exception&) {
        // No settings yet: every rule runs.
    }
    return rules;
}

void Engine::setRuleEnabled(const std::string& rule, bool enabled) const { setRulesEnabled({rule}, enabled); }

void Engine::setRulesEnabled(const std::vector<std::string>& changed, bool enabled) const {
    std::vector<std::string> rules = disabledRules();
    for (const std::string& rule : changed) {
        rules.erase(std::remove(rules.begin(), rules.end(), rule), rules.end());
        if (!enabled) rules.push_back(rule);
    }
    std::vector<OUString> ids;
    for (const std::string& id : rules) ids.push_back(fromUtf8(id));
    const Reference<container::XNameAccess> node = configurationNode(context_, kCheckingSettings, true);
    Reference<container::XNameReplace>(node, uno::UNO_QUERY_THROW)
        ->replaceByName("DisabledRules", uno::Any(uno::Sequence<OUString>(ids.data(), static_cast<sal_Int32>(ids.size()))));
    Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
}

namespace {

lang::Locale chineseLocale() { return lang::Locale("zh", "CN", ""); }

uno::Sequence<OUString> configuredGrammarCheckers(const Reference<linguistic2::XLinguServiceManager2>& manager) {
    return manager->getConfiguredServices(OUString::createFromAscii(kProofreaderService), chineseLocale());
}

}  // namespace

bool Engine::marksInText() const {
    try {
        const uno::Sequence<OUString> configured =
            configuredGrammarCheckers(linguistic2::LinguServiceManager::create(context_));
        return configured.getLength() > 0 && configured[0] == OUString::createFromAscii(kProofreaderImplementation);
    } catch (const uno::Exception&) {
        return false;  // an office without linguistic services marks nothing
    }
}

void Engine::setMarksInText(bool on) const {
    const Reference<linguistic2::XLinguServiceManager2> manager = linguistic2::LinguServiceManager::create(context_);
    const OUString ours = OUString::createFromAscii(kProofreaderImplementation);
    std::vector<OUString> list;
    if (on) list.push_back(ours);
    for (const OUString& name : configuredGrammarCheckers(manager))
        if (name != ours) list.push_back(name);
    manager->setConfiguredServices(OUString::createFromAscii(kProofreaderService), chineseLocale(),
                                   uno::Sequence<OUString>(list.data(), static_cast<sal_Int32>(list.size())));
}

bool Engine::liveChecking() const {
    bool on = true;
    try {
        configurationNode(context_, kCheckingSettings, false)->getByName("LiveChecking") >>= on;
    } catch (const uno::Exception&) {
        // No settings yet: on, the default.
    }
    return on;
}

void Engine::setLiveChecking(bool on) const {
    const Reference<container::XNameAccess> node = configurationNode(context_, kCheckingSettings, true);
    Reference<container::XNameReplace>(node, uno::UNO_QUERY_THROW)->replaceByName("LiveChecking", uno::Any(on));
    Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
}

std::string Engine::interfaceLocale() const {
    try {
        const Reference<container::XNameAccess> settings = configurationNode(context_, "/org.openoffice.Setup/L10N", false);
        OUString locale;
        settings->getByName("ooLocale") >>= locale;
        if (!locale.isEmpty()) return toUtf8(locale);
    } catch (const uno::Exception&) {
        // No setting: fall back to the environment, as LibreOffice itself does.
    }
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(variable); value && *value) return value;
    return "en";
}

MessageCatalog Engine::catalog(const std::string& locale) const {
    return MessageCatalog::load(folder_ + "/messages", locale.empty() ? interfaceLocale() : locale);
}

namespace {

constexpr char kTemplateSettings[] = "/org.reportkit.ReportKit/Templates";

// A folder setting as a path: a path, a file URL, or a vnd.sun.star.expand URL (which an
// administrator's configuration may use, e.g. for a folder inside a policy extension).
std::string folderPath(const Reference<uno::XComponentContext>& context, const OUString& setting) {
    OUString url = setting.trim();
    static const OUString expandPrefix("vnd.sun.star.expand:");
    if (url.startsWith(expandPrefix)) {
        url = rtl::Uri::decode(url.copy(expandPrefix.getLength()), rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8);
        url = util::theMacroExpander::get(context)->expandMacros(url);
    }
    if (url.startsWith("file:")) return systemPath(url);
    return toUtf8(url);
}

bool readOnly(const Reference<container::XNameAccess>& node, const char* name) {
    const Reference<beans::XPropertySet> properties(node, uno::UNO_QUERY_THROW);
    return (properties->getPropertySetInfo()->getPropertyByName(OUString::createFromAscii(name)).Attributes &
            beans::PropertyAttribute::READONLY) != 0;
}

}  // namespace

Engine::TemplateSettings Engine::templateSettings() const {
    TemplateSettings settings;
    try {
        // An update access: only there does READONLY mean "finalized by an administrator".
        const Reference<container::XNameAccess> node = configurationNode(context_, kTemplateSettings, true);
        uno::Sequence<OUString> shared;
        node->getByName("SharedFolders") >>= shared;
        for (const OUString& folder : shared) settings.sharedFolders.push_back(toUtf8(folder));
        OUString user;
        node->getByName("UserFolder") >>= user;
        settings.userFolder = toUtf8(user);
        settings.sharedLocked = readOnly(node, "SharedFolders");
        settings.userLocked = readOnly(node, "UserFolder");
    } catch (const uno::Exception&) {
        // No settings: the built-in pack and the default user folder.
    }
    return settings;
}

bool Engine::setTemplateSettings(const std::vector<std::string>& sharedFolders, const std::string& userFolder) const {
    const TemplateSettings current = templateSettings();
    const bool sharedChanges = sharedFolders != current.sharedFolders;
    const bool userChanges = userFolder != current.userFolder;
    if ((sharedChanges && current.sharedLocked) || (userChanges && current.userLocked)) return false;
    const Reference<container::XNameAccess> node = configurationNode(context_, kTemplateSettings, true);
    const Reference<container::XNameReplace> replace(node, uno::UNO_QUERY_THROW);
    if (sharedChanges) {
        std::vector<OUString> folders;
        for (const std::string& folder : sharedFolders) folders.push_back(fromUtf8(folder));
        replace->replaceByName("SharedFolders",
                               uno::Any(uno::Sequence<OUString>(folders.data(), static_cast<sal_Int32>(folders.size()))));
    }
    if (userChanges) replace->replaceByName("UserFolder", uno::Any(fromUtf8(userFolder)));
    Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
    return true;
}

std::string Engine::checkFolder(const std::string& folder, const MessageCatalog& messages,
                                const FolderProgress& progress) const {
    namespace fs = std::filesystem;
    // Every candidate, those that cannot be read too (a folder that cannot be listed, a link to
    // nowhere, a file without permission), so that the report accounts for each one.
    const std::vector<FoundFile> files = reportCandidatesUnder(folder);
    // While the reports are read, nothing they link to is fetched (the user's office is offline meanwhile).
    const NetworkBlock offline(context_);
    // The templates and the rule settings once for the whole folder, not once a document.
    TemplateSet templateSet = templates();
    const std::vector<std::string> disabled = disabledRules();
    const auto checkOne = [&](const Document& document) { return check(templateSet, disabled, document, "", messages); };
    std::vector<DocumentReport> reports;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& path = files[i].path;
        progress(i, files.size(), path);
        const auto unreadable = [&](const std::string& key, const std::string& detail = {}) {
            reports.push_back(unreadableReport(path, messages.format(key, {{"detail", detail}})));
        };
        if (const Candidate candidate = classifyCandidate(files[i]); candidate.kind == CandidateKind::unreadable) {
            unreadable(candidate.problem);
        } else if (candidate.kind == CandidateKind::text) {
            std::string content;
            if (const std::string problem = readTextFile(path, content); !problem.empty()) unreadable(problem);
            else reports.push_back(checkOne(documentFromText(content, path)));
        } else if (const FormatProblem problem = contentProblem(path); !problem.key.empty()) {
            unreadable(problem.key, problem.detail);
        } else {
            bool passwordProtected = false;
            const Reference<lang::XComponent> document = loadDocument(context_, path, LoadMode::readOnly, &passwordProtected);
            try {
                const Reference<frame::XModel> model(document, uno::UNO_QUERY);
                if (!document.is()) unreadable(passwordProtected ? "document.error.password" : "document.error.load");
                else if (!Reference<text::XTextDocument>(document, uno::UNO_QUERY).is()) unreadable("document.error.not-writer");
                else if (const LoadedFormat format = judgeLoadedFormat(path, filterOf(model)); !format.problem.empty())
                    unreadable(format.problem, lowerExtension(path));
                else {
                    DocumentReport report = checkOne(readDocument(model));
                    report.path = path;
                    if (!format.otherKind.empty()) noteOtherKind(report, format.otherKind, messages);
                    reports.push_back(std::move(report));
                }
            } catch (const uno::Exception& failure) {
                unreadable("document.error.office", toUtf8(failure.Message));
            }
            closeDocument(document);
        }
    }
    progress(files.size(), files.size(), "");

    const fs::path reports_folder = fs::path(profileFolder()) / "reports";
    fs::create_directories(reports_folder);
    const std::string file = (reports_folder / reportFileName(folder, ".html", messages)).string();
    std::ofstream out(file);
    out << resultHtml(reports, messages);
    if (!out.flush()) throw uno::RuntimeException(fromUtf8("cannot write " + file), nullptr);
    return file;
}

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string Engine::profileFolder() const {
    return systemPath(util::PathSubstitution::create(context_)->substituteVariables("$(user)", false)) + "/reportkit";
}

std::string Engine::userTemplateFolder(const TemplateSettings& settings) const {
    if (!settings.userFolder.empty()) return folderPath(context_, fromUtf8(settings.userFolder));
    return profileFolder() + "/templates";
}

std::string Engine::userTemplateFolder() const { return userTemplateFolder(templateSettings()); }

TemplateSet Engine::templates() const {
    // Built-in, then the writer's own, then the office's: the office's shared templates win.
    const TemplateSettings settings = templateSettings();
    std::vector<TemplateFolder> folders = {{folder_ + "/templates", "builtin"}, {userTemplateFolder(settings), "user", true}};
    std::vector<std::string> termFolders;  // the office's, then the writer's own: built in < office < user
    for (const std::string& shared : settings.sharedFolders) {
        folders.push_back({folderPath(context_, fromUtf8(shared)), "shared"});
        termFolders.push_back(folders.back().path);
    }
    // In the command line's private LibreOffice, its --templates folders are the office's.
    if (const char* given = std::getenv(kTermFoldersVariable)) {
        std::istringstream lines(given);
        for (std::string folder; std::getline(lines, folder);)
            if (!folder.empty()) termFolders.push_back(folder);
    }
    termFolders.push_back(folders[1].path);
    setActiveTermList(loadTermLists(termFolders));
    return loadTemplates(folders);
}

const Template& Engine::requestedTemplate(TemplateSet& set, const std::string& templateRef,
                                          const MessageCatalog& messages) const {
    const std::string idOrFile = templateRef.rfind("file:", 0) == 0 ? systemPath(fromUtf8(templateRef)) : templateRef;
    std::vector<TemplateProblem> problems;
    const Template* chosen = resolveTemplate(set, idOrFile, problems);
    if (!chosen) throw lang::IllegalArgumentException(fromUtf8(describe(problems.front(), messages)), nullptr, 1);
    return *chosen;
}

DocumentReport Engine::check(const Document& document, const std::string& templateRef,
                             const MessageCatalog& messages) const {
    TemplateSet set = templates();
    return check(set, disabledRules(), document, templateRef, messages);
}

DocumentReport Engine::check(TemplateSet& set, const std::vector<std::string>& disabled, const Document& document,
                             const std::string& templateRef, const MessageCatalog& messages) const {
    const std::string requestedId = templateRef.empty() ? "" : requestedTemplate(set, templateRef, messages).id;
    const TemplateChoice choice = chooseTemplate(set, document, requestedId);
    DocumentReport report = checkDocument(document, choice, disabled);
    localise(report, messages);
    return report;
}

int Engine::fixAll(const Reference<frame::XModel>& model, const std::string& templateRef,
                   const MessageCatalog& messages, bool pages) const {
    DocumentReport report = check(readDocument(model), templateRef, messages);
    // What the writer chose to ignore stays as it is.
    report.findings.erase(std::remove_if(report.findings.begin(), report.findings.end(),
                                         [](const Finding& finding) { return finding.ignored; }),
                          report.findings.end());
    Fix fix = mergeFixes(report.findings);
    if (!pages)
        fix.format.erase(std::remove_if(fix.format.begin(), fix.format.end(),
                                        [](const FormatEdit& edit) { return edit.paragraph < 0; }),
                         fix.format.end());
    return applyFix(model, fix, messages, context_);
}

Engine::Annotated Engine::annotate(const Reference<frame::XModel>& model, const std::string& templateRef,
                                   const MessageCatalog& messages) const {
    requireEditableText(model, messages);
    Annotated result;
    result.report = check(readDocument(model), templateRef, messages);
    result.comments = reportkit::writer::annotate(model, result.report, messages);
    return result;
}

InsertedSkeleton Engine::insertSkeleton(const Reference<frame::XModel>& model, const std::string& templateRef,
                                        const std::map<std::string, std::string>& variables,
                                        const MessageCatalog& messages) const {
    requireEditableText(model, messages);
    TemplateSet set = templates();
    const Template& chosen = requestedTemplate(set, templateRef, messages);
    const VariableValues values = resolveVariables(chosen, variables, today());
    if (!values.problems.empty()) {
        std::string sentences;
        for (const auto& [key, id] : values.problems)
            sentences += (sentences.empty() ? "" : "\n") + messages.format(key, {{"detail", id}});
        throw lang::IllegalArgumentException(fromUtf8(sentences), model, 2);
    }
    return reportkit::writer::insertSkeleton(context_, model, chosen, buildSkeleton(chosen, values.values, reportLanguage(chosen)),
                                             messages);
}

std::string Engine::saveTemplateFromDocument(const Reference<frame::XModel>& model) const {
    namespace fs = std::filesystem;
    const Document document = readDocument(model);
    const std::string folder = userTemplateFolder();
    fs::create_directories(folder);
    // The id says where it came from; a number keeps it unique in the folder.
    std::string stem = fs::path(document.path).stem().string();
    std::string id;
    for (const char c : stem) id += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
    if (id.empty() || id.find_first_not_of('-') == std::string::npos) id = "from-document";
    std::string file = folder + "/" + id + ".xml";
    for (int n = 2; fs::exists(file); ++n) file = folder + "/" + id + "-" + std::to_string(n) + ".xml";
    const std::string name = document.paragraphs.empty() ? id : utf8::prefix(document.paragraphs.front().text, 30);
    std::ofstream out(file);
    out << templateFromDocument(document, fs::path(file).stem().string(), name.empty() ? id : name);
    if (!out.flush()) throw uno::RuntimeException(fromUtf8("cannot write " + file), nullptr);
    return file;
}

}  // namespace reportkit::writer
