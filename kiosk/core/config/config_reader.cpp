#include "config/config_reader.hpp"

#include <sys/stat.h>

#include "config/config_fields.hpp"
#include "config/settings_table.hpp"
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

// The listing of an error message: "a, b or c".
std::string listed(const std::vector<std::string>& names, bool quoted) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += quoted ? "\"" + names[i] + "\"" : names[i];
    }
    return out;
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
    reader.error(childPointer(pointer, key),
                 "is " + shownString(text) + "; expected " + listed(names, true));
    return false;
}

// One of a few whole numbers, e.g. the rotation's 0, 90, 180 or 270.
void readWholeChoice(JsonReader& reader, const json& object, const std::string& pointer,
                     const std::string& key, const std::vector<std::string>& values, int& out) {
    const json* value = reader.field(object, pointer, key, false);
    if (!value) return;
    for (const std::string& allowed : values) {
        if (value->is_number_integer() && std::to_string(value->get<long long>()) == allowed) {
            out = std::stoi(allowed);
            return;
        }
    }
    reader.error(childPointer(pointer, key),
                 "is " + shownJson(*value) + "; expected " + listed(values, false));
}

// A string that `check` may refuse (the staff PIN hash).
void readCheckedText(JsonReader& reader, const json& object, const std::string& pointer,
                     const Setting& setting, std::string& out) {
    std::string text;
    if (!reader.readString(object, pointer, setting.key(), text, false)) return;
    const std::string problem = setting.check ? setting.check(text) : "";
    if (problem.empty())
        out = text;
    else
        reader.error(childPointer(pointer, setting.key()), problem);
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

template <class T>
T& fieldIn(const Setting& setting, KioskConfig& config) {
    return std::get<FieldOf<T>>(setting.field)(config);
}

// Reads `setting` from `object` (the setting's section, at `at`) into `config`.
void readSetting(JsonReader& reader, const json& object, const std::string& at,
                 const Setting& setting, const std::string& baseDir, KioskConfig& config) {
    const std::string key = setting.key();
    const auto minBytes = std::uint64_t(setting.min), maxBytes = std::uint64_t(setting.max);
    switch (setting.kind) {
        case SettingKind::Switch:
            reader.readBool(object, at, key, fieldIn<bool>(setting, config));
            return;
        case SettingKind::Whole:
            reader.readInt(object, at, key, fieldIn<int>(setting, config), false, int(setting.min),
                           int(setting.max));
            return;
        case SettingKind::Number:
            reader.readNumber(object, at, key, fieldIn<double>(setting, config), false, setting.min,
                              setting.max);
            return;
        case SettingKind::Bytes:
            readByteCount(reader, object, at, key, minBytes, maxBytes,
                          fieldIn<std::uint64_t>(setting, config));
            return;
        case SettingKind::Text:
            readCheckedText(reader, object, at, setting, fieldIn<std::string>(setting, config));
            return;
        case SettingKind::Path:
            readPath(reader, object, at, key, baseDir, true, fieldIn<std::string>(setting, config));
            return;
        case SettingKind::PathList:
        case SettingKind::AbsolutePathList:
            readPathList(reader, object, at, key, baseDir,
                         setting.kind == SettingKind::AbsolutePathList,
                         fieldIn<std::vector<std::string>>(setting, config));
            return;
        case SettingKind::Choice: {
            size_t index = 0;
            if (!readChoice(reader, object, at, key, setting.choices, index)) return;
            if (auto* mode = std::get_if<FieldOf<KioskMode>>(&setting.field))
                (*mode)(config) = static_cast<KioskMode>(index);
            else
                fieldIn<LogLevel>(setting, config) = static_cast<LogLevel>(index);
            return;
        }
        case SettingKind::WholeChoice:
            readWholeChoice(reader, object, at, key, setting.choices,
                            fieldIn<int>(setting, config));
            return;
        case SettingKind::Schedule:
            if (const json* value = reader.field(object, at, key, false))
                readScheduleOverride(*value, reader.file(), reader.problems(),
                                     fieldIn<ScheduleOverride>(setting, config));
            return;
    }
}

// The keys the table knows at the top of the file and in `section`, in the
// table's order (which the "expected ..." of an unknown key lists).
std::vector<std::string> keysOf(const std::string& section) {
    std::vector<std::string> keys;
    for (const Setting& s : kioskSettings()) {
        const std::string key = section.empty() && !s.section().empty() ? s.section() : s.key();
        if (s.section() != section && !section.empty()) continue;
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    return keys;
}

// Reads the settings of one section, reporting keys the table lacks.
void readSection(JsonReader& reader, const json& document, const std::string& name,
                 const std::string& baseDir, KioskConfig& config) {
    const json* object = section(reader, document, "", name);
    if (!object) return;
    const std::string at = "/" + name;
    rejectUnknownKeys(reader, *object, at, keysOf(name));
    for (const Setting& s : kioskSettings())
        if (s.section() == name) readSetting(reader, *object, at, s, baseDir, config);
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
    rejectUnknownKeys(reader, document, "", keysOf(""));
    // In the table's order: a top-level setting where it stands, a section
    // where its first setting stands.
    std::string previousSection;
    for (const Setting& s : kioskSettings()) {
        if (s.section().empty())
            readSetting(reader, document, "", s, baseDir, config);
        else if (s.section() != previousSection)
            readSection(reader, document, s.section(), baseDir, config);
        previousSection = s.section();
    }
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
