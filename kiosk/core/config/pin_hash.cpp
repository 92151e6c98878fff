#include "config/pin_hash.hpp"

#include <sodium.h>

#include <vector>

namespace kiosk {

namespace {

const char* const kShape = "\"$argon2id$v=19$m=...,t=...,p=...$SALT$HASH\"";

// The costs a PIN check may have. Every PIN typed on the panel is checked
// against the hash at these costs, on the kiosk PC, while the visitor-facing
// screen waits: a hash asking for gigabytes or thousands of passes would
// freeze the kiosk at the first PIN. kiosk-pack hash-pin writes libsodium's
// interactive costs (argon2id, m=65536 KiB, t=2, p=1); the range allows twice
// that work at most (m=65536, t=4) and down to libsodium's least (m=8, t=1;
// argon2i needs t=3 or more, which libsodium checks). On a busy two-core Xeon
// a check takes 0.08 s at hash-pin's costs and 0.15 s at the top of the range,
// against 1.1 s at m=262144 and 4.5 s (and 1 GiB) at m=1048576, t=4.
// libsodium writes one lane, p=1, and computes lanes one after another.
constexpr unsigned long kMinMemoryKiB = 8;
constexpr unsigned long kMaxMemoryKiB = 65536;
constexpr unsigned long kMinPasses = 1;
constexpr unsigned long kMaxPasses = 4;
constexpr unsigned long kLanes = 1;

std::vector<std::string> splitOnDollar(const std::string& text) {
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == '$')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

bool allDigits(const std::string& text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

bool isBase64(const std::string& text) {
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok) return false;
    }
    return !text.empty();
}

struct Costs {
    unsigned long memoryKiB = 0, passes = 0, lanes = 0;
};

// A number as written in the costs; one of more than nine digits is beyond any
// range here and reads as the largest value.
unsigned long costNumber(const std::string& digits) {
    return digits.size() > 9 ? ~0ul : std::stoul(digits);
}

// "m=65536,t=2,p=1": each of m, t and p once, in that order, as numbers.
bool readCosts(const std::string& text, Costs& out) {
    const char* names[] = {"m=", "t=", "p="};
    unsigned long* values[] = {&out.memoryKiB, &out.passes, &out.lanes};
    size_t at = 0;
    for (int i = 0; i < 3; ++i) {
        if (text.compare(at, 2, names[i]) != 0) return false;
        at += 2;
        const size_t end = i < 2 ? text.find(',', at) : text.size();
        if (end == std::string::npos || !allDigits(text.substr(at, end - at))) return false;
        *values[i] = costNumber(text.substr(at, end - at));
        at = end + 1;
    }
    return true;
}

bool costsInRange(const Costs& costs) {
    return costs.memoryKiB >= kMinMemoryKiB && costs.memoryKiB <= kMaxMemoryKiB &&
           costs.passes >= kMinPasses && costs.passes <= kMaxPasses && costs.lanes == kLanes;
}

}  // namespace

std::string pinHashProblem(const std::string& hash) {
    if (hash.empty()) return {};
    const std::string howTo = "; expected a libsodium PIN hash " + std::string(kShape) +
                              " (kiosk-pack hash-pin makes one)";
    if (allDigits(hash)) return "looks like a PIN itself, which must never be stored" + howTo;
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return "is " + std::to_string(hash.size()) + " characters long" + howTo;
    const std::vector<std::string> parts = splitOnDollar(hash);
    if (parts.size() != 6 || !parts[0].empty() || (parts[1] != "argon2id" && parts[1] != "argon2i"))
        return "is not an Argon2 hash" + howTo;
    if (parts[2] != "v=19") return "has version \"" + parts[2] + "\"; expected \"v=19\"";
    Costs costs;
    if (!readCosts(parts[3], costs))
        return "has costs \"" + parts[3] + "\"; expected them as \"m=65536,t=2,p=1\"";
    if (!costsInRange(costs))
        return "has costs \"" + parts[3] + "\"; expected memory m from " +
               std::to_string(kMinMemoryKiB) + " to " + std::to_string(kMaxMemoryKiB) +
               " (KiB), passes t from " + std::to_string(kMinPasses) + " to " +
               std::to_string(kMaxPasses) + " and p=" + std::to_string(kLanes) +
               ", so that checking a PIN takes well under a second (kiosk-pack hash-pin makes "
               "one)";
    if (!isBase64(parts[4]) || !isBase64(parts[5]))
        return "has a salt or hash that is not base64" + howTo;
    if (sodium_init() < 0) return "cannot be checked: libsodium failed to start";
    if (crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                       crypto_pwhash_MEMLIMIT_INTERACTIVE) < 0)
        return "is not a hash libsodium can check a PIN against" + howTo;
    return {};
}

}  // namespace kiosk
