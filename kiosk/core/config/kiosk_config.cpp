#include "config/kiosk_config.hpp"

namespace kiosk {

const char* modeName(KioskMode mode) {
    return mode == KioskMode::Loop ? "loop" : "interactive";
}

const char* logLevelName(LogLevel level) {
    switch (level) {
        case LogLevel::Trace:
            return "trace";
        case LogLevel::Debug:
            return "debug";
        case LogLevel::Info:
            return "info";
        case LogLevel::Warn:
            return "warn";
        case LogLevel::Error:
            return "error";
        case LogLevel::Critical:
            return "critical";
        case LogLevel::Off:
            return "off";
    }
    return "info";
}

}  // namespace kiosk
