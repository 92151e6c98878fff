#pragma once
#include <string>

namespace kiosk {

// How a picture fills the box it is shown in.
enum class ImageFit {
    Contain,  // all of it shows, letterboxed (silhouettes, diagrams)
    Cover     // it fills the box and is cropped (photographs, full-screen slides)
};

// A picture of the pack at the size it is shown: the decoder scales it down to
// that size once, so no frame pays for pixels the screen cannot show.
struct ImageRequest {
    std::string path;  // full path of the file
    int boxWidth = 0;  // pixels the picture is shown at (0: its own size)
    int boxHeight = 0;
    ImageFit fit = ImageFit::Contain;

    // Identifies the decoded result: the same file at another size is another texture.
    std::string key() const;
};

struct PixelSize {
    int width = 0;
    int height = 0;
};

// The size a `source`-sized picture is decoded at for `request`: scaled down (never
// up, which would only cost memory) so that it fits in the box (Contain) or just
// covers it (Cover), keeping its aspect ratio; at least 1x1.
PixelSize fittedSize(PixelSize source, const ImageRequest& request);

}  // namespace kiosk
