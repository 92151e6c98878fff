#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "content/json_reader.hpp"

namespace kiosk {

// The longest link a pack may carry, in bytes: at error correction M it fits
// a QR code of version 10 (57 modules), still scannable at the size the
// kiosk shows it (qr/qr_sizing.hpp). A longer one wants a shorter address.
constexpr size_t kMaxWebLinkBytes = 200;

// What is wrong with `link` as a web address a visitor's phone opens from a
// QR code, in one line; nothing when it is fine. Asked: https only, a host
// name with a dot (no address by number), no user name or password, no
// spaces, control or non-ASCII characters, each % followed by two hex
// digits, at most kMaxWebLinkBytes.
std::optional<std::string> webLinkProblem(const std::string& link);

// Reads the optional link `key` of `object` into `out`, reporting a problem
// with its form at its pointer; false when absent or refused.
bool readWebLink(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
                 const std::string& key, std::string& out, bool required = false);

}  // namespace kiosk
