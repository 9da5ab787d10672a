#pragma once
// Whether a file is the kind of document its name says. LibreOffice opens anything: bytes it
// recognises as no format are read as plain text, so random bytes named .docx would be "checked"
// and pass. Two looks catch that: the file's own first bytes and zip directory before LibreOffice
// opens it, and the import filter LibreOffice chose once it has.
#include <string>

#include "report.hpp"

namespace reportkit {

// Why the file at `path` cannot be the document its extension says, as a message key with its
// {detail} (e.g. "PDF"), judged from its bytes alone; an empty key when it may be. Only what is
// certain counts: a file of another kind (PDF, an image, an archive), a zip archive that holds
// no document. A damaged zip whose directory cannot be read is left to LibreOffice.
struct FormatProblem {
    std::string key;
    std::string detail;
};
FormatProblem contentProblem(const std::string& path);

// What LibreOffice made of a file, from the import filter it chose (its FilterName).
struct LoadedFormat {
    // A message key (document.error.*) when the file is no document of its kind, e.g. random bytes
    // read only as plain text; "" otherwise.
    std::string problem;
    // The message key naming the kind LibreOffice found (document.kind.*) when it is a document of
    // another kind than its name says (a .docx named .odt); "" when name and content agree.
    std::string otherKind;
};
LoadedFormat judgeLoadedFormat(const std::string& path, const std::string& filterName);

// Adds to a readable report the note that the document is of `otherKindKey`, not of the kind its
// name says (rule "document.format", severity info, for the whole document).
void noteOtherKind(DocumentReport& report, const std::string& otherKindKey, const MessageCatalog& messages);

}  // namespace reportkit
