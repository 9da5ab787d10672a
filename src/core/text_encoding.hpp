#pragma once
// The encodings Chinese offices' tools save text in: UTF-8, UTF-16 with a byte-order mark (Windows
// Notepad's "Unicode"), and GB18030, of which GBK and GB2312 are parts.
#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

struct DecodedText {
    std::string utf8;          // the text, without a byte-order mark
    std::string encoding;      // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    bool byteOrderMark = false;
};

// Which encoding `bytes` are in, tried in this order: a byte-order mark, strict UTF-8, GB18030;
// nothing when they are none of them.
std::optional<DecodedText> decodeText(std::string_view bytes);

// UTF-8 text back into the bytes of `as`'s encoding (with its byte-order mark if it had one), so
// that a fixed copy is saved as the original was; nothing when a character has no form there.
std::optional<std::string> encodeText(std::string_view utf8, const DecodedText& as);

}  // namespace reportkit
