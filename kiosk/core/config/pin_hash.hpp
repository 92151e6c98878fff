#pragma once
#include <string>

namespace kiosk {

// What is wrong with a configured staff PIN hash; empty when it has the shape
// libsodium's crypto_pwhash_str() writes and libsodium can check a PIN against
// it. An empty hash is fine (no PIN set). Checked when the configuration is
// read, so that a pasted PIN or a cut-off hash is reported at start-up rather
// than found out by staff locked out of their panel.
std::string pinHashProblem(const std::string& hash);

}  // namespace kiosk
