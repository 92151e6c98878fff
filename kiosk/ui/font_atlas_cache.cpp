#include "font_atlas_cache.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "system/mapped_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>

namespace kiosk::ui {

namespace {

// Bumped whenever what is written changes.
constexpr uint32_t kFormat = 1;
constexpr char kMagic[8] = {'K', 'F', 'A', 'T', 'L', 'A', 'S', '\n'};
constexpr const char* kPrefix = "atlas-";
constexpr const char* kSuffix = ".bin";
// What a file may claim before anything is allocated for it: an atlas within
// the largest texture planned (AtlasLimits), a few hundred fonts' worth.
constexpr int kMaxSide = 16384;
constexpr uint32_t kMaxFonts = 256;
constexpr uint32_t kMaxGlyphs = 1u << 20;
constexpr uint32_t kMaxLines = 100000;

// Little helpers writing and reading native-endian values: the file is only
// ever read by the build that wrote it (the key says which).
class Writer {
  public:
    template <typename T>
    void put(const T& value) {
        const char* bytes = reinterpret_cast<const char*>(&value);
        out.insert(out.end(), bytes, bytes + sizeof(T));
    }
    void putString(const std::string& s) {
        put(uint32_t(s.size()));
        out.insert(out.end(), s.begin(), s.end());
    }
    void putBytes(const void* data, size_t size) {
        const char* bytes = static_cast<const char*>(data);
        out.insert(out.end(), bytes, bytes + size);
    }
    std::string out;
};

class Reader {
  public:
    Reader(const char* data, size_t size) : at_(data), end_(data + size) {}
    template <typename T>
    bool get(T& value) {
        if (size_t(end_ - at_) < sizeof(T)) return false;
        std::memcpy(&value, at_, sizeof(T));
        at_ += sizeof(T);
        return true;
    }
    bool getString(std::string& s) {
        uint32_t size = 0;
        if (!get(size) || size_t(end_ - at_) < size) return false;
        s.assign(at_, size);
        at_ += size;
        return true;
    }
    const char* take(size_t size) {
        if (size_t(end_ - at_) < size) return nullptr;
        const char* start = at_;
        at_ += size;
        return start;
    }
    size_t left() const { return size_t(end_ - at_); }

