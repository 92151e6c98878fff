#pragma once
#include <optional>
#include <string>

namespace kiosk {

// SHA-256 of a file as lower-case hex, streamed (libsodium); nothing when the
// file cannot be read.
std::optional<std::string> sha256OfFile(const std::string& path);
std::string sha256OfBytes(const std::string& bytes);

}  // namespace kiosk
