#pragma once
#include <nlohmann/json.hpp>

#include "config/kiosk_config.hpp"
#include "config/settings_table.hpp"

namespace kiosk {

// The configuration as the file would write it, every setting of the table
// included (`kiosk --print-config`); reading it back gives the same configuration.
nlohmann::json configToJson(const KioskConfig& config);

// One setting's value in `config`, as the file writes it: a Choice as its
// word, a Schedule absent as null.
nlohmann::json settingToJson(const Setting& setting, const KioskConfig& config);

}  // namespace kiosk
