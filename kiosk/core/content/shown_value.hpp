#pragma once
#include <cstddef>
#include <string>

namespace kiosk {

// The most of one value a problem message shows: enough to recognise it, and
// a file's worth of value cannot flood the log, the terminal or the screen.
constexpr size_t kShownValueBytes = 80;

// `text` as a problem message shows it: whole when it is short; else its first
// kShownValueBytes bytes (never half a UTF-8 character), "..." and the whole
// length, e.g. `"aaaa..." (800002 bytes)`.
std::string shownValue(const std::string& text);

}  // namespace kiosk
