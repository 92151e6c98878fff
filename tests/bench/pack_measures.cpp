#include "pack_measures.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "bench_stats.hpp"
#include "content/pack_loader.hpp"
#include "images/picture_decode.hpp"
#include "install/pack_installer.hpp"
#include "process_probe.hpp"

namespace fs = std::filesystem;

namespace kiosk::bench {

namespace {

struct EncodedPicture {
    std::string format;  // "jpeg" or "png"
    std::string name;
    std::vector<unsigned char> bytes;
};

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<unsigned char>*>(context);
    out->insert(out->end(), static_cast<unsigned char*>(data),
                static_cast<unsigned char*>(data) + size);
}

// Smooth gradients with fine texture, like a photograph: neither trivially
// compressible nor noise.
std::vector<EncodedPicture> syntheticPictures() {
    const int w = 1920, h = 1080;
    std::vector<unsigned char> rgb(size_t(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            unsigned char* p = &rgb[(size_t(y) * w + x) * 3];
            const double texture = 12.0 * std::sin(x * 0.37) * std::cos(y * 0.23);
            p[0] = static_cast<unsigned char>(std::clamp(60 + 150.0 * x / w + texture, 0.0, 255.0));
            p[1] = static_cast<unsigned char>(std::clamp(90 + 120.0 * y / h - texture, 0.0, 255.0));
            p[2] = static_cast<unsigned char>(
                std::clamp(160 + 60 * std::sin((x + y) * 0.004), 0.0, 255.0));
        }
    std::vector<EncodedPicture> out(2);
    out[0] = {"jpeg", "synthetic-1920x1080.jpg", {}};
    stbi_write_jpg_to_func(appendBytes, &out[0].bytes, w, h, 3, rgb.data(), 85);
    out[1] = {"png", "synthetic-1920x1080.png", {}};
    stbi_write_png_to_func(appendBytes, &out[1].bytes, w, h, 3, rgb.data(), w * 3);
    return out;
}

std::vector<EncodedPicture> packPictures(const std::string& packDir) {
    std::vector<EncodedPicture> out;
    for (const auto& entry : fs::recursive_directory_iterator(packDir)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
        const std::string format = ext == ".png"                       ? "png"
                                   : (ext == ".jpg" || ext == ".jpeg") ? "jpeg"
                                                                       : "";
        if (format.empty() || !entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        out.push_back({format,
                       fs::relative(entry.path(), packDir).string(),
                       {std::istreambuf_iterator<char>(in), {}}});
    }
    return out;
}

uint64_t folderBytes(const std::string& dir) {
    uint64_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) total += entry.file_size();
    return total;
}

}  // namespace

nlohmann::json measurePackLoad(const std::string& packDir, int runs) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double start = monotonicSeconds();
        const PackLoadResult result = loadPack(packDir);
        ms.push_back((monotonicSeconds() - start) * 1000.0);
        if (!result.pack) throw std::runtime_error("the pack does not load: " + packDir);
    }
    return {{"median_ms", median(ms)},
            {"min_ms", *std::min_element(ms.begin(), ms.end())},
            {"max_ms", *std::max_element(ms.begin(), ms.end())},
            {"runs", runs},
            {"pack_bytes", folderBytes(packDir)}};
}

nlohmann::json measureImageDecode(const std::string& packDir, double seconds) {
    std::vector<EncodedPicture> pictures = packPictures(packDir);
    const bool synthetic = pictures.empty();
    if (synthetic) pictures = syntheticPictures();
    nlohmann::json formats = nlohmann::json::object();
    for (const std::string format : {"jpeg", "png"}) {
        double pixels = 0, bytes = 0, elapsed = 0;
        int decodes = 0;
        const double start = monotonicSeconds();
        while (elapsed < seconds) {
            bool any = false;
            for (const EncodedPicture& p : pictures) {
                if (p.format != format) continue;
                any = true;
                // The kiosk's own decode (header, structure, pixels, orientation),
                // not a library's bare decoder.
                const PicturePixels decoded =
                    decodePicture(p.bytes.data(), p.bytes.size(), DecodeLimits{});
                if (!decoded.ok()) continue;  // a broken picture: the kiosk skips it too
                pixels += double(decoded.width) * decoded.height;
                bytes += double(p.bytes.size());
                ++decodes;
            }
            elapsed = monotonicSeconds() - start;
            if (!any) break;
        }
        if (decodes == 0) continue;
        formats[format] = {{"decodes", decodes},
                           {"megapixels_per_second", pixels / 1e6 / elapsed},
                           {"megabytes_per_second", bytes / 1e6 / elapsed},
                           {"ms_per_decode", elapsed * 1000.0 / decodes}};
    }
    return {{"source", synthetic ? "synthetic 1920x1080 (the pack has no pictures)" : "pack"},
            {"pictures", pictures.size()},
            {"formats", formats}};
}

nlohmann::json measureInstall(const std::string& packDir, const std::string& workDir, int runs) {
    InstallOptions options;
    options.allowUnsigned = true;  // the measurement is the copy, not the key check
    options.reserveBytes = 0;
    const double bytes = double(folderBytes(packDir));
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const std::string state = workDir + "/install-state-" + std::to_string(i);
        fs::remove_all(state);
        fs::create_directories(state);
        const double start = monotonicSeconds();
        const InstallResult result = installPack(packDir, state, {}, options);
        seconds.push_back(monotonicSeconds() - start);
        fs::remove_all(state);
        if (!result.ok()) throw std::runtime_error("install failed: " + result.reason);
    }
    const double s = median(seconds);
    return {{"pack_bytes", bytes},
            {"median_ms", s * 1000.0},
            {"megabytes_per_second", bytes / 1e6 / s},
            {"runs", runs}};
}

}  // namespace kiosk::bench