  private:
    const char* at_;
    const char* end_;
};

void hashFile(XXH3_state_t* state, const std::string& path) {
    struct stat st {};
    const bool found = ::stat(path.c_str(), &st) == 0;
    const int64_t facts[] = {found ? 1 : 0,
                             int64_t(st.st_size),
                             int64_t(st.st_mtim.tv_sec),
                             int64_t(st.st_mtim.tv_nsec),
                             int64_t(st.st_ino),
                             int64_t(st.st_dev)};
    XXH3_128bits_update(state, path.data(), path.size() + 1);
    XXH3_128bits_update(state, facts, sizeof facts);
}

int fontIndex(const ImFontAtlas& atlas, const ImFont* font) {
    for (int i = 0; i < atlas.Fonts.Size; ++i)
        if (atlas.Fonts[i] == font) return i;
    return -1;
}

// Everything but the pixels, which follow it in the file.
std::string metadataOf(const ImFontAtlas& atlas, const LanguageFonts& fonts,
                       const FontAtlasReport& report) {
    Writer w;
    w.put(int32_t(atlas.TexWidth));
    w.put(int32_t(atlas.TexHeight));
    w.put(int32_t(atlas.Flags));
    w.put(atlas.TexUvScale);
    w.put(atlas.TexUvWhitePixel);
    w.putBytes(atlas.TexUvLines, sizeof atlas.TexUvLines);
    w.put(uint32_t(atlas.Fonts.Size));
    for (const ImFont* font : atlas.Fonts) {
        w.put(font->FontSize);
        w.put(font->Ascent);
        w.put(font->Descent);
        w.put(font->Scale);
        w.put(font->FallbackChar);
        w.put(font->EllipsisChar);
        w.put(font->DotChar);
        w.put(uint32_t(font->Glyphs.Size));
        for (const ImFontGlyph& g : font->Glyphs) {
            w.put(uint32_t(g.Codepoint));
            w.put(uint8_t(g.Visible));
            w.put(uint8_t(g.Colored));
            for (const float f : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1})
                w.put(f);
        }
    }
    for (size_t i = 0; i < kLanguageCount; ++i) {
        const Fonts& f = fonts.byLanguage[i];
        for (const ImFont* font : {f.display, f.title, f.body, f.caption})
            w.put(int32_t(fontIndex(atlas, font)));
        w.put(uint8_t(fonts.built[i]));
    }
    w.put(int32_t(report.glyphCount));
    w.put(int32_t(report.fontSets));
    w.put(int32_t(report.atlasWidth));
    w.put(int32_t(report.atlasHeight));
    w.putString(report.capped);
    w.put(uint32_t(report.missingGlyphs.size()));
    for (const std::string& line : report.missingGlyphs) w.putString(line);
    return std::move(w.out);
}

// Reads one font's metrics and glyphs into a new ImFont of `atlas`.
bool readFont(Reader& r, ImFontAtlas& atlas) {
    ImFont* font = IM_NEW(ImFont);
    atlas.Fonts.push_back(font);
    font->ContainerAtlas = &atlas;
    uint32_t glyphs = 0;
    if (!r.get(font->FontSize) || !r.get(font->Ascent) || !r.get(font->Descent) ||
        !r.get(font->Scale) || !r.get(font->FallbackChar) || !r.get(font->EllipsisChar) ||
        !r.get(font->DotChar) || !r.get(glyphs) || glyphs == 0 || glyphs > kMaxGlyphs)
        return false;
    font->Glyphs.resize(int(glyphs));
    for (ImFontGlyph& g : font->Glyphs) {
        uint32_t codepoint = 0;
        uint8_t visible = 0, colored = 0;
        if (!r.get(codepoint) || !r.get(visible) || !r.get(colored) ||
            codepoint > IM_UNICODE_CODEPOINT_MAX)
            return false;
        g.Codepoint = codepoint;
        g.Visible = visible ? 1 : 0;
        g.Colored = colored ? 1 : 0;
        for (float* f : {&g.AdvanceX, &g.X0, &g.Y0, &g.X1, &g.Y1, &g.U0, &g.V0, &g.U1, &g.V1})
            if (!r.get(*f)) return false;
    }
    font->BuildLookupTable();
    return true;
}

bool readPayload(Reader& r, ImFontAtlas& atlas, LanguageFonts& fonts, FontAtlasReport& report) {
    int32_t width = 0, height = 0, flags = 0;
    uint32_t fontCount = 0;
    if (!r.get(width) || !r.get(height) || !r.get(flags) || width < 1 || height < 1 ||
        width > kMaxSide || height > kMaxSide)
        return false;
    if (!r.get(atlas.TexUvScale) || !r.get(atlas.TexUvWhitePixel)) return false;
    const char* lines = r.take(sizeof atlas.TexUvLines);
    if (!lines || !r.get(fontCount) || fontCount == 0 || fontCount > kMaxFonts) return false;
    std::memcpy(atlas.TexUvLines, lines, sizeof atlas.TexUvLines);
    atlas.Flags = flags;
    for (uint32_t i = 0; i < fontCount; ++i)
        if (!readFont(r, atlas)) return false;
    for (size_t i = 0; i < kLanguageCount; ++i) {
        Fonts& f = fonts.byLanguage[i];
        for (ImFont** slot : {&f.display, &f.title, &f.body, &f.caption}) {
            int32_t index = -1;
            if (!r.get(index) || index < 0 || uint32_t(index) >= fontCount) return false;
            *slot = atlas.Fonts[index];
        }
        uint8_t built = 0;
        if (!r.get(built)) return false;
        fonts.built[i] = built != 0;
    }
    uint32_t missing = 0;
    if (!r.get(report.glyphCount) || !r.get(report.fontSets) || !r.get(report.atlasWidth) ||
        !r.get(report.atlasHeight) || !r.getString(report.capped) || !r.get(missing) ||
        missing > kMaxLines)
        return false;
    report.missingGlyphs.resize(missing);
    for (std::string& line : report.missingGlyphs)
        if (!r.getString(line)) return false;
    const size_t texels = size_t(width) * size_t(height);
    if (r.left() != texels) return false;
    const char* pixels = r.take(texels);
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(texels));
    std::memcpy(atlas.TexPixelsAlpha8, pixels, texels);
    atlas.TexPixelsUseColors = false;
    atlas.TexReady = true;
    return true;
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::string fontAtlasKey(const std::vector<NamedText>& texts, const Theme& theme,
                         float screenShortSide, float textScale, const FontSources& sources,
                         const AtlasLimits& limits) {
    XXH3_state_t* state = XXH3_createState();
    XXH3_128bits_reset(state);
    const int64_t build[] = {kFormat,
                             IMGUI_VERSION_NUM,
                             FREETYPE_MAJOR,
                             FREETYPE_MINOR,
                             FREETYPE_PATCH,
                             int64_t(sizeof(ImFontGlyph)),
                             int64_t(sizeof(ImWchar))};
    XXH3_128bits_update(state, build, sizeof build);
    const double sizes[] = {theme.body,
                            theme.caption,
                            theme.title,
                            theme.display,
                            screenShortSide,
                            textScale,
                            limits.glyphSide,
                            limits.packedShare,
                            limits.minPixels,
                            limits.maxRasterPixels,
                            double(limits.maxSide),
                            double(limits.padding)};
    XXH3_128bits_update(state, sizes, sizeof sizes);
    hashFile(state, sources.regular);
    hashFile(state, sources.bold);
    for (const NamedText& t : texts) {
        const int32_t language = int32_t(languageIndex(t.language));
        XXH3_128bits_update(state, &language, sizeof language);
        XXH3_128bits_update(state, t.name.data(), t.name.size() + 1);
        XXH3_128bits_update(state, t.text.data(), t.text.size() + 1);
    }
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                  static_cast<unsigned long long>(hash.low64));
    return hex;
}

