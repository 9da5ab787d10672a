#pragma once
// org.reportkit.comp.Proofreader: LibreOffice's grammar checking for Chinese text, which puts a wavy
// line under a wrong marker ("二." "（一）、") or a heading's trailing punctuation as the writer types,
// with the right form in the context menu. LibreOffice uses one grammar checker per language: the
// first one configured for it, so installing ReportKit never displaces another one (LanguageTool);
// Engine::setMarksInText moves ReportKit in that list.
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include "strings.hpp"

namespace reportkit::writer {

inline constexpr char kProofreaderImplementation[] = "org.reportkit.comp.Proofreader";
inline constexpr char kProofreaderService[] = "com.sun.star.linguistic2.Proofreader";

css::uno::Reference<css::uno::XInterface> createProofreader(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace reportkit::writer
