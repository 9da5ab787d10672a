#pragma once
// Argument lists for UNO calls such as loadComponentFromURL: {{"Hidden", Any(true)}, …}.
#include <initializer_list>
#include <utility>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "strings.hpp"

namespace reportkit::writer {

inline css::uno::Sequence<css::beans::PropertyValue> propertyValues(
    std::initializer_list<std::pair<const char*, css::uno::Any>> values) {
    css::uno::Sequence<css::beans::PropertyValue> result(static_cast<sal_Int32>(values.size()));
    css::beans::PropertyValue* out = result.getArray();
    for (const auto& [name, value] : values) {
        out->Name = OUString::createFromAscii(name);
        (out++)->Value = value;
    }
    return result;
}

}  // namespace reportkit::writer
