#include "main_thread.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>

#include <sys/syscall.h>
#include <unistd.h>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/uno/DeploymentException.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;

namespace {

// The work, and its end for the thread that waits for it.
class MainThreadWork : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit MainThreadWork(const std::function<void()>& work) : work_(work) {}

    void SAL_CALL notify(const uno::Any&) override {
        std::exception_ptr failure;
        try {
            work_();
        } catch (...) {
            failure = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(mutex_);
        failure_ = failure;
        done_ = true;
        finished_.notify_all();
    }

    void wait() {
        std::unique_lock<std::mutex> lock(mutex_);
        finished_.wait(lock, [this] { return done_; });
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    const std::function<void()>& work_;
    std::mutex mutex_;
    std::condition_variable finished_;
    bool done_ = false;
    std::exception_ptr failure_;
};

bool onMainThread() { return ::syscall(SYS_gettid) == ::getpid(); }

}  // namespace

void runOnMainThread(const Reference<uno::XComponentContext>& context, const std::function<void()>& work) {
    if (onMainThread()) return work();
    Reference<awt::XRequestCallback> callbacks;
    try {
        callbacks = awt::AsyncCallback::create(context);
    } catch (const uno::DeploymentException&) {
        return work();  // no toolkit to reach the main thread with
    }
    const rtl::Reference<MainThreadWork> callback = new MainThreadWork(work);
    callbacks->addCallback(Reference<awt::XCallback>(callback.get()), uno::Any());
    callback->wait();
}

}  // namespace reportkit::writer
