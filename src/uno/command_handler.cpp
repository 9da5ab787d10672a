#include "command_handler.hpp"

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "live_check.hpp"
#include "service_names.hpp"
#include "text_places.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;

namespace {

constexpr char kNextProblem[] = "NextProblem";
constexpr char kPreviousProblem[] = "PreviousProblem";

class CommandHandler : public cppu::WeakImplHelper4<frame::XDispatchProvider, frame::XDispatch, lang::XInitialization,
                                                    lang::XServiceInfo> {
public:
    explicit CommandHandler(const Reference<uno::XComponentContext>& context) : context_(context) {}

    // XInitialization: the frame whose commands these are.
    void SAL_CALL initialize(const uno::Sequence<uno::Any>& arguments) override {
        if (arguments.getLength() > 0) arguments[0] >>= frame_;
    }

    // XDispatchProvider
    Reference<frame::XDispatch> SAL_CALL queryDispatch(const util::URL& url, const OUString&, sal_Int32) override {
        if (url.Protocol == OUString::createFromAscii(kCommandProtocol) &&
            (url.Path.equalsAscii(kNextProblem) || url.Path.equalsAscii(kPreviousProblem)))
            return this;
        return {};
    }
    uno::Sequence<Reference<frame::XDispatch>> SAL_CALL
    queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) override {
        uno::Sequence<Reference<frame::XDispatch>> result(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            result.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        return result;
    }

    // XDispatch: to the next or previous problem after the cursor, from a check of the text as it
    // is now (the live check's, brought up to date first).
    void SAL_CALL dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>&) override {
        if (!frame_.is() || !frame_->getController().is()) return;
        const Reference<frame::XModel> model = frame_->getController()->getModel();
        const rtl::Reference<LiveCheck> live = LiveCheck::of(context_, model);
        if (!live.is()) return;
        const std::shared_ptr<const LiveCheck::Snapshot> snapshot = live->latest(true);
        const LiveCheck::CursorPlace place = live->cursorPlace();
        const std::vector<Finding>& findings = snapshot->report.findings;
        const int chosen = adjacentFinding(findings, place.paragraph, place.offset, url.Path.equalsAscii(kNextProblem));
        if (chosen >= 0)
            selectInText(model, findings[chosen].paragraph, findings[chosen].place.start, findings[chosen].place.length);
    }
    void SAL_CALL addStatusListener(const Reference<frame::XStatusListener>&, const util::URL&) override {}
    void SAL_CALL removeStatusListener(const Reference<frame::XStatusListener>&, const util::URL&) override {}

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kCommandHandlerImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return serviceNames(kCommandHandlerService); }

private:
    Reference<uno::XComponentContext> context_;
    Reference<frame::XFrame> frame_;
};

}  // namespace

Reference<uno::XInterface> createCommandHandler(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new CommandHandler(context));
}

}  // namespace reportkit::writer
