#include "text/font_coverage.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

namespace kiosk {

struct FontCoverage::Impl {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    ~Impl() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
};

std::unique_ptr<FontCoverage> FontCoverage::open(const std::string& path, int faceIndex) {
    auto impl = std::make_unique<Impl>();
    if (FT_Init_FreeType(&impl->library) != 0) return nullptr;
    if (FT_New_Face(impl->library, path.c_str(), faceIndex, &impl->face) != 0) return nullptr;
    std::unique_ptr<FontCoverage> coverage(new FontCoverage());
    coverage->impl_ = std::move(impl);
    return coverage;
}

FontCoverage::~FontCoverage() = default;

bool FontCoverage::has(char32_t codepoint) const {
    return FT_Get_Char_Index(impl_->face, codepoint) != 0;
}

bool hasFacePerLanguage(const std::string& regularPath, const std::string& boldPath) {
    return FontCoverage::open(regularPath, 1) != nullptr &&
           (boldPath.empty() || FontCoverage::open(boldPath, 1) != nullptr);
}

}  // namespace kiosk
