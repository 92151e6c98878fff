#pragma once
#include <CLI/CLI.hpp>

#include <string>

#include "content/pack_loader.hpp"

namespace kiosk {

// kiosk-pack's events sheet subcommands, for an office that keeps its events
// in Excel:
//   export-events PACK FILE.csv [--encoding utf-8|utf-8-no-bom|cp932] [--languages ja,en]
//   import-events FILE.csv SOURCE
// The import reads UTF-8 (with or without a BOM) or Shift_JIS (CP932), says
// which, rewrites the source's events files, and checks the source as
// `validate --source` does, putting the files back when it fails.
class EventsCommands {
  public:
    explicit EventsCommands(CLI::App& app);
    EventsCommands(const EventsCommands&) = delete;
    EventsCommands& operator=(const EventsCommands&) = delete;

    bool parsed() const;
    // The exit status: 0 done, 1 refused (every problem printed, one a line).
    // `checks` carries the fonts the source's texts are checked against.
    int run(const PackLoadOptions& checks) const;

  private:
    int exportEvents() const;
    int importEvents(const PackLoadOptions& checks) const;

    CLI::App* export_ = nullptr;
    CLI::App* import_ = nullptr;
    std::string packDir_, sheetFile_, encoding_ = "utf-8";
    std::vector<std::string> languages_;  // export: the text columns' languages; empty: all
};

}  // namespace kiosk
