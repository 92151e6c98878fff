#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// Ed25519 keys as the kiosk and kiosk-pack keep them: one line of text each,
// "kiosk-ed25519-public <64 hex>" and "kiosk-ed25519-secret <128 hex>" (the
// libsodium secret key, which embeds its public half). Text, so that an
// integrator can paste a public key into the device configuration.
constexpr const char* kPublicKeyTag = "kiosk-ed25519-public";
constexpr const char* kSecretKeyTag = "kiosk-ed25519-secret";

struct PublicKey {
    std::array<unsigned char, 32> bytes{};
    // First 16 hex digits of the key's SHA-256: names the key in pack.sig and
    // in messages without printing the whole key.
    std::string keyId() const;
    std::string line() const;  // "kiosk-ed25519-public <hex>"
};

// A secret key in memory; wiped when it goes.
class SecretKey {
  public:
    SecretKey() = default;
    ~SecretKey();
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    unsigned char* data() { return bytes_.data(); }
    const unsigned char* data() const { return bytes_.data(); }
    PublicKey publicKey() const;

  private:
    std::array<unsigned char, 64> bytes_{};
};

// Lower-case hex, and back (nothing when `hex` is not exactly that many bytes).
std::string toHex(const unsigned char* bytes, size_t count);
bool fromHex(const std::string& hex, unsigned char* out, size_t count);

// Parses "kiosk-ed25519-public <hex>": the tag, one space, the hex digits
// (white space around the line allowed). Returns what is wrong, or an empty
// string.
std::string parsePublicKeyLine(const std::string& line, PublicKey& out);

// A key file is that one line of text, under 150 bytes. Anything larger is
// refused before it is read, so that --trusted /dev/zero or a photo given by
// mistake is one message rather than all the memory there is.
constexpr size_t kMaxKeyFileBytes = 4096;

// Reads a public key file: a regular file of at most kMaxKeyFileBytes holding
// the one line and nothing else. Errors read "FILE: what is wrong".
std::string readPublicKeyFile(const std::string& path, PublicKey& out);
std::string readPublicKeyFiles(const std::vector<std::string>& paths, std::vector<PublicKey>& out);

// Reads a secret key file, as strictly as a public one, refusing one that
// others may read (like ssh does): a key that leaked cannot be trusted to mean
// "staff signed this".
std::string readSecretKeyFile(const std::string& path, SecretKey& out);

struct KeyPairFiles {
    std::string secretPath;
    std::string publicPath;
};
// Where keygen writes for OUT: OUT.secret and OUT.public.
KeyPairFiles keyPairFiles(const std::string& out);

// Makes a new key pair and writes it to keyPairFiles(out); the secret file is
// created 0600 with O_EXCL, so an existing key is never overwritten. Returns
// what went wrong, or an empty string.
std::string generateKeyPair(const std::string& out, PublicKey* publicKey = nullptr);

}  // namespace kiosk
