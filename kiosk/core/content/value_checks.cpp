#include "content/section_readers.hpp"

namespace kiosk {

bool isStableId(const std::string& id) {
    if (id.empty() || id.size() > 96) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool isLocalGovernmentCode(const std::string& code) {
    if (code.size() != 5) return false;
    for (char c : code)
        if (c < '0' || c > '9') return false;
    return true;
}

bool parseHexColor(const std::string& text, uint32_t& out) {
    if (text.size() != 7 || text[0] != '#') return false;
    uint32_t value = 0;
    for (size_t i = 1; i < 7; ++i) {
        const char c = text[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        value = value * 16 + static_cast<uint32_t>(digit);
    }
    out = value;
    return true;
}

}  // namespace kiosk
