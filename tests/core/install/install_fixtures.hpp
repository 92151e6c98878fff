// Shared by the install tests: temporary folders, a signing key, signed copies
// of the default pack at any version, and a tar writer that can also write the
// archives a hostile stick might carry.
#pragma once
#include <stdlib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "install/pack_signature.hpp"
#include "install/signing_keys.hpp"
#include "support/temp_dir.hpp"
#include "support/temp_pack.hpp"

namespace kiosk::test {

namespace fs = std::filesystem;

inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A key pair in its own folder: secret() and publicKey() for signing and trusting.
class TestKey {
  public:
    TestKey() {
        const std::string why = generateKeyPair(dir_.path("staff"), &key_);
        if (!why.empty()) throw std::runtime_error(why);
    }
    std::string secret() const { return dir_.path("staff.secret"); }
    std::string publicFile() const { return dir_.path("staff.public"); }
    const PublicKey& publicKey() const { return key_; }
    std::vector<PublicKey> trusted() const { return {key_}; }

  private:
    TempDir dir_;
    PublicKey key_;
};

// A copy of the default pack as release `version`, signed with `key` (unless
// null). `salt` changes a string so that two packs of one version differ.
class SignedPack : public TempPack {
  public:
    SignedPack(const TestKey* key, int version, const std::string& salt = "") {
        auto manifest = readJson("pack.json");
        manifest["version"] = version;
        if (!salt.empty()) manifest["created"] = "2026-11-29T00:00:0" + salt + "Z";
        writeJson("pack.json", manifest);
        if (key) sign(*key);
    }
    void sign(const TestKey& key) const {
        const std::string why = signPack(dir(), key.secret());
        if (!why.empty()) throw std::runtime_error(why);
    }
};

// --- ustar archives -------------------------------------------------------

struct TarItem {
    std::string name;
    std::string data;
    char type = '0';
    std::string link;
    std::string prefix;
};

inline std::string tarHeader(const TarItem& item, const char* magic =
                                                      "ustar\0"
                                                      "00") {
    std::string h(512, '\0');
    auto put = [&h](size_t at, const std::string& value, size_t width) {
        h.replace(at, std::min(value.size(), width), value.substr(0, width));
    };
    auto octal = [&put](size_t at, uint64_t value, size_t width) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%0*llo", static_cast<int>(width - 1),
                      static_cast<unsigned long long>(value));
        put(at, buf, width - 1);
    };
    put(0, item.name, 100);
    octal(100, item.type == '5' ? 0755 : 0644, 8);
    octal(108, 0, 8);
    octal(116, 0, 8);
    octal(124, item.data.size(), 12);
    octal(136, 1700000000, 12);
    h[156] = item.type;
    put(157, item.link, 100);
    h.replace(257, 8, std::string(magic, 8));
    put(345, item.prefix, 155);
    h.replace(148, 8, "        ");
    unsigned sum = 0;
    for (unsigned char c : h) sum += c;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06o", sum);
    h.replace(148, 7, std::string(buf, 6) + '\0');
    return h;
}

inline std::string tarBytes(const std::vector<TarItem>& items, bool endMarker = true) {
    std::string out;
    for (const auto& item : items) {
        out += tarHeader(item);
        out += item.data;
        out.append((512 - item.data.size() % 512) % 512, '\0');
    }
    if (endMarker) out.append(1024, '\0');
    return out;
}

// Every file of a pack folder as archive items, under `top` ("" for the root).
inline std::vector<TarItem> packItems(const std::string& packDir, const std::string& top = "") {
    std::vector<TarItem> items;
    for (const auto& entry : fs::recursive_directory_iterator(packDir)) {
        const std::string rel = fs::relative(entry.path(), packDir).generic_string();
        if (entry.is_directory())
            items.push_back({top + rel + "/", "", '5', "", ""});
        else
            items.push_back({top + rel, readText(entry.path().string()), '0', "", ""});
    }
    return items;
}

}  // namespace kiosk::test
