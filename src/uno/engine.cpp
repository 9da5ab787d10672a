#include "engine.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "document_reader.hpp"
#include "fix_applier.hpp"
#include "fixes.hpp"
#include "strings.hpp"

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

void Engine::setRuleEnabled(const std::string& rule, bool enabled) const {
    std::vector<std::string> rules = disabledRules();
    rules.erase(std::remove(rules.begin(), rules.end(), rule), rules.end());
    if (!enabled) rules.push_back(rule);
    std::vector<OUString> ids;
    for (const std::string& id : rules) ids.push_back(fromUtf8(id));
    const Reference<container::XNameAccess> node = configurationNode(context_, kCheckingSettings, true);
    Reference<container::XNameReplace>(node, uno::UNO_QUERY_THROW)
        ->replaceByName("DisabledRules", uno::Any(uno::Sequence<OUString>(ids.data(), static_cast<sal_Int32>(ids.size()))));
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

TemplateSet Engine::templates() const { return loadTemplates({folder_ + "/templates"}); }

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
    const std::string requestedId = templateRef.empty() ? "" : requestedTemplate(set, templateRef, messages).id;
    const TemplateChoice choice = chooseTemplate(set, document, requestedId);
    DocumentReport report = checkDocument(document, choice.chosen, choice.source, disabledRules());
    localise(report, messages);
    return report;
}

int Engine::fixAll(const Reference<frame::XModel>& model, const std::string& templateRef,
                   const MessageCatalog& messages) const {
    DocumentReport report = check(readDocument(model), templateRef, messages);
    // What the writer chose to ignore stays as it is.
    report.findings.erase(std::remove_if(report.findings.begin(), report.findings.end(),
                                         [](const Finding& finding) { return finding.ignored; }),
                          report.findings.end());
    return applyFix(model, mergeFixes(report.findings), messages);
}

InsertedSkeleton Engine::insertSkeleton(const Reference<frame::XModel>& model, const std::string& templateRef,
                                        const std::map<std::string, std::string>& variables,
                                        const MessageCatalog& messages) const {
    requireEditableText(model, messages);
    TemplateSet set = templates();
    const Template& chosen = requestedTemplate(set, templateRef, messages);
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const VariableValues values = resolveVariables(chosen, variables, {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
    if (!values.problems.empty()) {
        std::string sentences;
        for (const auto& [key, id] : values.problems)
            sentences += (sentences.empty() ? "" : "\n") + messages.format(key, {{"detail", id}});
        throw lang::IllegalArgumentException(fromUtf8(sentences), model, 2);
    }
    return reportkit::writer::insertSkeleton(context_, model, chosen, buildSkeleton(chosen, values.values, messages.locale()),
                                             messages);
}

}  // namespace reportkit::writer
