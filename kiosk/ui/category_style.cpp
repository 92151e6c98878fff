#include "category_style.hpp"

namespace kiosk::ui {

uint32_t categoryColor(EventCategory category) {
    switch (category) {
        case EventCategory::Agreement:
            return 0xEEB902;
        case EventCategory::EventFair:
            return 0xF37748;
        case EventCategory::Exhibition:
            return 0x2EC4B6;
        case EventCategory::LectureSymposium:
            return 0xB388EB;
        case EventCategory::MayorsMeeting:
            return 0x5DA9E9;
        case EventCategory::NationalPolicy:
            return 0xF36F8F;
        case EventCategory::PublicationWeb:
            return 0x8AC926;
        case EventCategory::Other:
            return 0xA0AEC0;
    }
    return 0xA0AEC0;
}

std::string categoryStringKey(EventCategory category) {
    return std::string("category_") + categoryId(category);
}

}  // namespace kiosk::ui
