#pragma once
#include <memory>
#include <string>

namespace kiosk {

// Which characters a font file can draw (FreeType's character map), so that a
// pack's text can be checked for glyphs the font lacks before anyone sees tofu.
class FontCoverage {
  public:
    // Opens face `faceIndex` of a font or collection file; nothing on failure.
    static std::unique_ptr<FontCoverage> open(const std::string& path, int faceIndex);
    ~FontCoverage();
    FontCoverage(const FontCoverage&) = delete;
    FontCoverage& operator=(const FontCoverage&) = delete;

    bool has(char32_t codepoint) const;

  private:
    FontCoverage() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Whether the fonts hold a face per language (Noto Sans CJK's collections:
// notoCjkFace) rather than one face for all: the regular file and, when there
// is one (`boldPath` not empty), the bold one too.
bool hasFacePerLanguage(const std::string& regularPath, const std::string& boldPath);

}  // namespace kiosk
