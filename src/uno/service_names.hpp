#pragma once
// The service-name list of an implementation that offers one service, as XServiceInfo and the
// component registration both want it.
#include <com/sun/star/uno/Sequence.hxx>

#include "strings.hpp"

namespace reportkit::writer {

inline css::uno::Sequence<OUString> serviceNames(const char* service) {
    const OUString name = OUString::createFromAscii(service);
    return css::uno::Sequence<OUString>(&name, 1);
}

}  // namespace reportkit::writer
