#include "document_loading.hpp"

#include <atomic>

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "property_values.hpp"
#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

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

}  // namespace

Reference<lang::XComponent> loadDocument(const Reference<frame::XDesktop2>& desktop, const std::string& path,
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
        document = desktop->loadComponentFromURL(url, "_blank", 0, arguments);
    } catch (const lang::IllegalArgumentException&) {
    } catch (const io::IOException&) {
    }
    if (passwordProtected) *passwordProtected = handler->askedForPassword;
    return document;
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
