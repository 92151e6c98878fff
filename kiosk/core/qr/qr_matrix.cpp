#include "qr/qr_matrix.hpp"

#include <qrencode.h>

#include <memory>

namespace kiosk {

int QrMatrix::sizeWithQuietZone() const {
    return size + 2 * kQrQuietZoneModules;
}

std::optional<QrMatrix> encodeQr(const std::string& text) {
    if (text.empty()) return std::nullopt;
    // 8-bit mode keeps the link's bytes exactly (no Kanji mode guessing).
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                          QR_ECLEVEL_M),
        QRcode_free);
    if (!code || code->width <= 0) return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    m.dark.resize(size_t(m.size) * size_t(m.size));
    // libqrencode's lowest bit of each byte is the module's colour; the others
    // say what part of the symbol it belongs to.
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1u;
    return m;
}

}  // namespace kiosk
