#include "config/config_reader.hpp"

#include <sys/stat.h>

#include "config/config_fields.hpp"
#include "config/pin_hash.hpp"
#include "content/json_reader.hpp"
#include "content/section_readers.hpp"

namespace kiosk {

using nlohmann::json;
using namespace config_fields;

namespace {

// A configuration is a few kilobytes; anything near this is not one.
JsonLimits configLimits() {
    JsonLimits limits;
    limits.maxFileBytes = 1u << 20;
    return limits;
}

// One of a few words, e.g. "interactive" or "loop"; the index into `names`.
bool readChoice(JsonReader& reader, const json& object, const std::string& pointer,
                const std::string& key, const std::vector<std::string>& names, size_t& out) {
    std::string text;
    if (!reader.readString(object, pointer, key, text, false)) return false;
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text) {
            out = i;
            return true;
        }
    }
    std::string expected;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) expected += i + 1 == names.size() ? " or " : ", ";
        expected += "\"" + names[i] + "\"";
    }
    reader.error(childPointer(pointer, key), "is " + shownString(text) + "; expected " + expected);
    return false;
}

void readPacks(JsonReader& reader, const json& object, const std::string& at,
               const std::string& baseDir, PacksConfig& out) {
    rejectUnknownKeys(
        reader, object, at,
        {"state_dir", "pack_dir", "trusted_keys", "allow_unsigned", "keep_packs", "mount_roots"});
    readPath(reader, object, at, "state_dir", baseDir, true, out.stateDir);
    readPath(reader, object, at, "pack_dir", baseDir, true, out.packDir);
    readPathList(reader, object, at, "trusted_keys", baseDir, false, out.trustedKeys);
    reader.readBool(object, at, "allow_unsigned", out.allowUnsigned);
    reader.readInt(object, at, "keep_packs", out.keepPacks, false, 0, 50);
    readPathList(reader, object, at, "mount_roots", baseDir, true, out.mountRoots);
}

void readSession(JsonReader& reader, const json& object, const std::string& at,
                 SessionConfig& out) {
    rejectUnknownKeys(reader, object, at, {"idle_seconds", "countdown_seconds"});
    reader.readNumber(object, at, "idle_seconds", out.idleSeconds, false, 1.0, 86400.0);
    reader.readNumber(object, at, "countdown_seconds", out.countdownSeconds, false, 1.0, 3600.0);
}

void readStaff(JsonReader& reader, const json& object, const std::string& at, StaffConfig& out) {
    rejectUnknownKeys(reader, object, at, {"pin_hash"});
    std::string hash;
    if (!reader.readString(object, at, "pin_hash", hash, false)) return;
    const std::string problem = pinHashProblem(hash);
    if (problem.empty())
        out.pinHash = hash;
    else
        reader.error(childPointer(at, "pin_hash"), problem);
}

void readSound(JsonReader& reader, const json& object, const std::string& at, SoundConfig& out) {
    rejectUnknownKeys(reader, object, at, {"volume", "quiet_volume"});
    reader.readInt(object, at, "volume", out.volume, false, 0, 100);
    reader.readInt(object, at, "quiet_volume", out.quietVolume, false, 0, 100);
}

// The pack's schedule.json reader, so that both are written and checked
// alike; its problems are moved under /schedule.
void readScheduleOverride(const json& value, const std::string& file, ProblemList& problems,
                          ScheduleOverride& out) {
    json withoutComments = value;
    if (value.is_object()) {
        for (const auto& item : value.items())
            if (item.key().compare(0, 2, "//") == 0) withoutComments.erase(item.key());
    }
    ProblemList inner;
    ScheduleOverride schedule;
    readScheduleFile(withoutComments, file, schedule, inner);
    for (const Problem& p : inner.all()) {
        // A pointer holds the keys as written; a hostile one is cut.
        const std::string pointer = shownValue("/schedule" + p.pointer);
        if (p.severity == Problem::Severity::Error)
            problems.error(file, pointer, p.message);
        else
            problems.warning(file, pointer, p.message);
    }
    if (!inner.hasErrors()) out = schedule;
}

