#pragma once
#include <string>

namespace kiosk {

// What is wrong with a configured staff PIN hash; empty when it has the shape
// libsodium's crypto_pwhash_str() writes, costs that the kiosk checks a PIN at
// in well under a second (memory m 8 to 65536 KiB, passes t 1 to 4, p=1), and
// libsodium can check a PIN against it. An empty hash is fine (no PIN set).
// Checked when the configuration is read, so that a pasted PIN, a cut-off
// hash or one that would freeze the kiosk at the first PIN is reported at
// start-up rather than found out by staff at their panel.
std::string pinHashProblem(const std::string& hash);

}  // namespace kiosk
