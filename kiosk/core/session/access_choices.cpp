#include "session/access_choices.hpp"

#include <algorithm>

namespace kiosk {

double textScale(TextSize size) {
    switch (size) {
        case TextSize::Standard:
            return 1.0;
        case TextSize::Larger:
            return 1.4;
        case TextSize::Largest:
            return 2.0;
    }
    return 1.0;
}

bool parseAccessChoices(const std::string& text, AccessChoices& out, std::string& error) {
    AccessChoices choices;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string word = text.substr(start, comma - start);
        start = comma + 1;
        if (word.empty()) continue;
        if (word == "larger")
            choices.textSize = TextSize::Larger;
        else if (word == "largest")
            choices.textSize = TextSize::Largest;
        else if (word == "contrast")
            choices.highContrast = true;
        else if (word == "speech")
            choices.speech = true;
        else if (word == "louder")
            choices.speechLouder = kSpeechLoudestStep;
        else if (word == "more-time")
            choices.moreTime = true;
        else if (word == "less-motion")
            choices.reduceMotion = true;
        else if (word == "reach")
            choices.reach = true;
        else {
            error = "\"" + word +
                    "\" is not an access choice; expected larger, largest, contrast, speech, "
                    "louder, more-time, less-motion or reach";
            return false;
        }
    }
    out = choices;
    return true;
}

AccessChoices AccessChoices::toggled(AccessOption option) const {
    AccessChoices next = *this;
    switch (option) {
        case AccessOption::TextSize:
            next.textSize = textSize == TextSize::Standard ? TextSize::Larger
                            : textSize == TextSize::Larger ? TextSize::Largest
                                                           : TextSize::Standard;
            break;
        case AccessOption::HighContrast:
            next.highContrast = !highContrast;
            break;
        case AccessOption::Speech:
            next.speech = !speech;
            break;
        case AccessOption::SpeechVolume:
            next.speechLouder = speechLouder >= kSpeechLoudestStep ? 0 : speechLouder + 1;
            break;
        case AccessOption::MoreTime:
            next.moreTime = !moreTime;
            break;
        case AccessOption::ReduceMotion:
            next.reduceMotion = !reduceMotion;
            break;
        case AccessOption::Reach:
            next.reach = !reach;
            break;
    }
    return next;
}

}  // namespace kiosk
