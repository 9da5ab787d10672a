#pragma once
// A rule reads the document model and appends findings. Rules are listed in rules/registry.cpp.
#include <memory>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "finding.hpp"

namespace reportkit {

struct Template;

struct CheckInput {
    const Document& document;
    const Template* reportTemplate = nullptr;  // null when no template applies
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual void check(const CheckInput& input, std::vector<Finding>& findings) const = 0;
};

// Every rule the engine runs, in a stable order.
const std::vector<std::unique_ptr<Rule>>& allRules();

}  // namespace reportkit
