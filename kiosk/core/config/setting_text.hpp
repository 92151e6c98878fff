#pragma once
#include <string>

#include "config/settings_table.hpp"

// A setting in words, for `kiosk --help`: its default and what it accepts,
// both taken from the table and KioskConfig's defaults, never written out again.

namespace kiosk {

// The default as a person would type it: "3", "60", "false", "interactive",
// "/media /run/media /mnt"; "none" for an empty text or list.
std::string defaultText(const Setting& setting);

// What the setting accepts: "0 to 50", "0, 90, 180 or 270", "interactive or
// loop"; empty when any value of its type will do.
std::string allowedText(const Setting& setting);

// The setting's doc, then its default and what it accepts: the comment on
// its key in platform/kiosk.example.json (a test holds them equal).
std::string describe(const Setting& setting);

// The flag's --help line: describe(), and for a flag that selects a choice, which.
std::string flagHelp(const Setting& setting);

}  // namespace kiosk
