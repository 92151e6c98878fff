#include "images/image_request.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

std::string ImageRequest::key() const {
    return path + "@" + std::to_string(boxWidth) + "x" + std::to_string(boxHeight) +
           (fit == ImageFit::Cover ? "/cover" : "/contain");
}

PixelSize fittedSize(PixelSize source, const ImageRequest& request) {
    if (source.width <= 0 || source.height <= 0) return {0, 0};
    if (request.boxWidth <= 0 || request.boxHeight <= 0) return source;
    const double sx = double(request.boxWidth) / source.width;
    const double sy = double(request.boxHeight) / source.height;
    const double scale =
        std::min(1.0, request.fit == ImageFit::Cover ? std::max(sx, sy) : std::min(sx, sy));
    if (scale >= 1.0) return source;
    return {std::max(1, int(std::lround(source.width * scale))),
            std::max(1, int(std::lround(source.height * scale)))};
}

}  // namespace kiosk
