#include "runtime/kiosk_status.hpp"

#include <unistd.h>

#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>

namespace kiosk {

namespace {

std::string utcTime(int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

nlohmann::ordered_json installJson(const std::optional<HistoryEntry>& entry) {
    if (!entry) return nullptr;
    return {{"time", utcTime(entry->time)},
            {"outcome", entry->outcome},
            {"pack", entry->pack},
            {"message", entry->message}};
}

}  // namespace

std::string statusText(const KioskStatus& s) {
    nlohmann::ordered_json inbox = nlohmann::ordered_json::array();
    for (const auto& n : s.inbox)
        inbox.push_back({{"name", n.name}, {"state", n.state}, {"detail", n.detail}});
    const nlohmann::ordered_json document = {
        {"schema", 1},
        {"kiosk", s.kiosk},
        {"written", utcTime(s.writtenAt)},
        {"uptime_seconds", static_cast<int64_t>(std::floor(s.uptimeSeconds))},
        {"pack", {{"id", s.packId}, {"version", s.packVersion}, {"folder", s.packFolder}}},
        {"last_install", installJson(s.lastInstall)},
        {"last_problem", s.lastProblem},
        {"visitors_today", s.visitorsToday},
        {"inbox", inbox},
    };
    // A name from a stick or a log line may hold any bytes: the file stays valid JSON.
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string statusFileName(const std::string& kiosk) {
    std::string name;
    for (const char c : kiosk) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        name += plain ? c : '_';
    }
    if (name.empty() || name[0] == '.') name = "kiosk" + name;
    return name + ".status.json";
}

std::string writeStatusFile(const std::string& outbox, const KioskStatus& status,
                            const DurableSteps& steps) {
    const std::string name = statusFileName(status.kiosk);
    const std::string path = outbox + "/" + name;
    // Hidden and named *.tmp: sync tools and the kiosk's own inbox rules
    // take it for what it is, a file still being written.
    const std::string temp = outbox + "/." + name + ".tmp";
    ::unlink(temp.c_str());
    const std::string text = statusText(status);
    NewFile file(temp, 0644);
    file.write(reinterpret_cast<const unsigned char*>(text.data()), text.size());
    std::string why = file.finish(steps);
    if (why.empty()) why = renamePath(temp, path, steps);
    if (!why.empty()) ::unlink(temp.c_str());
    return why;
}

std::optional<HistoryEntry> lastInstallIn(const std::string& stateDir) {
    if (stateDir.empty()) return std::nullopt;
    const auto entries = readHistory(StateFolder(stateDir), 200);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        if (it->action == "install") return *it;
    return std::nullopt;
}

int DailyVisitors::today(int sessionsSinceStart, const std::string& localDate) {
    if (localDate != date_) {
        // The kiosk's first look counts its whole run as today's; a new day
        // starts from the sessions counted so far.
        base_ = date_.empty() ? 0 : sessionsSinceStart;
        date_ = localDate;
    }
    return sessionsSinceStart - base_;
}

}  // namespace kiosk
