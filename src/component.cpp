// Registration of the extension's UNO implementations (passive: reportkit.components lists them).
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

#include "sidebar/options_page.hpp"
#include "sidebar/panel_factory.hpp"
#include "uno/checker_service.hpp"
#include "uno/command_handler.hpp"
#include "uno/proofreader.hpp"
#include "uno/service_names.hpp"

using namespace css;

namespace {

OUString checkerName() { return OUString::createFromAscii(reportkit::writer::kCheckerImplementation); }
uno::Sequence<OUString> checkerServices() { return reportkit::writer::serviceNames(reportkit::writer::kCheckerService); }
OUString panelFactoryName() { return OUString::createFromAscii(reportkit::sidebar::kPanelFactoryImplementation); }
uno::Sequence<OUString> panelFactoryServices() {
    return reportkit::writer::serviceNames(reportkit::sidebar::kPanelFactoryService);
}

OUString optionsPageName() { return OUString::createFromAscii(reportkit::sidebar::kOptionsPageImplementation); }
uno::Sequence<OUString> optionsPageServices() {
    return reportkit::writer::serviceNames(reportkit::sidebar::kOptionsPageService);
}

OUString proofreaderName() { return OUString::createFromAscii(reportkit::writer::kProofreaderImplementation); }
uno::Sequence<OUString> proofreaderServices() {
    return reportkit::writer::serviceNames(reportkit::writer::kProofreaderService);
}

OUString commandHandlerName() { return OUString::createFromAscii(reportkit::writer::kCommandHandlerImplementation); }
uno::Sequence<OUString> commandHandlerServices() {
    return reportkit::writer::serviceNames(reportkit::writer::kCommandHandlerService);
}

const cppu::ImplementationEntry kImplementations[] = {
    {reportkit::writer::createChecker, checkerName, checkerServices, cppu::createSingleComponentFactory, nullptr, 0},
    {reportkit::sidebar::createPanelFactory, panelFactoryName, panelFactoryServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {reportkit::sidebar::createOptionsPageHandler, optionsPageName, optionsPageServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {reportkit::writer::createProofreader, proofreaderName, proofreaderServices, cppu::createSingleComponentFactory,
     nullptr, 0},
    {reportkit::writer::createCommandHandler, commandHandlerName, commandHandlerServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void* serviceManager,
                                                           void* registryKey) {
    return cppu::component_getFactoryHelper(implementation, serviceManager, registryKey, kImplementations);
}

extern "C" SAL_DLLPUBLIC_EXPORT void component_getImplementationEnvironment(const char** environment,
                                                                            uno_Environment**) {
    *environment = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