FontAtlasCache::FontAtlasCache(std::string folder, size_t maxBytes)
    : folder_(std::move(folder)), maxBytes_(maxBytes) {}

std::string FontAtlasCache::fileFor(const std::string& key) const {
    return folder_ + "/" + kPrefix + key + kSuffix;
}

bool FontAtlasCache::load(const std::string& key, ImFontAtlas& atlas, LanguageFonts& fonts,
                          FontAtlasReport& report, std::string& why) const {
    if (!enabled()) {
        why = "no cache folder";
        return false;
    }
    const std::string path = fileFor(key);
    // Mapped, not read: tens of megabytes at 4K, whose pages are copied once,
    // into the atlas's pixels. Files are only ever replaced (renamed over),
    // never cut short in place, so the mapping stays whole while it is read.
    const MappedFile file(path);
    if (!file.valid()) {
        why = "none kept for these fonts, texts and screen";
        return false;
    }
    Reader r(reinterpret_cast<const char*>(file.data()), file.size());
    const char* magic = r.take(sizeof kMagic);
    uint32_t format = 0;
    std::string storedKey;
    uint64_t payloadSize = 0;
    if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || !r.get(format) ||
        format != kFormat || !r.getString(storedKey) || storedKey != key || !r.get(payloadSize) ||
        payloadSize + sizeof(uint64_t) != r.left()) {
        why = path + " is not a whole atlas of this build";
        return false;
    }
    const char* payload = r.take(size_t(payloadSize));
    uint64_t checksum = 0;
    if (!r.get(checksum) || XXH3_64bits(payload, size_t(payloadSize)) != checksum) {
        why = path + " does not match its checksum";
        return false;
    }
    clearFontAtlas(atlas);
    LanguageFonts readFonts;
    FontAtlasReport readReport;
    Reader body(payload, size_t(payloadSize));
    if (!readPayload(body, atlas, readFonts, readReport)) {
        clearFontAtlas(atlas);
        why = path + " holds an atlas that does not read back";
        return false;
    }
    fonts = readFonts;
    report = std::move(readReport);
    // Recently used: the last to be dropped when the folder is over its size.
    ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
    return true;
}

