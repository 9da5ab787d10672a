// terms.usage: a usage pair of 公文 written the wrong way where the words next to it make that
// certain — 截止目前 (截至 takes a time after it, 截止 none), 做出决定 (作出 an abstract object), and
// words that exist only as slips (布署) — fixed, citing the dictionary entry. A pair whose right
// form depends on more context than the list records (截止 before a date) is not listed, so not told.
#include "terms_rule.hpp"

namespace reportkit {

std::unique_ptr<Rule> makeTermsUsageRule() {
    return std::make_unique<TermWrongFormRule>("terms.usage", TermKind::usage, Severity::warning);
}

}  // namespace reportkit
