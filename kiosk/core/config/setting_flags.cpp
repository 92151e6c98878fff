#include "config/setting_flags.hpp"

#include <algorithm>

#include "config/setting_text.hpp"
#include "config/settings_table.hpp"

namespace kiosk {

namespace {

template <class T>
T& fieldIn(const Setting& setting, KioskConfig& config) {
    return std::get<FieldOf<T>>(setting.field)(config);
}

// The enum field of a Choice set to `choices[index]`.
void setChoice(const Setting& setting, KioskConfig& config, size_t index) {
    if (auto* mode = std::get_if<FieldOf<KioskMode>>(&setting.field))
        (*mode)(config) = static_cast<KioskMode>(index);
    else
        fieldIn<LogLevel>(setting, config) = static_cast<LogLevel>(index);
}

void addChoiceFlag(CLI::App& app, const Setting& setting, KioskConfig& fromFlags,
                   const std::string& help) {
    if (!setting.flagChoice.empty()) {
        // A flag of its own, taking no value (--loop).
        const auto chosen =
            size_t(std::find(setting.choices.begin(), setting.choices.end(), setting.flagChoice) -
                   setting.choices.begin());
        app.add_flag_callback(
            setting.flag, [&setting, &fromFlags, chosen] { setChoice(setting, fromFlags, chosen); },
            help);
        return;
    }
    app.add_option_function<std::string>(
           setting.flag,
           [&setting, &fromFlags](const std::string& word) {
               const auto at = std::find(setting.choices.begin(), setting.choices.end(), word);
               setChoice(setting, fromFlags, size_t(at - setting.choices.begin()));
           },
           help)
        ->check(CLI::IsMember(setting.choices));
}

void addFlag(CLI::App& app, const Setting& setting, KioskConfig& fromFlags) {
    // Listed apart in --help, so that an installer sees what kiosk.json also sets.
    app.option_defaults()->group(kSettingsGroup);
    const std::string& flag = setting.flag;
    const std::string help = flagHelp(setting);
    switch (setting.kind) {
        case SettingKind::Switch:
            app.add_flag(flag, fieldIn<bool>(setting, fromFlags), help);
            return;
        case SettingKind::Whole:
            app.add_option(flag, fieldIn<int>(setting, fromFlags), help)
                ->check(CLI::Range(int(setting.min), int(setting.max)));
            return;
        case SettingKind::Number:
            app.add_option(flag, fieldIn<double>(setting, fromFlags), help)
                ->check(CLI::Range(setting.min, setting.max));
            return;
        case SettingKind::Bytes:
            app.add_option(flag, fieldIn<std::uint64_t>(setting, fromFlags), help)
                ->check(CLI::Range(std::uint64_t(setting.min), std::uint64_t(setting.max)));
            return;
        case SettingKind::Text:
        case SettingKind::Path:
            app.add_option(flag, fieldIn<std::string>(setting, fromFlags), help);
            return;
        case SettingKind::PathList:
        case SettingKind::AbsolutePathList:
            app.add_option(flag, fieldIn<std::vector<std::string>>(setting, fromFlags), help)
                ->expected(1, -1);
            return;
        case SettingKind::Choice:
            addChoiceFlag(app, setting, fromFlags, help);
            return;
        case SettingKind::WholeChoice: {
            std::vector<int> values;
            for (const auto& c : setting.choices) values.push_back(std::stoi(c));
            app.add_option(flag, fieldIn<int>(setting, fromFlags), help)
                ->check(CLI::IsMember(values));
            return;
        }
        case SettingKind::Schedule:
            return;  // the file only: a week of hours is no flag
    }
}

}  // namespace

void addSettingFlags(CLI::App& app, KioskConfig& fromFlags) {
    const std::string before = app.option_defaults()->get_group();
    for (const Setting& setting : kioskSettings())
        if (!setting.flag.empty()) addFlag(app, setting, fromFlags);
    app.option_defaults()->group(before);
}

std::string applyGivenFlags(const CLI::App& app, const KioskConfig& fromFlags,
                            KioskConfig& config) {
    // The table's fields take a configuration to write into; `fromFlags` is
    // only read.
    KioskConfig& given = const_cast<KioskConfig&>(fromFlags);
    for (const Setting& setting : kioskSettings()) {
        if (setting.flag.empty() || app.count(setting.flag) == 0) continue;
        std::visit([&](auto field) { field(config) = field(given); }, setting.field);
        if (setting.check) {
            const std::string problem = setting.check(fieldIn<std::string>(setting, config));
            if (!problem.empty()) return setting.flag + " " + problem;
        }
    }
    return "";
}

}  // namespace kiosk
