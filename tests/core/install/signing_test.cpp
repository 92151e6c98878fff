// Keys and signatures: what `kiosk-pack keygen`, `sign` and `verify` rest on.
// Each test breaks one thing in a signed copy of the default pack and pins the
// first problem verification names.
#include <sys/stat.h>

#include "install/pack_verification.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

unsigned modeOf(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("keygen writes a 0600 secret key and a public key, and never overwrites one") {
    TempDir dir;
    PublicKey key;
    REQUIRE(generateKeyPair(dir.path("staff"), &key) == "");
    CHECK(modeOf(dir.path("staff.secret")) == 0600);
    CHECK(readText(dir.path("staff.public")) == key.line() + "\n");
    CHECK(readText(dir.path("staff.secret")).rfind("kiosk-ed25519-secret ", 0) == 0);

    PublicKey read;
    CHECK(readPublicKeyFile(dir.path("staff.public"), read) == "");
    CHECK(read.keyId() == key.keyId());
    CHECK(key.keyId().size() == 16);
    SecretKey secret;
    CHECK(readSecretKeyFile(dir.path("staff.secret"), secret) == "");
    CHECK(secret.publicKey().keyId() == key.keyId());

    const std::string before = readText(dir.path("staff.secret"));
    CHECK(generateKeyPair(dir.path("staff")) ==
          dir.path("staff.secret") + ": already exists; refusing to overwrite a key");
    CHECK(readText(dir.path("staff.secret")) == before);
}

TEST_CASE("A secret key that others may read is refused") {
    TestKey key;
    ::chmod(key.secret().c_str(), 0644);
    SecretKey secret;
    CHECK(readSecretKeyFile(key.secret(), secret) ==
          key.secret() +
              ": others may read this secret key (mode 0644); expected 0600 (chmod 600 " +
              key.secret() + ")");
}

TEST_CASE("Key files that are not keys are refused with the reason") {
    TempDir dir;
    PublicKey key;
    writeText(dir.path("a.public"), "ssh-ed25519 AAAA\n");
    CHECK(readPublicKeyFile(dir.path("a.public"), key) ==
          dir.path("a.public") +
              ": starts with \"ssh-ed25519\"; expected \"kiosk-ed25519-public <hex>\"");
    writeText(dir.path("b.public"), "kiosk-ed25519-public 12ab\n");
    CHECK(readPublicKeyFile(dir.path("b.public"), key) ==
          dir.path("b.public") + ": key is not 64 hex digits");
    CHECK(
        readPublicKeyFile(dir.path("none"), key).rfind(dir.path("none") + ": cannot be read", 0) ==
        0);
}

TEST_CASE("A signed pack verifies with its key") {
    TestKey key;
    SignedPack pack(&key, 2);
    const auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.message() == "");
    CHECK(result.status == VerifyStatus::Verified);
    CHECK(result.keyId == key.publicKey().keyId());
    CHECK(result.manifest.version == 2);
    const auto sig = pack.readJson("pack.sig");
    CHECK(sig["algorithm"] == "ed25519");
    CHECK(sig["key_id"] == key.publicKey().keyId());
    CHECK(sig["signature"].get<std::string>().size() == 128);
}

TEST_CASE("A changed content file is named, with its hash and the manifest's") {
    TestKey key;
    SignedPack pack(&key, 2);
    std::string text = readText(pack.path("events/2016.json"));
    text[text.size() / 2] = text[text.size() / 2] == 'a' ? 'b' : 'a';
    writeText(pack.path("events/2016.json"), text);
    const auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.status == VerifyStatus::Damaged);
    CHECK(result.problem.file == "events/2016.json");
    CHECK_THAT(result.message(), Catch::StartsWith("events/2016.json: (file): SHA-256 is ") &&
                                     Catch::Contains("; the manifest says ") &&
                                     Catch::EndsWith("(the file was changed or damaged)"));
}

TEST_CASE("A missing or resized file is named") {
    TestKey key;
    SignedPack pack(&key, 2);
    pack.remove("stats.json");
    auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.status == VerifyStatus::Damaged);
    CHECK_THAT(
        result.message(),
        Catch::StartsWith("stats.json: (file): file is missing; the manifest lists it at /files/"));

    SignedPack other(&key, 2);
    writeText(other.path("theme.json"), readText(other.path("theme.json")) + " ");
    result = verifyPack(other.dir(), key.trusted());
    CHECK_THAT(result.message(), Catch::StartsWith("theme.json: (file): file is ") &&
                                     Catch::Contains("; the manifest says "));
}

TEST_CASE("A content file replaced by a symbolic link is refused even when the bytes match") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir elsewhere;
    fs::copy_file(pack.path("theme.json"), elsewhere.path("theme.json"));
    pack.remove("theme.json");
    fs::create_symlink(elsewhere.path("theme.json"), pack.path("theme.json"));
    const auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.message() ==
          "theme.json: (file): is a symbolic link; a pack holds plain files only");
}

TEST_CASE("A changed pack.json breaks the signature, even with every hash updated") {
    TestKey key;
    SignedPack pack(&key, 2);
    auto manifest = pack.readJson("pack.json");
    manifest["version"] = 3;
    pack.writeJson("pack.json", manifest);
    const auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.status == VerifyStatus::Untrusted);
    CHECK(result.message() ==
          "pack.sig: /signature: does not verify with trusted key " + key.publicKey().keyId() +
              "; pack.json was changed after signing, or the signature is damaged");
}

