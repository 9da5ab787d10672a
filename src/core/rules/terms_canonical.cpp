// terms.canonical: a canonical expression written in one of the wrong forms its term list records
// (习近平新时代特色社会主义思想, 三个代表重要思想, 确立习近平总书记党中央的核心…), fixed to the
// canonical form, citing where that form is given. Text quoted in 《》 or “” is another document's
// and left alone; so is a wrong form inside the right one. The list: extension/terms/terms.txt,
// with the office's and the writer's own (docs/terms.md).
#include "terms_rule.hpp"

namespace reportkit {

std::unique_ptr<Rule> makeTermsCanonicalRule() {
    return std::make_unique<TermWrongFormRule>("terms.canonical", TermKind::canonical, Severity::error);
}

}  // namespace reportkit
