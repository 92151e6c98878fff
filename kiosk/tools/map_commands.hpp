#pragma once
#include <CLI/CLI.hpp>

#include <string>

namespace kiosk {

// kiosk-pack's map subcommands: `where LAT LON [--pack DIR]` prints the
// municipality at a place, so that authors can tag events' places.
class MapCommands {
  public:
    explicit MapCommands(CLI::App& app);
    MapCommands(const MapCommands&) = delete;
    MapCommands& operator=(const MapCommands&) = delete;

    bool parsed() const;
    // The exit status: 0 found, 1 nothing there or no usable pack.
    int run() const;

  private:
    CLI::App* where_ = nullptr;
    double lat_ = 0, lon_ = 0;
    std::string packDir_;  // empty: the built-in pack
};

}  // namespace kiosk
