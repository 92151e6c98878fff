#include "install/signing_keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "content/sha256.hpp"
#include "system/small_file.hpp"

namespace kiosk {

namespace {

std::string trim(const std::string& s) {
    const char* space = " \t\r\n";
    const size_t first = s.find_first_not_of(space);
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// Splits "TAG HEX" (one space between) and decodes HEX into `count` bytes.
std::string parseKeyLine(const std::string& line, const char* tag, unsigned char* out,
                         size_t count) {
    const std::string text = trim(line);
    const size_t space = text.find(' ');
    const std::string found = text.substr(0, space);
    if (found != tag)
        return "starts with \"" + found.substr(0, 40) + "\"; expected \"" + tag + " <hex>\"";
    const std::string hex = space == std::string::npos ? "" : text.substr(space + 1);
    if (!fromHex(hex, out, count)) return "key is not " + std::to_string(count * 2) + " hex digits";
    return {};
}

bool isTextByte(char c) {
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
}

// The one line of a key file, with what is wrong prefixed by the path. Only
// text, and only one line: what else a file holds would be ignored unseen,
// and a message quoting it could carry control characters to a terminal.
std::string readKeyLine(const std::string& path, const char* tag, std::string& line) {
    std::string text;
    std::string why = readSmallFile(path, kMaxKeyFileBytes, text);
    const std::string expected = std::string("; expected one line \"") + tag + " <hex>\"";
    if (why.empty()) {
        for (char c : text) {
            if (!isTextByte(c)) {
                why = "holds bytes that are not text" + expected;
                break;
            }
        }
    }
    if (why.empty()) {
        line = trim(text);
        if (line.find_first_of("\r\n") != std::string::npos)
            why = "holds more than one line" + expected;
    }
    sodium_memzero(text.data(), text.size());
    if (!why.empty()) {
        sodium_memzero(line.data(), line.size());
        line.clear();
        return path + ": " + why;
    }
    return {};
}

// Writes the whole of `text` to a new file; O_EXCL so that nothing is replaced.
std::string writeNewFile(const std::string& path, const std::string& text, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return path + ": cannot be created: " + std::strerror(errno);
    // The umask may have narrowed the mode; it must be exactly this.
    bool ok = ::fchmod(fd, mode) == 0;
    size_t done = 0;
    while (ok && done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        ok = n > 0;
        if (ok) done += static_cast<size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    const std::string why = ok ? "" : path + ": cannot be written: " + std::strerror(errno);
    ::close(fd);
    if (!ok) ::unlink(path.c_str());
    return why;
}

}  // namespace

std::string toHex(const unsigned char* bytes, size_t count) {
    std::string out(count * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, count);
    out.pop_back();
    return out;
}

bool fromHex(const std::string& hex, unsigned char* out, size_t count) {
    if (hex.size() != count * 2) return false;
    size_t got = 0;
    const char* end = nullptr;
    return sodium_hex2bin(out, count, hex.data(), hex.size(), nullptr, &got, &end) == 0 &&
           got == count && end == hex.data() + hex.size();
}

std::string PublicKey::keyId() const {
    return sha256OfBytes(std::string(bytes.begin(), bytes.end())).substr(0, 16);
}

std::string PublicKey::line() const {
    return std::string(kPublicKeyTag) + " " + toHex(bytes.data(), bytes.size());
}

SecretKey::~SecretKey() {
    sodium_memzero(bytes_.data(), bytes_.size());
}

PublicKey SecretKey::publicKey() const {
    PublicKey key;
    crypto_sign_ed25519_sk_to_pk(key.bytes.data(), bytes_.data());
    return key;
}

std::string parsePublicKeyLine(const std::string& line, PublicKey& out) {
    return parseKeyLine(line, kPublicKeyTag, out.bytes.data(), out.bytes.size());
}

std::string readPublicKeyFile(const std::string& path, PublicKey& out) {
    std::string line;
    const std::string why = readKeyLine(path, kPublicKeyTag, line);
    if (!why.empty()) return why;
    const std::string wrong = parsePublicKeyLine(line, out);
    return wrong.empty() ? wrong : path + ": " + wrong;
}

std::string readPublicKeyFiles(const std::vector<std::string>& paths, std::vector<PublicKey>& out) {
    for (const auto& path : paths) {
        PublicKey key;
        const std::string why = readPublicKeyFile(path, key);
        if (!why.empty()) return why;
        out.push_back(key);
    }
    return {};
}

std::string readSecretKeyFile(const std::string& path, SecretKey& out) {
    // Read first, so that a device or a pipe is named as such rather than
    // by its mode (/dev/zero is 0666).
    std::string line;
    std::string why = readKeyLine(path, kSecretKeyTag, line);
    if (!why.empty()) return why;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) why = path + ": cannot be read: " + std::strerror(errno);
    if (why.empty() && (st.st_mode & 077)) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        why = path + ": others may read this secret key (mode " + mode +
              "); expected 0600 (chmod 600 " + path + ")";
    }
    if (!why.empty()) {
        sodium_memzero(line.data(), line.size());
        return why;
    }
    why = parseKeyLine(line, kSecretKeyTag, out.data(), 64);
    sodium_memzero(line.data(), line.size());
    if (!why.empty()) return path + ": " + why;
    // The secret key embeds its public half; a mismatch means a damaged file.
    if (sodium_init() < 0) return "libsodium cannot start";
    unsigned char pk[32];
    unsigned char sk[64];
    crypto_sign_seed_keypair(pk, sk, out.data());
    const bool consistent = sodium_memcmp(sk, out.data(), 64) == 0;
    sodium_memzero(sk, sizeof sk);
    if (!consistent) return path + ": the key's two halves do not match; the file is damaged";
    return {};
}

KeyPairFiles keyPairFiles(const std::string& out) {
    return {out + ".secret", out + ".public"};
}

std::string generateKeyPair(const std::string& out, PublicKey* publicKey) {
    if (sodium_init() < 0) return "libsodium cannot start";
    const KeyPairFiles files = keyPairFiles(out);
    struct stat st {};
    for (const auto& path : {files.secretPath, files.publicPath})
        if (::lstat(path.c_str(), &st) == 0)
            return path + ": already exists; refusing to overwrite a key";
    SecretKey secret;
    PublicKey pub;
    crypto_sign_keypair(pub.bytes.data(), secret.data());
    std::string secretText = std::string(kSecretKeyTag) + " " + toHex(secret.data(), 64) + "\n";
    std::string why = writeNewFile(files.secretPath, secretText, 0600);
    sodium_memzero(secretText.data(), secretText.size());
    if (!why.empty()) return why;
    why = writeNewFile(files.publicPath, pub.line() + "\n", 0644);
    if (!why.empty()) {
        ::unlink(files.secretPath.c_str());  // half a key pair is no use
        return why;
    }
    if (publicKey) *publicKey = pub;
    return {};
}

}  // namespace kiosk
