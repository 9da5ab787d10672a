#include "document_loading.hpp"

#include <atomic>
#include <mutex>
#include <vector>

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "property_values.hpp"
#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Answers every question with Cancel — nobody is there to answer — and remembers whether it was
// asked for a password.
class CancellingHandler : public cppu::WeakImplHelper1<task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<task::XInteractionRequest>& request) override {
        const uno::Any question = request->getRequest();
        if (question.isExtractableTo(cppu::UnoType<task::PasswordRequest>::get())) askedForPassword = true;
        for (const auto& continuation : request->getContinuations()) {
            const Reference<task::XInteractionAbort> abort(continuation, UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
    }
    std::atomic<bool> askedForPassword{false};
};

uno::Any firstValue(const uno::Sequence<beans::PropertyValue>& values, const char* name) {
    for (const beans::PropertyValue& value : values)
        if (value.Name.equalsAscii(name)) return value.Value;
    return {};
}

// A document only to be read needs no window: its model alone, loaded with the filter type
// detection picks, has no view and so no layout, which LibreOffice would otherwise compute page by
// page while the document is being read (more than half the time of checking a long report).
Reference<lang::XComponent> loadModelOnly(const Reference<uno::XComponentContext>& context, const OUString& url,
                                          uno::Sequence<beans::PropertyValue> descriptor) {
    const Reference<lang::XMultiComponentFactory> factory = context->getServiceManager();
    descriptor.realloc(descriptor.getLength() + 1);
    descriptor.getArray()[descriptor.getLength() - 1] = beans::PropertyValue("URL", -1, uno::Any(url), beans::PropertyState_DIRECT_VALUE);
    const Reference<document::XTypeDetection> detection(
        factory->createInstanceWithContext("com.sun.star.document.TypeDetection", context), UNO_QUERY_THROW);
    const OUString type = detection->queryTypeByDescriptor(descriptor, true);
    if (type.isEmpty()) return {};
    OUString filter = firstValue(descriptor, "FilterName").get<OUString>();
    if (filter.isEmpty()) {
        uno::Sequence<beans::PropertyValue> typeProperties;
        Reference<container::XNameAccess>(detection, UNO_QUERY_THROW)->getByName(type) >>= typeProperties;
        filter = firstValue(typeProperties, "PreferredFilter").get<OUString>();
        if (filter.isEmpty()) return {};
        descriptor.realloc(descriptor.getLength() + 1);
        descriptor.getArray()[descriptor.getLength() - 1] =
            beans::PropertyValue("FilterName", -1, uno::Any(filter), beans::PropertyState_DIRECT_VALUE);
    }
    const Reference<container::XNameAccess> filters(
        factory->createInstanceWithContext("com.sun.star.document.FilterFactory", context), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> filterProperties;
    filters->getByName(filter) >>= filterProperties;
    const OUString service = firstValue(filterProperties, "DocumentService").get<OUString>();
    if (service.isEmpty()) return {};
    const Reference<frame::XLoadable> model(factory->createInstanceWithContext(service, context), UNO_QUERY_THROW);
    try {
        model->load(descriptor);
    } catch (...) {
        closeDocument(model);
        throw;
    }
    return Reference<lang::XComponent>(model, UNO_QUERY);
}

}  // namespace

Reference<lang::XComponent> loadDocument(const Reference<uno::XComponentContext>& context, const std::string& path,
                                         LoadMode mode, bool* passwordProtected) {
    const rtl::Reference<CancellingHandler> handler = new CancellingHandler;
    auto arguments = propertyValues({{"Hidden", uno::Any(mode != LoadMode::visible)},
                                     {"ReadOnly", uno::Any(mode == LoadMode::readOnly)},
                                     {"MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)},
                                     {"UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)},
                                     {"Silent", uno::Any(true)}});
    if (mode != LoadMode::visible) {
        arguments.realloc(arguments.getLength() + 1);
        arguments.getArray()[arguments.getLength() - 1] = beans::PropertyValue(
            "InteractionHandler", -1, uno::Any(Reference<task::XInteractionHandler>(handler.get())),
            beans::PropertyState_DIRECT_VALUE);
    }
    if (passwordProtected) *passwordProtected = false;
    Reference<lang::XComponent> document;
    try {
        // "private:factory/swriter" is a new document; anything else a file.
        const OUString url = path.rfind("private:", 0) == 0 ? fromUtf8(path) : fileUrl(path);
        if (mode == LoadMode::readOnly && path.rfind("private:", 0) != 0)
            document = loadModelOnly(context, url, arguments);
        else
            document = frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, arguments);
    } catch (const lang::IllegalArgumentException&) {
    } catch (const io::IOException&) {
    }
    if (passwordProtected) *passwordProtected = handler->askedForPassword;
    return document;
}

namespace {

// The schemes a content provider reaches the network with, as LibreOffice registers them.
bool isNetworkScheme(const OUString& scheme) {
    const OUString lower = scheme.toAsciiLowerCase();
    return lower.indexOf("http") >= 0 || lower.indexOf("ftp") >= 0 || lower.indexOf("dav") >= 0 ||
           lower.indexOf("cmis") >= 0;
}

std::vector<ucb::ContentProviderInfo> takeOutNetworkProviders(const Reference<ucb::XUniversalContentBroker>& broker) {
    std::vector<ucb::ContentProviderInfo> removed;
    for (const ucb::ContentProviderInfo& provider : broker->queryContentProviders()) {
        if (!provider.ContentProvider.is() || !isNetworkScheme(provider.Scheme)) continue;
        broker->deregisterContentProvider(provider.ContentProvider, provider.Scheme);
        removed.push_back(provider);
    }
    return removed;
}

// Blocks in this office may overlap (two folder checks at once): the first takes the providers
// out, the last puts them back.
std::mutex blocksMutex;
int blocks = 0;
std::vector<ucb::ContentProviderInfo> blockedProviders;

}  // namespace

void cutOffNetwork(const Reference<uno::XComponentContext>& context) {
    takeOutNetworkProviders(ucb::UniversalContentBroker::create(context));
}

NetworkBlock::NetworkBlock(const Reference<uno::XComponentContext>& context)
    : broker_(ucb::UniversalContentBroker::create(context)) {
    std::lock_guard<std::mutex> lock(blocksMutex);
    if (blocks++ == 0) blockedProviders = takeOutNetworkProviders(broker_);
}

NetworkBlock::~NetworkBlock() {
    std::lock_guard<std::mutex> lock(blocksMutex);
    if (--blocks > 0) return;
    for (const ucb::ContentProviderInfo& provider : blockedProviders) {
        try {
            broker_->registerContentProvider(provider.ContentProvider, provider.Scheme, false);
        } catch (const uno::Exception&) {
            // Registered again meanwhile by someone else: nothing to do.
        }
    }
    blockedProviders.clear();
}

std::string filterOf(const Reference<frame::XModel>& model) {
    for (const beans::PropertyValue& argument : model->getArgs())
        if (argument.Name == "FilterName") return toUtf8(argument.Value.get<OUString>());
    return {};
}

void closeDocument(const Reference<uno::XInterface>& document) {
    if (!document.is()) return;
    try {
        Reference<util::XCloseable> closeable(document, UNO_QUERY);
        Reference<lang::XComponent> component(document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (component.is())
            component->dispose();
    } catch (const uno::Exception&) {
        // Already closed or the office is gone: nothing left to release.
    }
}

}  // namespace reportkit::writer
