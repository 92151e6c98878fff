#pragma once
#include <functional>
#include <string>

namespace kiosk {

// Checks a PIN against its stored hash: true when it matches. Slow on
// purpose (Argon2): the kiosk runs it on its job runner, never in a frame.
using PinVerifier = std::function<bool(const std::string& pin)>;
// Starts a check of `pin` elsewhere; `done` gets the outcome later, on the
// render thread (the kiosk: a job on its job runner).
using PinCheck =
    std::function<void(const std::string& pin, std::function<void(bool matched)> done)>;

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

// Checking: the PIN was handed to a check that has not answered yet.
enum class PinVerdict { Accepted, Wrong, Locked, Checking };

// The PIN check in front of the staff panel, on the caller's clock: a few free
// attempts, then lockouts that grow with each wrong PIN. While locked, PINs are
// not even checked (so guessing cannot go faster than the lockout).
class PinGate {
  public:
    PinGate(PinVerifier verify, PinGateSettings settings = {});

    // Checks `pin` at once with the verifier (tests, tools).
    PinVerdict submit(const std::string& pin, double now);
    // The same in two steps, for a check that runs elsewhere: whether PINs
    // are checked at all now, and then the check's outcome.
    bool locked(double now) const { return lockedFor(now) > 0; }
    PinVerdict record(bool matched, double now);
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
