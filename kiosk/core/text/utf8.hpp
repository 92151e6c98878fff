#pragma once
#include <string>
#include <vector>

namespace kiosk {

// Decodes UTF-8 into code points; invalid bytes become U+FFFD so that callers
// never loop forever on broken input.
std::u32string decodeUtf8(const std::string& text);
// The code point at `p`, advancing `p` past it (for walking text without a
// copy, e.g. every frame); the same rules as decodeUtf8: an invalid byte is
// U+FFFD and skipped alone, a sequence cut short by `end` is one U+FFFD and the
// rest of the text.
char32_t decodeNextCodepoint(const char*& p, const char* end);
std::string encodeUtf8(char32_t codepoint);
std::string encodeUtf8(const std::u32string& text);

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
size_t utf8SequenceLength(unsigned char lead);

}  // namespace kiosk
