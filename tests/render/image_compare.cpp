// Compares a rendered PNG with a reference PNG within a tolerance.
//   image_compare ACTUAL REFERENCE [--diff OUT.png]
// Exit 0 when the sizes match and the images agree, 1 when they differ, 2 on
// unreadable input. A pixel "differs" when any channel is off by more than
// kChannelTolerance; the images agree when at most kMaxDifferingFraction of the
// pixels differ and the mean absolute channel error is at most kMaxMeanError.
// The slack absorbs anti-aliasing differences between GL drivers; a missing or
// changed line of text moves far more pixels than that.
#include <stb_image.h>
#include <stb_image_write.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {
constexpr int kChannelTolerance = 40;
constexpr double kMaxDifferingFraction = 0.002;  // 0.2 % of the pixels
constexpr double kMaxMeanError = 1.0;            // out of 255
}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: image_compare ACTUAL REFERENCE [--diff OUT.png]\n");
        return 2;
    }
    int aw, ah, an, rw, rh, rn;
    stbi_uc* actual = stbi_load(argv[1], &aw, &ah, &an, 4);
    stbi_uc* reference = stbi_load(argv[2], &rw, &rh, &rn, 4);
    if (!actual || !reference) {
        std::fprintf(stderr, "image_compare: cannot read %s\n", !actual ? argv[1] : argv[2]);
        return 2;
    }
    if (aw != rw || ah != rh) {
        std::printf("size differs: %dx%d against reference %dx%d\n", aw, ah, rw, rh);
        return 1;
    }
    const size_t pixels = size_t(aw) * ah;
    size_t differing = 0;
    double errorSum = 0;
    std::vector<stbi_uc> diff(pixels * 4, 0);
    for (size_t i = 0; i < pixels; ++i) {
        int worst = 0;
        for (int c = 0; c < 3; ++c) {
            const int d = std::abs(int(actual[i * 4 + c]) - int(reference[i * 4 + c]));
            errorSum += d;
            worst = std::max(worst, d);
        }
        if (worst > kChannelTolerance) ++differing;
        diff[i * 4] = stbi_uc(std::min(255, worst * 4));
        diff[i * 4 + 3] = 255;
    }
    const double fraction = double(differing) / double(pixels);
    const double meanError = errorSum / double(pixels * 3);
    std::printf("%zu of %zu pixels differ (%.4f%%, limit %.4f%%); mean error %.3f (limit %.3f)\n",
                differing, pixels, fraction * 100, kMaxDifferingFraction * 100, meanError,
                kMaxMeanError);
    if (argc >= 5 && std::string(argv[3]) == "--diff")
        stbi_write_png(argv[4], aw, ah, 4, diff.data(), aw * 4);
    stbi_image_free(actual);
    stbi_image_free(reference);
    return fraction <= kMaxDifferingFraction && meanError <= kMaxMeanError ? 0 : 1;
}
