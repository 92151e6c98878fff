#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

// stb_image's PNG and JPEG decoders, compiled here and nowhere else (Debian's
// libstb has every decoder of stb_image built in, and must not be linked for
// reading pictures). RGBA pixels, top row first; false with the decoder's
// reason, never empty, when it cannot read them.
bool decodeRgbaWithStb(const uint8_t* data, size_t size, int& width, int& height,
                       std::vector<uint8_t>& rgba, std::string& reason);

}  // namespace kiosk
