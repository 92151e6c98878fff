#include "session/access_choices.hpp"

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
