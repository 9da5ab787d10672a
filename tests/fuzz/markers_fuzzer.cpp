// libFuzzer target: marker recognition and the whole numbering check on arbitrary bytes. Any
// crash, hang, sanitizer report or broken invariant here is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fixes.hpp"
#include "markers.hpp"
#include "report.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (reportkit::SchemeKind kind :
         {reportkit::SchemeKind::gbt9704, reportkit::SchemeKind::regulation, reportkit::SchemeKind::decimal}) {
        reportkit::NumberingScheme scheme;
        scheme.kind = kind;
        if (const auto marker = reportkit::findMarker(text, scheme)) {
            // A marker is a piece of the text it was found in, right after the indentation.
            if (text.substr(marker->offset, marker->text.size()) != marker->text) std::abort();
        }
    }
    // The whole check, then fixing everything, must hold on any text that is valid UTF-8.
    if (!reportkit::utf8::isValid(text)) return 0;
    reportkit::Document document = reportkit::documentFromText(text, "fuzz.txt");
    const auto report = reportkit::checkDocument(document, nullptr, reportkit::TemplateSource::none);
    const reportkit::Fix fix = reportkit::mergeFixes(report.findings);
    const std::string fixed = reportkit::fixText(text, fix.text);
    if (!reportkit::utf8::isValid(fixed)) std::abort();
    if (reportkit::documentFromText(fixed, "").paragraphs.size() != document.paragraphs.size()) std::abort();
    return 0;
}
