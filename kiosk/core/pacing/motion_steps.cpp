#include "pacing/motion_steps.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

double steppedProgress(double progress, int steps) {
    const double p = std::clamp(progress, 0.0, 1.0);
    if (steps < 1) return p;
    return std::floor(p * steps + 1e-9) / steps;
}

}  // namespace kiosk
