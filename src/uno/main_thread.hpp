#pragma once
// Writer's API takes the office's one big lock (the SolarMutex) for each call. Called from another
// thread — over a bridge, as the command line calls the checker — every call hands the lock over
// from LibreOffice's main thread and back, and reading a 100-page report took three times as long
// as on the main thread. So the entry points that read or change a document run there.
#include <functional>
#include <optional>
#include <type_traits>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace reportkit::writer {

// Runs `work` on LibreOffice's main thread (through com.sun.star.awt.AsyncCallback) and returns
// once it has run, throwing what it threw. On the main thread itself — soffice's first thread,
// whose id is the process id on Linux — it runs at once, as it does where there is no AsyncCallback.
void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context, const std::function<void()>& work);

// The same for work with a result, which it returns.
template <typename Work>
auto onMainThread(const css::uno::Reference<css::uno::XComponentContext>& context, Work work) -> decltype(work()) {
    if constexpr (std::is_void_v<decltype(work())>) {
        runOnMainThread(context, work);
    } else {
        std::optional<decltype(work())> result;
        runOnMainThread(context, [&] { result.emplace(work()); });
        return std::move(*result);
    }
}

}  // namespace reportkit::writer
