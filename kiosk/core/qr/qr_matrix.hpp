#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// A QR code as modules, dark or light, without its quiet zone: what the UI
// draws as rectangles. Made once per link when a pack loads, never per frame.
struct QrMatrix {
    int size = 0;               // modules a side (21 for version 1, 4 more a version)
    std::vector<uint8_t> dark;  // size * size, row by row: 1 dark, 0 light

    bool darkAt(int x, int y) const { return dark[size_t(y) * size_t(size) + size_t(x)] != 0; }
    bool empty() const { return size == 0; }
    // Modules across with the light margin every reader needs around it.
    int sizeWithQuietZone() const;
    bool operator==(const QrMatrix& other) const {
        return size == other.size && dark == other.dark;
    }
};

// The light margin around a QR code, in modules (ISO/IEC 18004 asks for 4).
constexpr int kQrQuietZoneModules = 4;

// `text` (a link, as bytes) as a QR code at error correction level M (15 %
// of it may be unreadable: a reflection, a smudge on the glass), in the
// smallest version that holds it; nothing when it does not fit any.
std::optional<QrMatrix> encodeQr(const std::string& text);

}  // namespace kiosk