void readDisplay(JsonReader& reader, const json& object, const std::string& at,
                 DisplayConfig& out) {
    rejectUnknownKeys(reader, object, at, {"rotation"});
    const json* value = reader.field(object, at, "rotation", false);
    if (!value) return;
    for (int degrees : {0, 90, 180, 270}) {
        if (value->is_number_integer() && value->get<long long>() == degrees) {
            out.rotation = degrees;
            return;
        }
    }
    reader.error(childPointer(at, "rotation"),
                 "is " + shownJson(*value) + "; expected 0, 90, 180 or 270");
}

void readLog(JsonReader& reader, const json& object, const std::string& at,
             const std::string& baseDir, LogConfig& out) {
    rejectUnknownKeys(reader, object, at, {"level", "file", "max_bytes", "max_files"});
    size_t level = 0;
    if (readChoice(reader, object, at, "level",
                   {"trace", "debug", "info", "warn", "error", "critical", "off"}, level))
        out.level = static_cast<LogLevel>(level);
    readPath(reader, object, at, "file", baseDir, true, out.file);
    readByteCount(reader, object, at, "max_bytes", 64u << 10, 1u << 30, out.maxBytes);
    reader.readInt(object, at, "max_files", out.maxFiles, false, 1, 20);
}

void readProofOfPlay(JsonReader& reader, const json& object, const std::string& at,
                     const std::string& baseDir, ProofOfPlayConfig& out) {
    rejectUnknownKeys(reader, object, at, {"file", "max_bytes"});
    readPath(reader, object, at, "file", baseDir, true, out.file);
    readByteCount(reader, object, at, "max_bytes", 64u << 10, 1u << 30, out.maxBytes);
}

std::string folderOf(const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

KioskConfig readKioskConfig(const json& document, const std::string& file,
                            const std::string& baseDir, ProblemList& problems) {
    KioskConfig config;
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return config;
    rejectUnknownKeys(reader, document, "",
                      {"mode", "packs", "session", "staff", "sound", "schedule", "display", "log",
                       "proof_of_play"});
    size_t mode = 0;
    if (readChoice(reader, document, "", "mode", {"interactive", "loop"}, mode))
        config.mode = static_cast<KioskMode>(mode);
    if (const json* s = section(reader, document, "", "packs"))
        readPacks(reader, *s, "/packs", baseDir, config.packs);
    if (const json* s = section(reader, document, "", "session"))
        readSession(reader, *s, "/session", config.session);
    if (const json* s = section(reader, document, "", "staff"))
        readStaff(reader, *s, "/staff", config.staff);
    if (const json* s = section(reader, document, "", "sound"))
        readSound(reader, *s, "/sound", config.sound);
    if (const json* s = reader.field(document, "", "schedule", false))
        readScheduleOverride(*s, file, problems, config.schedule);
    if (const json* s = section(reader, document, "", "display"))
        readDisplay(reader, *s, "/display", config.display);
    if (const json* s = section(reader, document, "", "log"))
        readLog(reader, *s, "/log", baseDir, config.log);
    if (const json* s = section(reader, document, "", "proof_of_play"))
        readProofOfPlay(reader, *s, "/proof_of_play", baseDir, config.proofOfPlay);
    return config;
}

ConfigLoad loadKioskConfig(const std::string& path, bool required) {
    ConfigLoad load;
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        if (required) load.problems.error(path, "", "no such file");
        return load;
    }
    if (!S_ISREG(st.st_mode)) {
        load.problems.error(path, "", "is not a regular file");
        return load;
    }
    const auto document = readJsonFileAt(path, path, load.problems, configLimits());
    if (!document) return load;
    load.fromFile = true;
    ProblemList problems;
    KioskConfig config = readKioskConfig(*document, path, folderOf(path), problems);
    load.problems.append(problems);
    // Half a configuration is worse than none: with errors the kiosk keeps
    // the defaults, and the caller reports the problems.
    if (!problems.hasErrors()) load.config = config;
    return load;
}

}  // namespace kiosk
