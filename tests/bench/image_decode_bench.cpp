// How fast pictures decode off the render thread: each set is decoded and scaled
// to the box the kiosk shows it in, one picture at a time (the median per
// picture), then all at once through the decode pool (pictures a second).
//
//   image_decode_bench [RUNS] [THREADS]   (default 5 runs, the kiosk's worker count)
//
// Sets: a 4000x3000 camera-sized JPEG and a 1920x1080 PNG, both generated here
// with noise so they compress like photographs, shown full screen (cover
// 1920x1080); and the default pack's own pictures at the size the attract loop
// asks for them.
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "images/decode_pool.hpp"
#include "images/image_decoder.hpp"

using namespace kiosk;
using Clock = std::chrono::steady_clock;

namespace {

struct Picture {
    std::string name;
    std::string bytes;
    ImageRequest request;
};

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
}

// A gradient with noise: compresses about as badly as a photograph.
std::vector<uint8_t> photoLike(int w, int h) {
    std::mt19937 random(42);
    std::vector<uint8_t> pixels(size_t(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                pixels[(size_t(y) * w + x) * 3 + c] = uint8_t(std::clamp(
                    int((x + y * (c + 1)) * 255 / (w + h)) + int(random() % 48) - 24, 0, 255));
    return pixels;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void report(const char* set, const std::vector<Picture>& pictures, int runs, int threads) {
    if (pictures.empty()) return;
    size_t inputBytes = 0;
    double megapixels = 0;
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run)
        for (const Picture& p : pictures) {
            const auto start = Clock::now();
            const DecodedImage image = decodeImage(p.bytes, p.request, {}, p.name);
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            if (!image.ok()) {
                std::fprintf(stderr, "%s\n", image.error.c_str());
                std::exit(1);
            }
            if (run == 0) {
                inputBytes += p.bytes.size();
                megapixels += double(image.source.width) * image.source.height / 1e6;
            }
        }
    std::sort(ms.begin(), ms.end());
    double total = 0;
    for (double m : ms) total += m;

    // The same pictures through the pool, as the kiosk decodes them.
    DecodePool pool(
        [&](const ImageRequest& r) {
            for (const Picture& p : pictures)
                if (p.request.path == r.path) return decodeImage(p.bytes, r, {}, p.name);
            return DecodedImage{};
        },
        threads);
    const auto start = Clock::now();
    uint64_t ticket = 0;
    for (int run = 0; run < runs; ++run)
        for (const Picture& p : pictures) pool.submit(++ticket, p.request, DecodePriority::Visible);
    pool.waitIdle();
    const double poolSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double perRun = total / runs / 1000.0;
    std::printf(
        "%-22s %3zu pictures, %6.1f MB, %6.1f MP: median %7.1f ms a picture; one thread "
        "%5.1f pictures/s, %5.1f MB/s, %5.1f MP/s; pool of %d: %5.1f pictures/s\n",
        set, pictures.size(), inputBytes / 1e6, megapixels, ms[ms.size() / 2],
        pictures.size() / perRun, inputBytes / 1e6 / perRun, megapixels / perRun, threads,
        double(pictures.size()) * runs / poolSeconds);
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const int threads = argc > 2 ? std::max(1, std::atoi(argv[2])) : DecodePool::defaultThreads();
    const ImageRequest fullScreen{"", 1920, 1080, ImageFit::Cover};

    std::vector<Picture> camera(1), screen(1);
    {
        const auto pixels = photoLike(4000, 3000);
        stbi_write_jpg_to_func(appendBytes, &camera[0].bytes, 4000, 3000, 3, pixels.data(), 90);
        camera[0].name = camera[0].request.path = "camera.jpg";
        camera[0].request.boxWidth = fullScreen.boxWidth;
        camera[0].request.boxHeight = fullScreen.boxHeight;
        camera[0].request.fit = ImageFit::Cover;
    }
    {
        const auto pixels = photoLike(1920, 1080);
        stbi_write_png_to_func(appendBytes, &screen[0].bytes, 1920, 1080, 3, pixels.data(),
                               1920 * 3);
        screen[0].name = screen[0].request.path = "screen.png";
        screen[0].request.boxWidth = fullScreen.boxWidth;
        screen[0].request.boxHeight = fullScreen.boxHeight;
        screen[0].request.fit = ImageFit::Cover;
    }
    std::vector<Picture> pack;
    const std::filesystem::path images =
        std::filesystem::path(KIOSK_SOURCE_DIR) / "content/default/images";
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(images, ec)) {
        if (!entry.is_regular_file()) continue;
        Picture p;
        p.name = p.request.path = entry.path().string();
        p.bytes = readFile(entry.path());
        // Event cards as the attract loop zooms them; silhouettes as partner cards show them.
        const bool card = entry.path().parent_path().filename() == "events";
        p.request.boxWidth = card ? 2176 : 320;
        p.request.boxHeight = card ? 1216 : 192;
        p.request.fit = card ? ImageFit::Cover : ImageFit::Contain;
        pack.push_back(std::move(p));
    }
    std::sort(pack.begin(), pack.end(),
              [](const Picture& a, const Picture& b) { return a.name < b.name; });

    report("4000x3000 JPEG", camera, runs, threads);
    report("1920x1080 PNG", screen, runs, threads);
    report("default pack", pack, runs, threads);
    return 0;
}
