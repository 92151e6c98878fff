#include <sys/stat.h>
#include <set>

#include <fstream>
#include <sstream>

#include <stb_image.h>

#include "content/cross_checks.hpp"
#include "content/pack_paths.hpp"

namespace kiosk {

namespace {

// Width and height from a PNG's IHDR. stb_image refuses to report dimensions it
// could not decode (over 2^30 bytes of pixels) and then calls the file an
// unknown type, so a PNG claiming a gigapixel size is measured here instead.
bool pngDimensions(const std::string& bytes, long long& width, long long& height) {
    if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) != 0 ||
        bytes.compare(12, 4, "IHDR") != 0)
        return false;
    auto be32 = [&](size_t at) {
        long long v = 0;
        for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return v;
    };
    width = be32(16);
    height = be32(20);
    return true;
}

void checkImage(const Pack& pack, const std::string& file, const std::string& pointer,
                const std::string& path, const ImageLimits& limits,
                const std::set<std::string>& listed, ProblemList& problems) {
    const auto found = checkReferencedFile(pack.root, file, pointer, path, listed, "image",
                                           limits.maxFileBytes, problems);
    if (!found) return;
    const std::string& full = *found;
    std::ifstream in(full, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    long long claimedWidth = 0, claimedHeight = 0;
    // Dimensions first: a small file can claim a gigapixel image.
    if (!pngDimensions(bytes, claimedWidth, claimedHeight)) {
        if (!stbi_info_from_memory(data, length, &width, &height, &channels)) {
            problems.error(file, pointer,
                           "image \"" + path + "\" is not a PNG or JPEG that can be read (" +
                               stbi_failure_reason() + ")");
            return;
        }
        claimedWidth = width;
        claimedHeight = height;
    }
    if (claimedWidth > limits.maxWidth || claimedHeight > limits.maxHeight ||
        claimedWidth * claimedHeight > limits.maxPixels) {
        problems.error(file, pointer,
                       "image \"" + path + "\" is " + std::to_string(claimedWidth) + "x" +
                           std::to_string(claimedHeight) + " pixels; expected at most " +
                           std::to_string(limits.maxWidth) + "x" +
                           std::to_string(limits.maxHeight) + " and " +
                           std::to_string(limits.maxPixels / 1000000) + " megapixels");
        return;
    }
    if (!limits.decode) return;
    stbi_uc* pixels = stbi_load_from_memory(data, length, &width, &height, &channels, 4);
    if (!pixels) {
        problems.error(file, pointer,
                       "image \"" + path + "\" is damaged (" + stbi_failure_reason() + ")");
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
    for (const auto& a : pack.associations)
        if (!a.image.empty())
            checkImage(pack, pack.manifest.content.partners,
                       "/associations/" + std::to_string(a.indexInFile) + "/image", a.image, limits,
                       listed, problems);
}

}  // namespace kiosk
