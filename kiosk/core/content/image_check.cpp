#include <set>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <stb_image.h>

#include "content/cross_checks.hpp"
#include "content/pack_paths.hpp"

namespace kiosk {

namespace {

void checkImage(const Pack& pack, const std::string& file, const std::string& pointer,
                const std::string& path, const ImageLimits& limits,
                const std::set<std::string>& listed, ProblemList& problems) {
    const std::string pathProblem = packPathProblem(path);
    if (!pathProblem.empty()) {
        problems.error(file, pointer, pathProblem);
        return;
    }
    if (!listed.empty() && !listed.count(path)) {
        problems.error(file, pointer, "\"" + path + "\" is not listed in pack.json files");
        return;
    }
    const std::string full = joinPackPath(pack.root, path);
    struct stat st {};
    if (stat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        problems.error(file, pointer, "image \"" + path + "\" is missing");
        return;
    }
    if (static_cast<size_t>(st.st_size) > limits.maxFileBytes) {
        problems.error(file, pointer, "image \"" + path + "\" is " + std::to_string(st.st_size) +
                                          " bytes; expected at most " + std::to_string(limits.maxFileBytes));
        return;
    }
    std::ifstream in(full, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    // Dimensions first: a small file can claim a gigapixel image.
    if (!stbi_info_from_memory(data, length, &width, &height, &channels)) {
        problems.error(file, pointer, "image \"" + path + "\" is not a PNG or JPEG that can be read (" +
                                          stbi_failure_reason() + ")");
        return;
    }
    if (width > limits.maxWidth || height > limits.maxHeight ||
        static_cast<long long>(width) * height > limits.maxPixels) {
        problems.error(file, pointer, "image \"" + path + "\" is " + std::to_string(width) + "x" +
                                          std::to_string(height) + " pixels; expected at most " +
                                          std::to_string(limits.maxWidth) + "x" +
                                          std::to_string(limits.maxHeight) + " and " +
                                          std::to_string(limits.maxPixels / 1000000) + " megapixels");
        return;
    }
    stbi_uc* pixels = stbi_load_from_memory(data, length, &width, &height, &channels, 4);
    if (!pixels) {
        problems.error(file, pointer, "image \"" + path + "\" is damaged (" + stbi_failure_reason() + ")");
        return;
    }
    stbi_image_free(pixels);
}

}  // namespace

void checkImages(const Pack& pack, const ImageLimits& limits, ProblemList& problems) {
    std::set<std::string> listed;
    for (const auto& f : pack.manifest.files) listed.insert(f.path);
    for (const auto& e : pack.events)
        if (!e.image.empty())
            checkImage(pack, e.file, eventPointer(e) + "/image", e.image, limits, listed, problems);
}

}  // namespace kiosk
