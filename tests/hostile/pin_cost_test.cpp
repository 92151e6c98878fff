// Class 4: a staff PIN hash whose Argon2 costs freeze the kiosk. Every PIN
// typed on the panel is checked at the costs the hash names, so a hash asking
// for gigabytes of memory or thousands of passes would hang the kiosk at the
// first PIN. Such a hash is refused when the configuration is read, naming
// /staff/pin_hash; the costs kiosk-pack hash-pin writes, and up to twice their
// work, pass. No PIN is checked here: only the hash's text is read.
#include <sodium.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "config/config_reader.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

// A real libsodium hash at the least costs, with its costs text replaced: the
// shape stays one libsodium reads, only the work it asks for changes.
std::string hashWithCosts(const std::string& costs) {
    REQUIRE(sodium_init() >= 0);
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, "2468", 4, crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN) == 0);
    std::string hash = out;
    const size_t from = hash.find("m=");
    hash.replace(from, hash.find('$', from) - from, costs);
    return hash;
}

// The problems of a configuration file holding only this PIN hash, read as
// the kiosk reads its --config file.
std::vector<std::string> problemsWithHash(const std::string& hash) {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("kiosk.json");
    std::ofstream(path) << nlohmann::json{{"staff", {{"pin_hash", hash}}}}.dump();
    const ConfigLoad load = loadKioskConfig(path, true);
    std::vector<std::string> out;
    for (const auto& p : load.problems.all()) out.push_back(p.pointer + ": " + p.message);
    return out;
}

const std::string kRange =
    "; expected memory m from 8 to 65536 (KiB), passes t from 1 to 4 and p=1, so that checking "
    "a PIN takes well under a second (kiosk-pack hash-pin makes one)";

}  // namespace

TEST_CASE("pin cost: a hash asking for gigabytes or thousands of passes is refused at load") {
    CHECK(problemsWithHash(hashWithCosts("m=4194304,t=2,p=1")) ==
          std::vector<std::string>{"/staff/pin_hash: has costs \"m=4194304,t=2,p=1\"" + kRange});
    CHECK(problemsWithHash(hashWithCosts("m=65536,t=10000,p=1")) ==
          std::vector<std::string>{"/staff/pin_hash: has costs \"m=65536,t=10000,p=1\"" + kRange});
    CHECK(problemsWithHash(hashWithCosts("m=4294967295,t=4294967295,p=1")).size() == 1);
}

TEST_CASE("pin cost: the range's edges are exact and lanes are one") {
    CHECK(problemsWithHash(hashWithCosts("m=65536,t=2,p=1")).empty());  // what hash-pin writes
    CHECK(problemsWithHash(hashWithCosts("m=65536,t=4,p=1")).empty());  // the top of the range
    CHECK(problemsWithHash(hashWithCosts("m=8,t=1,p=1")).empty());      // the bottom
    CHECK(problemsWithHash(hashWithCosts("m=65537,t=1,p=1")) ==
          std::vector<std::string>{"/staff/pin_hash: has costs \"m=65537,t=1,p=1\"" + kRange});
    CHECK(problemsWithHash(hashWithCosts("m=65536,t=5,p=1")) ==
          std::vector<std::string>{"/staff/pin_hash: has costs \"m=65536,t=5,p=1\"" + kRange});
    CHECK(problemsWithHash(hashWithCosts("m=65536,t=1,p=8")) ==
          std::vector<std::string>{"/staff/pin_hash: has costs \"m=65536,t=1,p=8\"" + kRange});
    // A number with more digits than any cost is no cost either, not an overflow.
    CHECK(problemsWithHash(hashWithCosts("m=99999999999999999999,t=1,p=1")).size() == 1);
}
