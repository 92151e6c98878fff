#pragma once
#include "content/pack.hpp"
#include "live_content.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// kiosk --preview: the pack at several sizes side by side (previewSizes),
// each a kiosk of its own drawn at its real size and shown scaled, labelled
// with its size. A touch or click on a tile drives that tile alone. With
// --watch each reload is shown in every tile, each on the screen it had,
// with the problems over it. With --screenshot: the tiles once settled,
// at --size, into the PNG. The exit status.
int runPreview(platform::Display& display, Pack pack, const LiveContentSettings& settings);

}  // namespace kiosk
