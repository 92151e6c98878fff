#pragma once
#include <CLI/CLI.hpp>

namespace kiosk {

// kiosk-pack's signing and installing commands: keygen, sign, verify, install,
// current and rollback. Each runs from its subcommand's callback and ends the
// program through CLI::RuntimeError carrying its exit code (0 included), so
// kiosk-pack's main needs only this one call.
void addInstallCommands(CLI::App& app);

}  // namespace kiosk
