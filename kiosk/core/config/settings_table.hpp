#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "config/kiosk_config.hpp"

// Every setting of a kiosk PC in one table: where the configuration file has
// it (a JSON pointer), the command-line flag that overrides it, how it is
// checked, and one line saying what it does. The reader, --help, the merge of
// flags over the file and --print-config all go through this table, so a new
// setting is one entry here plus its field (and default) in KioskConfig.

namespace kiosk {

// What a setting holds, and so how the file and the command line spell and check it.
enum class SettingKind {
    Switch,            // true or false; as a flag, no value
    Whole,             // an integer from min to max
    Number,            // a number from min to max
    Bytes,             // a whole number of bytes from min to max
    Text,              // a string, refused when `check` says why
    Path,              // a path, a relative one taken from the file's folder; empty: off
    PathList,          // paths, relative ones taken from the file's folder
    AbsolutePathList,  // absolute paths only
    Choice,            // one of the words in `choices`; the field is an enum in that order
    WholeChoice,       // one of the whole numbers in `choices`
    Schedule,          // a schedule.json object; absent by default
};

// The field a setting sets, reached from the configuration it is part of.
template <class T>
using FieldOf = T& (*)(KioskConfig&);
using SettingField =
    std::variant<FieldOf<bool>, FieldOf<int>, FieldOf<double>, FieldOf<std::uint64_t>,
                 FieldOf<std::string>, FieldOf<std::vector<std::string>>, FieldOf<KioskMode>,
                 FieldOf<LogLevel>, FieldOf<ScheduleOverride>>;

struct Setting {
    std::string pointer;  // in the file, "/section/key" or "/key"
    std::string flag;     // "--keep-packs"; empty: the file only
    SettingKind kind = SettingKind::Text;
    SettingField field;
    std::string doc;                   // one line: --help and the example file's comment
    double min = 0, max = 0;           // Whole, Number, Bytes
    std::vector<std::string> choices;  // Choice, WholeChoice
    // Text: why a value is refused; empty when it is fine.
    std::string (*check)(const std::string&) = nullptr;
    // Choice with a flag: the choice the flag (taking no value) selects.
    std::string flagChoice;
    // The value platform/kiosk.example.json shows when not the default, as
    // JSON: what a real installation sets.
    std::string example;

    // "packs" and "keep_packs" for "/packs/keep_packs"; "" and "mode" for "/mode".
    std::string section() const;
    std::string key() const;
};

// In the order the file is read and its problems are reported.
const std::vector<Setting>& kioskSettings();

}  // namespace kiosk
