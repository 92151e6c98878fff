#include "images/cover_window.hpp"

#include <algorithm>

namespace kiosk {

TextureWindow coverWindow(float pictureAspect, float boxAspect, float centerU, float centerV,
                          float zoom) {
    if (!(pictureAspect > 0.0f) || !(boxAspect > 0.0f)) return {};
    float w = 1.0f, h = 1.0f;
    if (pictureAspect > boxAspect)
        w = boxAspect / pictureAspect;
    else
        h = pictureAspect / boxAspect;
    const float scale = 1.0f / std::max(zoom, 1.0f);
    w *= scale;
    h *= scale;
    const float cu = std::clamp(centerU, w * 0.5f, 1.0f - w * 0.5f);
    const float cv = std::clamp(centerV, h * 0.5f, 1.0f - h * 0.5f);
    return {cu - w * 0.5f, cv - h * 0.5f, cu + w * 0.5f, cv + h * 0.5f};
}

}  // namespace kiosk