TEST_CASE("A damaged signature is refused") {
    TestKey key;
    SignedPack pack(&key, 2);
    auto sig = pack.readJson("pack.sig");
    std::string hex = sig["signature"];
    hex[10] = hex[10] == '0' ? '1' : '0';
    sig["signature"] = hex;
    pack.writeJson("pack.sig", sig);
    CHECK(verifyPack(pack.dir(), key.trusted()).problem.pointer == "/signature");

    sig["signature"] = "zz";
    pack.writeJson("pack.sig", sig);
    CHECK(verifyPack(pack.dir(), key.trusted()).message() ==
          "pack.sig: /signature: is not an Ed25519 signature; expected 128 lower-case hex digits");
    sig["algorithm"] = "rsa";
    pack.writeJson("pack.sig", sig);
    CHECK(verifyPack(pack.dir(), key.trusted()).message() ==
          "pack.sig: /algorithm: is \"rsa\"; expected \"ed25519\"");
    pack.writeText("pack.sig", "not json");
    CHECK(verifyPack(pack.dir(), key.trusted()).message() ==
          "pack.sig: (file): is not a JSON object; the signature is damaged");
}

TEST_CASE("A pack signed by a key the device does not trust is refused") {
    TestKey staff, stranger;
    SignedPack pack(&stranger, 2);
    const auto result = verifyPack(pack.dir(), staff.trusted());
    CHECK(result.status == VerifyStatus::Untrusted);
    CHECK(result.message() == "pack.sig: /key_id: \"" + stranger.publicKey().keyId() +
                                  "\" is not a trusted key; the pack was signed by someone else");
    CHECK(verifyPack(pack.dir(), {}).message() ==
          "pack.sig: /key_id: \"" + stranger.publicKey().keyId() +
              "\" is not a trusted key; this device trusts no keys");
    // Trusting several keys, any one of them will do.
    CHECK(verifyPack(pack.dir(), {staff.publicKey(), stranger.publicKey()}).ok());
}

TEST_CASE("An unsigned pack is refused unless unsigned packs are allowed") {
    TestKey key;
    SignedPack pack(nullptr, 2);
    auto result = verifyPack(pack.dir(), key.trusted());
    CHECK(result.status == VerifyStatus::Unsigned);
    CHECK(
        result.message() ==
        "pack.sig: (file): file is missing; the pack is not signed (sign it with kiosk-pack sign)");

    VerifyOptions options;
    options.allowUnsigned = true;
    result = verifyPack(pack.dir(), key.trusted(), options);
    CHECK(result.status == VerifyStatus::VerifiedUnsigned);
    CHECK(result.ok());
    // Allowing unsigned packs does not allow damaged ones.
    writeText(pack.path("theme.json"), "{}");
    CHECK(verifyPack(pack.dir(), key.trusted(), options).status == VerifyStatus::Damaged);
}

TEST_CASE("Signing refuses a pack whose files do not match its manifest") {
    TestKey key;
    SignedPack pack(nullptr, 2);
    writeText(pack.path("theme.json"), "{}");
    CHECK_THAT(
        signPack(pack.dir(), key.secret()),
        Catch::StartsWith("not signed: theme.json: (file): file is 2 bytes; the manifest says "));
    CHECK_FALSE(fs::exists(pack.path("pack.sig")));
}

TEST_CASE("Signing again after a change replaces the signature") {
    TestKey key;
    SignedPack pack(&key, 2);
    auto manifest = pack.readJson("pack.json");
    manifest["version"] = 5;
    pack.writeJson("pack.json", manifest);
    CHECK_FALSE(verifyPack(pack.dir(), key.trusted()).ok());
    pack.sign(key);
    CHECK(verifyPack(pack.dir(), key.trusted()).ok());
}

TEST_CASE("Limits refuse a manifest listing more than a pack may hold") {
    TestKey key;
    SignedPack pack(&key, 2);
    VerifyOptions options;
    options.limits.maxFiles = 3;
    CHECK_THAT(verifyPack(pack.dir(), key.trusted(), options).message(),
               Catch::StartsWith("pack.json: /files: lists ") &&
                   Catch::EndsWith(" files; the limit is 3"));
    options = {};
    options.limits.maxFileBytes = 1000;
    const auto result = verifyPack(pack.dir(), key.trusted(), options);
    CHECK(result.status == VerifyStatus::TooLarge);
    CHECK_THAT(result.message(), Catch::EndsWith("bytes; the limit for one file is 1000"));
}

TEST_CASE("A linked folder or a pipe in a pack is refused") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir elsewhere;
    fs::rename(pack.path("events"), elsewhere.path("events"));
    fs::create_directory_symlink(elsewhere.path("events"), pack.path("events"));
    CHECK_THAT(
        verifyPack(pack.dir(), key.trusted()).message(),
        Catch::EndsWith(
            ": (file): folder \"events\" is a symbolic link; a pack holds plain files only"));

    SignedPack other(&key, 2);
    other.remove("theme.json");
    REQUIRE(::mkfifo(other.path("theme.json").c_str(), 0644) == 0);
    CHECK(verifyPack(other.dir(), key.trusted()).message() ==
          "theme.json: (file): is not a plain file (a device, pipe or socket); a pack holds plain "
          "files only");
}
