#pragma once
#include <string>

namespace kiosk {

// How large the visitor wants the type: the pack's sizes, about 1.4 times
// them, or twice them (EN 301 549 5.1.4; JIS S 0032 for reading from further).
enum class TextSize { Standard, Larger, Largest };

// The factor a text size scales every type size by: 1, 1.4 or 2.
double textScale(TextSize size);

// One of the choices the access screen offers.
enum class AccessOption {
    TextSize,
    HighContrast,
    Speech,
    SpeechVolume,
    MoreTime,
    ReduceMotion,
    Reach
};

// What a visitor chose on the access screen. The choices hold for the
// visitor's session; the next visitor starts with none of them (the attract
// loop returning clears them).
struct AccessChoices {
    TextSize textSize = TextSize::Standard;
    bool highContrast = false;  // the theme's high-contrast colours (7:1)
    bool speech = false;        // spoken guidance, and touch explores (tap speaks, double tap acts)
    // Speech louder than the venue's level by this many steps of kSpeechStepDb
    // (0 to kSpeechLoudestStep; Section 508 402.3: a volume control, reset
    // after each use, which the end of the visit does).
    int speechLouder = 0;
    bool moreTime = false;      // the idle time-out tripled, slower slides
    bool reduceMotion = false;  // transitions and camera flights become cuts
    bool reach = false;         // controls moved into a seated visitor's reach

    // The same choices with `option` changed: a flag flips, the text size
    // steps Standard -> Larger -> Largest -> Standard, the speech volume one
    // step louder, from the loudest back to the venue's level.
    AccessChoices toggled(AccessOption option) const;
    bool any() const { return *this != AccessChoices{}; }
    bool operator==(const AccessChoices& o) const {
        return textSize == o.textSize && highContrast == o.highContrast && speech == o.speech &&
               speechLouder == o.speechLouder && moreTime == o.moreTime &&
               reduceMotion == o.reduceMotion && reach == o.reach;
    }
    bool operator!=(const AccessChoices& o) const { return !(*this == o); }
};

constexpr int kSpeechLoudestStep = 3;
constexpr double kSpeechStepDb = 6.0;

// Reads a comma-separated list such as "largest,contrast,speech" (the
// command line's --access: larger, largest, contrast, speech, louder,
// more-time, less-motion, reach). False, with the word it did not know in
// `error`, for anything else.
bool parseAccessChoices(const std::string& text, AccessChoices& out, std::string& error);

// The idle time-out and slide durations are multiplied by this with "more time".
constexpr double kMoreTimeFactor = 3.0;

}  // namespace kiosk
