#include "staff/pin_gate.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace kiosk {

std::string hashStaffPin(const std::string& pin) {
    if (sodium_init() < 0) return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return out;
}

PinVerifier verifierForHash(const std::string& storedHash) {
    return [storedHash](const std::string& pin) {
        if (storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES) return false;
        if (sodium_init() < 0) return false;
        return crypto_pwhash_str_verify(storedHash.c_str(), pin.data(), pin.size()) == 0;
    };
}

PinGate::PinGate(PinVerifier verify, PinGateSettings settings)
    : verify_(std::move(verify)), settings_(settings) {}

double PinGate::lockedFor(double now) const {
    return std::max(0.0, lockedUntil_ - now);
}

PinVerdict PinGate::submit(const std::string& pin, double now) {
    if (locked(now)) return PinVerdict::Locked;
    return record(verify_ && !pin.empty() && verify_(pin), now);
}

PinVerdict PinGate::record(bool matched, double now) {
    if (matched) {
        wrong_ = 0;
        return PinVerdict::Accepted;
    }
    ++wrong_;
    if (wrong_ >= settings_.freeAttempts) {
        const int extra = wrong_ - settings_.freeAttempts;
        const double lock =
            std::min(settings_.maxLockSeconds, settings_.lockSeconds * std::pow(2.0, extra));
        lockedUntil_ = now + lock;
    }
    return PinVerdict::Wrong;
}

}  // namespace kiosk
