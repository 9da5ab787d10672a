#pragma once
// A finding carries everything a user interface needs: rule, severity, place, message key and
// arguments, and the fix as data, so the sidebar and the command line only render it.
#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

enum class Severity { error, warning, info };

std::string_view severityName(Severity severity);

// Replace `length` UTF-16 code units at `start` of paragraph `paragraph` by `replacement`.
struct TextEdit {
    int paragraph = -1;
    int start = 0;
    int length = 0;
    std::string replacement;
};

struct Finding {
    std::string rule;          // stable id, e.g. "numbering.style"
    Severity severity = Severity::error;
    int paragraph = -1;        // 0-based body paragraph, -1 when the finding has no place
    std::string messageKey;    // looked up in the message catalogue
    std::string found;         // what the document has, e.g. "一."
    std::string expected;      // what it should have, e.g. "一、"
    std::optional<TextEdit> fix;
    std::string message;       // the rendered message, filled in by localisation
};

}  // namespace reportkit
