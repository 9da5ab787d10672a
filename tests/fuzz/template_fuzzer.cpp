// libFuzzer target: the template loader on arbitrary text. It must refuse or accept, never crash,
// and a template it accepts must be usable for a check, a skeleton and a template written back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "report.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    std::vector<reportkit::TemplateProblem> problems;
    reportkit::Template loaded;
    if (reportkit::parseTemplate(xml, "fuzz.xml", loaded, problems)) {
        const reportkit::Document document =
            reportkit::documentFromText("一、履职情况\n（一）组织集体学习12次。\n二、存在问题\n", "fuzz.txt");
        reportkit::checkDocument(document, &loaded, reportkit::TemplateSource::option);
        const auto values = reportkit::resolveVariables(loaded, {{"unit", "某单位"}}, {2026, 11, 25});
        reportkit::buildSkeleton(loaded, values.values, "zh-CN");
    }
    return 0;
}
