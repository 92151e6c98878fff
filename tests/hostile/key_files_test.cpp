// Class 5: key files that are not keys. A key file is read with a size cap and
// an exact format: one line "kiosk-ed25519-public <hex>" (or -secret) and
// nothing else. What else a file holds was once ignored unseen after the
// first line, and a device such as /dev/zero was read until memory ran out;
// devices, pipes and folders (tests/hostile/program_inputs_test.sh) are
// refused before a byte is read.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "install/signing_keys.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using kiosk::test::TempDir;

namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("key files: a key followed by more than white space is refused") {
    TempDir dir;
    REQUIRE(generateKeyPair(dir.path("staff")) == "");
    const std::string publicLine = fileText(dir.path("staff.public"));
    PublicKey key;
    // White space around the line is what editors and pastes add: it passes.
    writeFile(dir.path("spaced.public"), "\n  " + publicLine + "\r\n\n");
    CHECK(readPublicKeyFile(dir.path("spaced.public"), key) == "");

    writeFile(dir.path("two.public"), publicLine + "kiosk-ed25519-public 00\n");
    CHECK(readPublicKeyFile(dir.path("two.public"), key) ==
          dir.path("two.public") +
              ": holds more than one line; expected one line \"kiosk-ed25519-public <hex>\"");
    writeFile(dir.path("binary.public"), publicLine + std::string("\x1b[2J\0\x7f", 6));
    CHECK(readPublicKeyFile(dir.path("binary.public"), key) ==
          dir.path("binary.public") +
              ": holds bytes that are not text; expected one line \"kiosk-ed25519-public <hex>\"");

    // A secret key is read as strictly (0600, as keygen writes it).
    const std::string secretLine = fileText(dir.path("staff.secret"));
    const std::string junkSecret = dir.path("junk.secret");
    writeFile(junkSecret, secretLine + "# a note\n");
    REQUIRE(::chmod(junkSecret.c_str(), 0600) == 0);
    SecretKey secret;
    CHECK(readSecretKeyFile(junkSecret, secret) ==
          junkSecret +
              ": holds more than one line; expected one line \"kiosk-ed25519-secret <hex>\"");
}

TEST_CASE("key files: a file larger than any key is refused unread") {
    TempDir dir;
    PublicKey written;
    REQUIRE(generateKeyPair(dir.path("staff"), &written) == "");
    const std::string large = dir.path("large.public");
    writeFile(large, written.line() + "\n" + std::string(1 << 20, '\n'));
    PublicKey key;
    CHECK(readPublicKeyFile(large, key) ==
          large + ": is " + std::to_string(written.line().size() + 1 + (1 << 20)) +
              " bytes; expected at most 4096");
    // Only one space between the tag and the key.
    writeFile(dir.path("wide.public"),
              "kiosk-ed25519-public  " + written.line().substr(written.line().find(' ') + 1));
    CHECK(readPublicKeyFile(dir.path("wide.public"), key) ==
          dir.path("wide.public") + ": key is not 64 hex digits");
}
