#include "content/shown_value.hpp"

namespace kiosk {

std::string shownValue(const std::string& text) {
    if (text.size() <= kShownValueBytes) return text;
    size_t cut = kShownValueBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "... (" + std::to_string(text.size()) + " bytes)";
}

}  // namespace kiosk
