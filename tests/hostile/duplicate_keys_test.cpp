// Class 8: duplicate keys. A JSON object naming a key twice was accepted with
// the last one winning, so a second "version" far down pack.json could pass a
// review that read the first. In any pack, configuration, manifest or
// signature file it is now an error naming the key and its JSON pointer.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "config/config_reader.hpp"
#include "content/pack_loader.hpp"
#include "install/pack_signature.hpp"
#include "install/pack_verification.hpp"
#include "support/temp_dir.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using kiosk::test::TempDir;
using kiosk::test::TempPack;

namespace {

const std::string kTwice =
    " is given more than once in its object; expected each key once (a JSON reader would "
    "silently keep only the last)";

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The default pack with a second "version" before its own: a reader keeping
// the last sees the pack unchanged.
void addSecondVersion(TempPack& pack) {
    std::string manifest = fileText(pack.path("pack.json"));
    REQUIRE(manifest.compare(0, 2, "{\n") == 0);
    manifest.insert(2, "  \"version\": 99,\n");
    pack.writeText("pack.json", manifest, false);
}

std::vector<std::string> errorLines(const ProblemList& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems.errors()) out.push_back(p.format());
    return out;
}

std::vector<std::string> configProblems(const std::string& text) {
    TempDir dir;
    std::ofstream(dir.path("kiosk.json")) << text;
    std::vector<std::string> out;
    const ConfigLoad load = loadKioskConfig(dir.path("kiosk.json"), true);
    for (const auto& p : load.problems.all()) out.push_back(p.pointer + ": " + p.message);
    return out;
}

}  // namespace

TEST_CASE("duplicate keys: two versions in pack.json are refused, naming /version") {
    TempPack pack;
    addSecondVersion(pack);
    const PackLoadResult loaded = loadPack(pack.dir());
    CHECK_FALSE(loaded.pack);
    CHECK(errorLines(loaded.problems) ==
          std::vector<std::string>{"pack.json: /version: key \"version\"" + kTwice});

    // Installing reads the same file as a manifest; it is refused there too.
    VerifyOptions unsignedOk;
    unsignedOk.allowUnsigned = true;
    const PackVerification verified = verifyPack(pack.dir(), {}, unsignedOk);
    CHECK(verified.status == VerifyStatus::BadManifest);
    CHECK(verified.message() == "pack.json: /version: key \"version\"" + kTwice);
}

TEST_CASE("duplicate keys: the pointer finds a key given twice deep in a configuration") {
    CHECK(configProblems(R"({"schedule": {"overrides": [
              {"date": "2026-12-31", "hours": []},
              {"date": "2026-12-30", "hours": [], "date": "2026-12-24"}]}})") ==
          std::vector<std::string>{"/schedule/overrides/1/date: key \"date\"" + kTwice});
    // Comments are keys too; the pointer escapes '/' as RFC 6901 asks.
    CHECK(configProblems(R"({"//a/b": "first", "//a/b": "second"})") ==
          std::vector<std::string>{"/~1~1a~1b: key \"//a/b\"" + kTwice});
    // The same key in two objects is no repeat.
    CHECK(configProblems(R"({"sound": {"volume": 5}, "log": {"level": "info"},
                             "proof_of_play": {"max_bytes": 65536}, "//": [{"x": 1}, {"x": 2}]})")
              .empty());
}

TEST_CASE("duplicate keys: a signature naming its key twice is refused") {
    TempDir dir;
    PublicKey trusted;
    REQUIRE(generateKeyPair(dir.path("staff"), &trusted) == "");
    SecretKey key;
    REQUIRE(readSecretKeyFile(dir.path("staff.secret"), key) == "");
    const std::string manifest = "{\"version\": 1}";
    std::string signature = signatureFileText(manifest, key);
    REQUIRE(checkSignature(manifest, true, signature, {trusted}).status == SignatureStatus::Good);

    REQUIRE(signature.compare(0, 2, "{\n") == 0);
    signature.insert(2, "  \"key_id\": \"0000000000000000\",\n");
    const SignatureCheck check = checkSignature(manifest, true, signature, {trusted});
    CHECK(check.status == SignatureStatus::Malformed);
    CHECK(check.problem.format() == "pack.sig: /key_id: key \"key_id\"" + kTwice);
}
