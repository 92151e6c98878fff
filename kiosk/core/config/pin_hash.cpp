#include "config/pin_hash.hpp"

#include <sodium.h>

#include <vector>

namespace kiosk {

namespace {

const char* const kShape = "\"$argon2id$v=19$m=...,t=...,p=...$SALT$HASH\"";

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

// "m=65536,t=2,p=1": each of m, t and p once, in that order, as numbers.
bool costsWellFormed(const std::string& text) {
    const char* names[] = {"m=", "t=", "p="};
    size_t at = 0;
    for (int i = 0; i < 3; ++i) {
        if (text.compare(at, 2, names[i]) != 0) return false;
        at += 2;
        const size_t end = i < 2 ? text.find(',', at) : text.size();
        if (end == std::string::npos || !allDigits(text.substr(at, end - at))) return false;
        at = end + 1;
    }
    return true;
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
    if (!costsWellFormed(parts[3]))
        return "has costs \"" + parts[3] + "\"; expected them as \"m=65536,t=2,p=1\"";
    if (!isBase64(parts[4]) || !isBase64(parts[5]))
        return "has a salt or hash that is not base64" + howTo;
    if (sodium_init() < 0) return "cannot be checked: libsodium failed to start";
    if (crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                       crypto_pwhash_MEMLIMIT_INTERACTIVE) < 0)
        return "is not a hash libsodium can check a PIN against" + howTo;
    return {};
}

}  // namespace kiosk
