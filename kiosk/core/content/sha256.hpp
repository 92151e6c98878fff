#pragma once
#include <optional>
#include <string>

namespace kiosk {

// SHA-256 of a file as lower-case hex, streamed (libsodium); nothing when the
// file cannot be read.
std::optional<std::string> sha256OfFile(const std::string& path);
// The same of a file open at `fd`, read from where it stands to its end.
std::optional<std::string> sha256OfOpenFile(int fd);
std::string sha256OfBytes(const std::string& bytes);

}  // namespace kiosk
