#pragma once
#include <functional>
#include <string>

namespace kiosk {

// Checks a PIN against its stored hash: true when it matches.
using PinVerifier = std::function<bool(const std::string& pin)>;

// A libsodium password hash ("$argon2id$..."), for the configuration's
// staff_pin_hash (kiosk-pack hash-pin prints one). Empty on failure.
std::string hashStaffPin(const std::string& pin);
// A verifier for a stored hash (libsodium's crypto_pwhash_str_verify). An empty
// or malformed hash accepts nothing: without a configured PIN the panel stays shut.
PinVerifier verifierForHash(const std::string& storedHash);

// Rate limits for PIN attempts.
struct PinGateSettings {
    // Wrong PINs allowed before a lockout.
    int freeAttempts = 3;
    // The first lockout; each further wrong PIN doubles it, up to maxLockSeconds.
    double lockSeconds = 30.0;
    double maxLockSeconds = 600.0;
};

enum class PinVerdict { Accepted, Wrong, Locked };

// The PIN check in front of the staff panel, on the caller's clock: a few free
// attempts, then lockouts that grow with each wrong PIN. While locked, PINs are
// not even checked (so guessing cannot go faster than the lockout).
class PinGate {
  public:
    PinGate(PinVerifier verify, PinGateSettings settings = {});

    PinVerdict submit(const std::string& pin, double now);
    // Seconds until PINs are checked again (0 when not locked).
    double lockedFor(double now) const;
    int wrongInARow() const { return wrong_; }

  private:
    PinVerifier verify_;
    PinGateSettings settings_;
    int wrong_ = 0;
    double lockedUntil_ = -1e300;
};

}  // namespace kiosk
