// The pictures a pack names, checked by the same code the kiosk decodes them
// with (images/picture_decode.hpp), so that a picture that validates is drawn.
#include <fstream>
#include <sstream>

#include "content/cross_checks.hpp"
#include "content/manifest.hpp"
#include "content/pack_paths.hpp"
#include "images/picture_decode.hpp"

namespace kiosk {

namespace {

DecodeLimits decodeLimitsOf(const ImageLimits& limits) {
    DecodeLimits d;
    d.maxWidth = limits.maxWidth;
    d.maxHeight = limits.maxHeight;
    d.maxPixels = limits.maxPixels;
    d.maxFileBytes = limits.maxFileBytes;
    return d;
}

void checkImage(const Pack& pack, const std::string& file, const std::string& pointer,
                const std::string& path, const ImageLimits& limits, const ListedFiles& listed,
                PlainFilesBelow& below, ProblemList& problems) {
    const auto found = checkReferencedFile(below, pack.root, file, pointer, path, listed, "image",
                                           limits.maxFileBytes, problems);
    if (!found) return;
    std::ifstream in(*found, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    std::string problem;
    if (limits.decode) {
        problem = decodePicture(data, bytes.size(), decodeLimitsOf(limits)).problem;
    } else {
        PictureHeader header;
        problem = readPictureHeader(data, bytes.size(), decodeLimitsOf(limits), header);
    }
    if (!problem.empty()) problems.error(file, pointer, "image \"" + path + "\" " + problem);
}

}  // namespace

void checkImages(const Pack& pack, const ImageLimits& limits, ProblemList& problems) {
    const ListedFiles listed = listedFiles(pack.manifest);
    PlainFilesBelow below(pack.root);
    for (const auto& e : pack.events)
        if (!e.image.empty())
            checkImage(pack, e.file, eventPointer(e) + "/image", e.image, limits, listed, below,
                       problems);
    for (const auto& a : pack.associations)
        if (!a.image.empty())
            checkImage(pack, pack.manifest.content.partners,
                       "/associations/" + std::to_string(a.indexInFile) + "/image", a.image, limits,
                       listed, below, problems);
}

}  // namespace kiosk
