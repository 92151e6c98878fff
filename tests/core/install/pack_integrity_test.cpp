// The self-test's pack check: every listed file, each failure named.
#include "install/pack_integrity.hpp"

#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The files pack.json lists, as the kiosk loaded them.
std::vector<PackFile> listedFiles(const TempPack& pack) {
    std::vector<PackFile> files;
    const nlohmann::json manifest = pack.readJson("pack.json");
    for (const auto& f : manifest.at("files"))
        files.push_back({f.at("path").get<std::string>(), f.at("size").get<uint64_t>(),
                         f.at("sha256").get<std::string>()});
    return files;
}

}  // namespace

TEST_CASE("An intact signed pack: every file checked, the signature good, progress to the end") {
    TestKey key;
    SignedPack pack(&key, 2);
    const auto files = listedFiles(pack);
    REQUIRE(files.size() > 10);
    uint64_t lastDone = 0, lastTotal = 0;
    int calls = 0;
    const PackIntegrity result =
        checkPackIntegrity(pack.dir(), files, key.trusted(), [&](uint64_t done, uint64_t total) {
            CHECK(done >= lastDone);
            lastDone = done, lastTotal = total;
            ++calls;
        });
    CHECK(result.intact());
    CHECK(result.signature == SignatureStatus::Good);
    CHECK(result.keyId == key.publicKey().keyId());
    CHECK(result.filesListed == files.size());
    CHECK(result.filesChecked == files.size());
    CHECK(calls == int(files.size()));
    CHECK(lastDone == lastTotal);
    CHECK(lastTotal > 0);
}

TEST_CASE("Every damaged file is named, not only the first") {
    TestKey key;
    SignedPack pack(&key, 2);
    const auto files = listedFiles(pack);
    std::string text = readText(pack.path("events/2016.json"));
    text[text.size() / 2] = text[text.size() / 2] == 'a' ? 'b' : 'a';
    writeText(pack.path("events/2016.json"), text);
    pack.remove("stats.json");
    writeText(pack.path("theme.json"), readText(pack.path("theme.json")) + " ");
    const PackIntegrity result = checkPackIntegrity(pack.dir(), files, key.trusted());
    CHECK_FALSE(result.intact());
    CHECK(result.filesChecked == files.size());
    REQUIRE(result.damaged.size() == 3);
    std::vector<std::string> lines;
    for (const auto& p : result.damaged) lines.push_back(p.format());
    CHECK_THAT(lines[0], Catch::StartsWith("events/2016.json: (file): SHA-256 is ") &&
                             Catch::EndsWith("(the file was changed or damaged)"));
    CHECK_THAT(lines[1], Catch::StartsWith("stats.json: (file): file is missing"));
    CHECK_THAT(lines[2], Catch::StartsWith("theme.json: (file): file is ") &&
                             Catch::Contains("manifest says"));
    // The signature covers pack.json only, which is unchanged.
    CHECK(result.signature == SignatureStatus::Good);
}

TEST_CASE("An unsigned pack folder is said to be unsigned and its files are still checked") {
    TempPack pack;
    const auto files = listedFiles(pack);
    const PackIntegrity result = checkPackIntegrity(pack.dir(), files, {});
    CHECK(result.signature == SignatureStatus::Missing);
    CHECK(result.intact());
    CHECK(result.filesChecked == files.size());
}

TEST_CASE("A pack.json changed after signing breaks the signature, a folder gone is unreadable") {
    TestKey key;
    SignedPack pack(&key, 2);
    const auto files = listedFiles(pack);
    writeText(pack.path("pack.json"), readText(pack.path("pack.json")) + "\n");
    CHECK(checkPackIntegrity(pack.dir(), files, key.trusted()).signature == SignatureStatus::Bad);

    const PackIntegrity gone = checkPackIntegrity(pack.dir() + "/nothing-here", files, {});
    CHECK_FALSE(gone.intact());
    CHECK(gone.filesChecked == 0);
    CHECK_THAT(gone.unreadable, Catch::Contains("nothing-here"));
}