bool FontAtlasCache::save(const std::string& key, const ImFontAtlas& atlas,
                          const LanguageFonts& fonts, const FontAtlasReport& report,
                          std::string& error) const {
    if (!enabled()) return true;
    if (!atlas.TexPixelsAlpha8 || atlas.TexWidth < 1 || atlas.TexHeight < 1) {
        error = "the atlas has no pixels to keep";
        return false;
    }
    if (::mkdir(folder_.c_str(), 0750) != 0 && errno != EEXIST) {
        error = "cannot make " + folder_ + ": " + std::strerror(errno);
        return false;
    }
    const std::string metadata = metadataOf(atlas, fonts, report);
    const size_t texels = size_t(atlas.TexWidth) * size_t(atlas.TexHeight);
    Writer head;
    head.putBytes(kMagic, sizeof kMagic);
    head.put(kFormat);
    head.putString(key);
    head.put(uint64_t(metadata.size() + texels));
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    XXH3_64bits_update(state, metadata.data(), metadata.size());
    XXH3_64bits_update(state, atlas.TexPixelsAlpha8, texels);
    const uint64_t checksum = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    const std::string path = fileFor(key);
    // A name of its own per writer: two kiosks' workers may keep the same atlas at once.
    const std::string temporary = path + ".new" + std::to_string(::getpid()) + "-" +
                                  std::to_string(reinterpret_cast<uintptr_t>(&metadata));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(head.out.data(), std::streamsize(head.out.size()));
        out.write(metadata.data(), std::streamsize(metadata.size()));
        out.write(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8), std::streamsize(texels));
        out.write(reinterpret_cast<const char*>(&checksum), sizeof checksum);
        if (!out.flush()) {
            ::unlink(temporary.c_str());
            error = "cannot write " + temporary;
            return false;
        }
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot rename " + temporary + " to " + path + ": " + std::strerror(errno);
        ::unlink(temporary.c_str());
        return false;
    }
    dropLeastRecentlyUsed();
    return true;
}

void FontAtlasCache::dropLeastRecentlyUsed() const {
    struct Kept {
        std::string path;
        int64_t usedAt;
        size_t bytes;
    };
    std::vector<Kept> kept;
    if (DIR* dir = ::opendir(folder_.c_str())) {
        while (const dirent* entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name.rfind(kPrefix, 0) != 0) continue;
            struct stat st {};
            const std::string path = folder_ + "/" + name;
            if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
            if (!endsWith(name, kSuffix)) {
                // A file being written, or left half written by a kiosk that
                // stopped: gone once it is surely nobody's.
                if (name.find(std::string(kSuffix) + ".new") != std::string::npos &&
                    st.st_mtim.tv_sec + 600 < ::time(nullptr))
                    ::unlink(path.c_str());
                continue;
            }
            kept.push_back({path, int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                            size_t(st.st_size)});
        }
        ::closedir(dir);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Kept& a, const Kept& b) { return a.usedAt > b.usedAt; });
    size_t total = 0;
    for (size_t i = 0; i < kept.size(); ++i) {
        total += kept[i].bytes;
        // The newest stays whatever its size: it was just built.
        if (i > 0 && total > maxBytes_) ::unlink(kept[i].path.c_str());
    }
}

bool buildFontAtlasCached(const FontAtlasCache& cache, ImFontAtlas& atlas,
                          const std::vector<NamedText>& texts, const Theme& theme,
                          float screenShortSide, float textScale, const FontSources& sources,
                          LanguageFonts& fonts, FontAtlasReport& report, std::string& error,
                          const AtlasLimits& limits, FontCacheUse& use) {
    use = {};
    if (!cache.enabled())
        return buildFontAtlas(atlas, texts, theme, screenShortSide, textScale, sources, fonts,
                              report, error, limits);
    const std::string key = fontAtlasKey(texts, theme, screenShortSide, textScale, sources, limits);
    std::string why;
    use.file = cache.fileFor(key);
    if (cache.load(key, atlas, fonts, report, why)) {
        use.fromCache = true;
        return true;
    }
    if (!buildFontAtlas(atlas, texts, theme, screenShortSide, textScale, sources, fonts, report,
                        error, limits))
        return false;
    // Not kept is only slower next time; the atlas built is good.
    cache.save(key, atlas, fonts, report, use.problem);
    return true;
}

}  // namespace kiosk::ui
