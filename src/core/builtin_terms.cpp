// The built-in term list, extension/terms/terms.txt, compiled in so that it applies whatever folder
// the program runs from.
#include "builtin_terms_text.hpp"
#include "terms.hpp"

namespace reportkit {

std::string_view builtInTermText() { return kBuiltInTerms; }

}  // namespace reportkit
