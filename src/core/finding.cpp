#include "finding.hpp"

namespace reportkit {

std::string_view severityName(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "error";
}

}  // namespace reportkit
