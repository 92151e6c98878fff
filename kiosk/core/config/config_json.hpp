#pragma once
#include <nlohmann/json.hpp>

#include "config/kiosk_config.hpp"

namespace kiosk {

// The configuration as the file would write it, every field included
// (`kiosk --print-config`); reading it back gives the same configuration.
nlohmann::json configToJson(const KioskConfig& config);

}  // namespace kiosk
