// The staff side of content packs in kiosk-pack: keys, signatures, and the
// same installer the kiosk runs for a USB stick.
#include "install_commands.hpp"
#include "state_owner.hpp"

#include <cstdio>
#include <ctime>
#include <memory>

#include "content/pack_loader.hpp"
#include "install/pack_installer.hpp"
#include "install/pack_signature.hpp"
#include "install/pack_state.hpp"
#include "install/pack_verification.hpp"
#include "staff/pin_gate.hpp"
#include "text/printable.hpp"

namespace kiosk {

namespace {

struct InstallArgs {
    std::string out, dir, source, key, state;
    std::vector<std::string> trusted;
    bool allowUnsigned = false;
    bool allowDowngrade = false;
    int keep = 3;
};

[[noreturn]] void finish(int code) {
    throw CLI::RuntimeError(code);
}

// What an install or rollback writes must stay writable by the kiosk.
void asStateOwner(const std::string& state) {
    const std::string problem = actAsStateOwner(state);
    if (problem.empty()) return;
    std::fprintf(stderr, "%s\n", problem.c_str());
    finish(1);
}

// The trusted keys, or exit 2 naming the file that is not a key (a usage
// error, like a bad option, rather than a pack that fails). None is an error
// unless the pack may be unsigned.
std::vector<PublicKey> trustedKeys(const InstallArgs& args, bool required) {
    std::vector<PublicKey> keys;
    const std::string why = readPublicKeyFiles(args.trusted, keys);
    if (!why.empty()) {
        std::fprintf(stderr, "%s\n", why.c_str());
        finish(2);
    }
    if (keys.empty() && required && !args.allowUnsigned) {
        std::fprintf(stderr, "give the trusted public keys with --trusted PUBLIC...\n");
        finish(1);
    }
    return keys;
}

StateEnvironment environment() {
    StateEnvironment env;
    env.now = static_cast<int64_t>(std::time(nullptr));
    return env;
}

// What the kiosk checks before it shows a pack; files are already verified.
std::string loadCheck(const std::string& packDir) {
    PackLoadOptions options;
    options.verifyFiles = false;
    const PackLoadResult result = loadPack(packDir, options);
    if (result.pack) return {};
    const auto errors = result.problems.errors();
    return errors.empty() ? "it does not load" : errors.front().format();
}

void keygen(const InstallArgs& args) {
    PublicKey key;
    const std::string why = generateKeyPair(args.out, &key);
    if (!why.empty()) {
        std::fprintf(stderr, "%s\n", why.c_str());
        finish(1);
    }
    const KeyPairFiles files = keyPairFiles(args.out);
    std::printf("%s\n%s\n", files.secretPath.c_str(), files.publicPath.c_str());
    std::fprintf(stderr, "key %s: keep %s secret (mode 0600); give %s to the kiosks\n",
                 key.keyId().c_str(), files.secretPath.c_str(), files.publicPath.c_str());
    finish(0);
}

void sign(const InstallArgs& args) {
    // A --key that is not a key is told apart (exit 2) from a pack that
    // cannot be signed (exit 1).
    SecretKey key;
    const std::string keyProblem = readSecretKeyFile(args.key, key);
    if (!keyProblem.empty()) {
        std::fprintf(stderr, "%s\n", keyProblem.c_str());
        finish(2);
    }
    const std::string why = signPack(args.dir, args.key);
    if (!why.empty()) {
        std::printf("%s\n", why.c_str());
        finish(1);
    }
    std::fprintf(stderr, "%s: signed (%s written)\n", args.dir.c_str(), kSignatureFile);
    finish(0);
}

void verify(const InstallArgs& args) {
    VerifyOptions options;
    options.allowUnsigned = args.allowUnsigned;
    const PackVerification result = verifyPack(args.dir, trustedKeys(args, true), options);
    if (!result.ok()) {
        std::printf("%s\n", printable(result.message()).c_str());
        finish(1);
    }
    std::fprintf(stderr, "%s: %s, %zu files match\n", args.dir.c_str(),
                 result.status == VerifyStatus::Verified
                     ? ("signed by trusted key " + result.keyId).c_str()
                     : "NOT signed by a trusted key (allowed)",
                 result.manifest.files.size());
    finish(0);
}

void install(const InstallArgs& args) {
    InstallOptions options;
    options.allowDowngrade = args.allowDowngrade;
    options.allowUnsigned = args.allowUnsigned;
    options.keepPrevious = args.keep;
    options.loadCheck = loadCheck;
    const InstallResult result =
        installPack(args.source, args.state, trustedKeys(args, true), options, environment());
    std::printf("%s\n", printable(result.reason).c_str());
    for (const auto& name : result.pruned)
        std::fprintf(stderr, "removed old pack packs/%s\n", printable(name).c_str());
    if (result.ok()) std::fprintf(stderr, "in use: %s\n", printable(result.packDir).c_str());
    finish(result.ok() ? 0 : 1);
}

void current(const InstallArgs& args) {
    VerifyOptions options;
    options.allowUnsigned = args.allowUnsigned;
    const CurrentPack result = currentPack(args.state, trustedKeys(args, true), options);
    if (result.pack) std::printf("%s\n", printable(result.pack->dir).c_str());
    std::fprintf(stderr, "%s\n", printable(result.message).c_str());
    finish(result.ok() ? 0 : 1);
}

void rollbackCommand(const InstallArgs& args) {
    const StateChange result = rollback(args.state, trustedKeys(args, false), environment());
    std::printf("%s\n", printable(result.message).c_str());
    finish(result.ok ? 0 : 1);
}

// Reads the PIN from standard input (so it stays out of the shell history and
// the process list) and prints the hash for the configuration's staff pin_hash.
void hashPin() {
    char line[256] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        std::fprintf(stderr, "hash-pin: give the PIN on standard input\n");
        finish(1);
    }
    std::string pin = line;
    while (!pin.empty() && (pin.back() == '\n' || pin.back() == '\r')) pin.pop_back();
    if (pin.size() < 4 || pin.find_first_not_of("0123456789") != std::string::npos) {
        std::fprintf(
            stderr,
            "hash-pin: the PIN must be at least 4 digits (the panel's pad has only digits)\n");
        finish(1);
    }
    const std::string hash = hashStaffPin(pin);
    if (hash.empty()) {
        std::fprintf(stderr, "hash-pin: libsodium could not hash the PIN\n");
        finish(1);
    }
    std::printf("%s\n", hash.c_str());
    finish(0);
}

// The one InstallArgs every subcommand fills, kept alive by the callbacks that read it.
using SharedArgs = std::shared_ptr<InstallArgs>;

void addTrustedOption(CLI::App* cmd, InstallArgs& args, const std::string& what) {
    cmd->add_option("--trusted", args.trusted, what)->expected(1, -1);
}

void addUnsignedFlag(CLI::App* cmd, InstallArgs& args) {
    cmd->add_flag("--allow-unsigned", args.allowUnsigned,
                  "Development only: accept a pack without a trusted signature");
}

void addKeygenCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd =
        app.add_subcommand("keygen", "Make a signing key pair: OUT.secret (0600) and OUT.public");
    cmd->add_option("OUT", args->out, "Path and name of the key files, without extension")
        ->required();
    cmd->callback([args] { keygen(*args); });
}

void addSignCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd =
        app.add_subcommand("sign", "Sign a built pack: writes DIR/pack.sig over DIR/pack.json");
    cmd->add_option("DIR", args->dir, "Pack folder")->required();
    cmd->add_option("--key", args->key, "Secret key file (from keygen)")->required();
    cmd->callback([args] { sign(*args); });
}

void addVerifyCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd = app.add_subcommand(
        "verify", "Check the signature and every file; exit 0 only when all is right");
    cmd->add_option("DIR", args->dir, "Pack folder or archive (.kpack, .tar)")->required();
    addTrustedOption(cmd, *args, "Public key files the pack may be signed by");
    addUnsignedFlag(cmd, *args);
    cmd->callback([args] { verify(*args); });
}

void addInstallCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd =
        app.add_subcommand("install", "Verify, copy and switch to a pack in a kiosk state folder");
    cmd->add_option("SRC", args->source, "Pack folder or archive (.kpack, .tar)")->required();
    cmd->add_option("--state", args->state, "The kiosk's state folder")->required();
    addTrustedOption(cmd, *args, "Public key files the pack may be signed by");
    cmd->add_flag("--allow-downgrade", args->allowDowngrade,
                  "Install even if not newer than the pack in use");
    cmd->add_option("--keep", args->keep, "Earlier packs to keep for rollback (default 3)")
        ->check(CLI::Range(0, 1000));
    addUnsignedFlag(cmd, *args);
    cmd->callback([args] {
        asStateOwner(args->state);
        install(*args);
    });
}

void addCurrentCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd = app.add_subcommand(
        "current", "Print the folder of the pack in use; exit 0 only when it verifies");
    cmd->add_option("--state", args->state, "The kiosk's state folder")->required();
    addTrustedOption(cmd, *args, "Public key files the pack may be signed by");
    addUnsignedFlag(cmd, *args);
    cmd->callback([args] { current(*args); });
}

void addRollbackCommand(CLI::App& app, const SharedArgs& args) {
    auto* cmd =
        app.add_subcommand("rollback", "Switch to the installed pack before the one in use");
    cmd->add_option("--state", args->state, "The kiosk's state folder")->required();
    addTrustedOption(cmd, *args, "Public key files to check the earlier pack against (optional)");
    cmd->callback([args] {
        asStateOwner(args->state);
        rollbackCommand(*args);
    });
}

void addHashPinCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("hash-pin",
                           "Read a staff PIN (digits) on standard input and print its hash for "
                           "the configuration's staff pin_hash");
    cmd->callback([] { hashPin(); });
}

}  // namespace

void addInstallCommands(CLI::App& app) {
    // The callbacks run after parsing, when addInstallCommands has long returned.
    auto args = std::make_shared<InstallArgs>();
    addKeygenCommand(app, args);
    addSignCommand(app, args);
    addVerifyCommand(app, args);
    addInstallCommand(app, args);
    addCurrentCommand(app, args);
    addRollbackCommand(app, args);
    addHashPinCommand(app);
}

}  // namespace kiosk
