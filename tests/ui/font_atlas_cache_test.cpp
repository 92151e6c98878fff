// The glyph atlas kept on disk: what is read back is what was built, to the
// byte and the glyph; another pack, screen, scale or font never reads it;
// a damaged file is ignored and the atlas built again.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <imgui.h>
#include <sys/stat.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

#include "content/pack_texts.hpp"
#include "font_atlas_cache.hpp"
#include "support/null_kiosk.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

// A few of the pack's texts: enough for every face, quick to build.
std::vector<NamedText> someTexts() {
    std::vector<NamedText> texts = collectPackTexts(test::defaultPack());
    texts.resize(std::min<size_t>(texts.size(), 60));
    return texts;
}

struct Built {
    ImFontAtlas atlas;
    ui::LanguageFonts fonts;
    ui::FontAtlasReport report;
};

void build(Built& b, const std::vector<NamedText>& texts) {
    std::string error;
    REQUIRE(ui::buildFontAtlas(b.atlas, texts, test::defaultPack().theme, 720.0f, 1.0f,
                               ui::FontSources{}, b.fonts, b.report, error,
                               test::testAtlasLimits()));
}

// A built atlas and a folder to keep it in: what most cases start from.
struct BuiltAtlas {
    test::ScopedImGui imgui;
    const test::TempDir folder;
    const std::vector<NamedText> texts = someTexts();
    Built built;
    BuiltAtlas() { build(built, texts); }
};

std::string key(const std::vector<NamedText>& texts, float shortSide = 720.0f,
                float textScale = 1.0f, const ui::FontSources& sources = {}) {
    return ui::fontAtlasKey(texts, test::defaultPack().theme, shortSide, textScale, sources,
                            test::testAtlasLimits());
}

bool sameGlyphs(const ImFont& a, const ImFont& b) {
    if (a.Glyphs.Size != b.Glyphs.Size || a.FontSize != b.FontSize || a.Ascent != b.Ascent ||
        a.Descent != b.Descent || a.FallbackChar != b.FallbackChar ||
        a.FallbackAdvanceX != b.FallbackAdvanceX || a.IndexAdvanceX.Size != b.IndexAdvanceX.Size)
        return false;
    for (int i = 0; i < a.Glyphs.Size; ++i) {
        const ImFontGlyph &x = a.Glyphs[i], &y = b.Glyphs[i];
        if (x.Codepoint != y.Codepoint || x.Visible != y.Visible || x.AdvanceX != y.AdvanceX ||
            x.X0 != y.X0 || x.Y0 != y.Y0 || x.X1 != y.X1 || x.Y1 != y.Y1 || x.U0 != y.U0 ||
            x.V0 != y.V0 || x.U1 != y.U1 || x.V1 != y.V1)
            return false;
    }
    for (int i = 0; i < a.IndexAdvanceX.Size; ++i)
        if (a.IndexAdvanceX[i] != b.IndexAdvanceX[i]) return false;
    return true;
}

int indexOf(const ImFontAtlas& atlas, const ImFont* font) {
    for (int i = 0; i < atlas.Fonts.Size; ++i)
        if (atlas.Fonts[i] == font) return i;
    return -1;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

TEST_CASE_METHOD(BuiltAtlas, "an atlas read back from the cache is the atlas that was built") {
    const ui::FontAtlasCache cache(folder.path("fonts"));
    std::string error;
    REQUIRE(cache.save(key(texts), built.atlas, built.fonts, built.report, error));

    Built read;
    std::string why;
    REQUIRE(cache.load(key(texts), read.atlas, read.fonts, read.report, why));
    REQUIRE(read.atlas.TexWidth == built.atlas.TexWidth);
    REQUIRE(read.atlas.TexHeight == built.atlas.TexHeight);
    CHECK(read.atlas.IsBuilt());
    CHECK(std::memcmp(read.atlas.TexPixelsAlpha8, built.atlas.TexPixelsAlpha8,
                      size_t(built.atlas.TexWidth) * size_t(built.atlas.TexHeight)) == 0);
    CHECK(read.atlas.TexUvWhitePixel.x == built.atlas.TexUvWhitePixel.x);
    CHECK(std::memcmp(read.atlas.TexUvLines, built.atlas.TexUvLines,
                      sizeof built.atlas.TexUvLines) == 0);
    REQUIRE(read.atlas.Fonts.Size == built.atlas.Fonts.Size);
    for (int i = 0; i < built.atlas.Fonts.Size; ++i) {
        CHECK(sameGlyphs(*read.atlas.Fonts[i], *built.atlas.Fonts[i]));
        CHECK(read.atlas.Fonts[i]->ContainerAtlas == &read.atlas);
    }
    for (size_t l = 0; l < kLanguageCount; ++l) {
        const ui::Fonts &a = read.fonts.byLanguage[l], &b = built.fonts.byLanguage[l];
        CHECK(indexOf(read.atlas, a.display) == indexOf(built.atlas, b.display));
        CHECK(indexOf(read.atlas, a.body) == indexOf(built.atlas, b.body));
        CHECK(indexOf(read.atlas, a.caption) == indexOf(built.atlas, b.caption));
        CHECK(indexOf(read.atlas, a.title) == indexOf(built.atlas, b.title));
        CHECK(read.fonts.built[l] == built.fonts.built[l]);
    }
    CHECK(read.report.missingGlyphs == built.report.missingGlyphs);
    CHECK(read.report.glyphCount == built.report.glyphCount);
    CHECK(read.report.capped == built.report.capped);
    // Text measures the same through either.
    const char* line = texts.front().text.c_str();
    const ImFont& f = *built.fonts.byLanguage[0].body;
    const ImFont& g = *read.fonts.byLanguage[0].body;
    CHECK(g.CalcTextSizeA(g.FontSize, 1e9f, 300.0f, line).y ==
          f.CalcTextSizeA(f.FontSize, 1e9f, 300.0f, line).y);
}

TEST_CASE("another text, screen, scale or font file is another key") {
    const std::vector<NamedText> texts = someTexts();
    const std::string base = key(texts);
    CHECK(key(texts) == base);
    std::vector<NamedText> edited = texts;
    edited.back().text += "鷗";
    CHECK(key(edited) != base);
    std::vector<NamedText> otherLanguage = texts;
    otherLanguage.front().language = Language::Korean;
    CHECK(key(otherLanguage) != base);
    CHECK(key(texts, 1080.0f) != base);
    CHECK(key(texts, 720.0f, 1.4f) != base);

    // The same path with new contents (a font package upgraded) is another key.
    const test::TempDir folder;
    ui::FontSources sources;
    sources.regular = folder.path("font.ttc");
    writeAll(sources.regular, "one");
    const std::string before = key(texts, 720.0f, 1.0f, sources);
    writeAll(sources.regular, "other");
    const timespec later[2] = {{0, UTIME_OMIT}, {2000000000, 0}};
    REQUIRE(::utimensat(AT_FDCWD, sources.regular.c_str(), later, 0) == 0);
    CHECK(key(texts, 720.0f, 1.0f, sources) != before);
}

TEST_CASE("a damaged, truncated or foreign cache file is ignored and the atlas built again") {
    test::ScopedImGui imgui;
    const test::TempDir folder;
    const std::vector<NamedText> texts = someTexts();
    const ui::FontAtlasCache cache(folder.path("fonts"));
    const std::string k = key(texts);
    Built built;
    ui::FontCacheUse use;
    std::string error;
    REQUIRE(ui::buildFontAtlasCached(cache, built.atlas, texts, test::defaultPack().theme, 720.0f,
                                     1.0f, ui::FontSources{}, built.fonts, built.report, error,
                                     test::testAtlasLimits(), use));
    CHECK_FALSE(use.fromCache);
    CHECK(use.problem.empty());
    const std::string file = cache.fileFor(k);
    const std::string good = readAll(file);
    REQUIRE(good.size() > 1000);

    SECTION("read back whole") {
        Built again;
        REQUIRE(ui::buildFontAtlasCached(cache, again.atlas, texts, test::defaultPack().theme,
                                         720.0f, 1.0f, ui::FontSources{}, again.fonts, again.report,
                                         error, test::testAtlasLimits(), use));
        CHECK(use.fromCache);
    }
    SECTION("one byte of the pixels flipped") {
        std::string bad = good;
        bad[bad.size() - 100] ^= 0x40;
        writeAll(file, bad);
        Built read;
        std::string why;
        CHECK_FALSE(cache.load(k, read.atlas, read.fonts, read.report, why));
        CHECK(why.find("checksum") != std::string::npos);
        CHECK(read.atlas.Fonts.Size == 0);
        // Built again and kept again.
        Built again;
        REQUIRE(ui::buildFontAtlasCached(cache, again.atlas, texts, test::defaultPack().theme,
                                         720.0f, 1.0f, ui::FontSources{}, again.fonts, again.report,
                                         error, test::testAtlasLimits(), use));
        CHECK_FALSE(use.fromCache);
        CHECK(readAll(file) == good);
    }
    SECTION("cut short") {
        writeAll(file, good.substr(0, good.size() / 2));
        Built read;
        std::string why;
        CHECK_FALSE(cache.load(k, read.atlas, read.fonts, read.report, why));
        CHECK(why.find(file) != std::string::npos);
    }
    SECTION("kept under another key") {
        writeAll(cache.fileFor(key(texts, 1080.0f)), good);
        Built read;
        std::string why;
        CHECK_FALSE(cache.load(key(texts, 1080.0f), read.atlas, read.fonts, read.report, why));
    }
    SECTION("not an atlas at all") {
        writeAll(file, "KFATLAS\n" + std::string(64, '\xff'));
        Built read;
        std::string why;
        CHECK_FALSE(cache.load(k, read.atlas, read.fonts, read.report, why));
    }
}

TEST_CASE("a cache folder that cannot be made leaves the atlas built, with the reason") {
    test::ScopedImGui imgui;
    const test::TempDir folder;
    writeAll(folder.path("file"), "a file, not a folder");
    const ui::FontAtlasCache cache(folder.path("file/fonts"));
    Built built;
    ui::FontCacheUse use;
    std::string error;
    REQUIRE(ui::buildFontAtlasCached(cache, built.atlas, someTexts(), test::defaultPack().theme,
                                     720.0f, 1.0f, ui::FontSources{}, built.fonts, built.report,
                                     error, test::testAtlasLimits(), use));
    CHECK(built.atlas.IsBuilt());
    CHECK(use.problem.find("cannot make") != std::string::npos);
}

TEST_CASE_METHOD(BuiltAtlas, "the cache keeps the most recently used atlases within its size") {
    const ui::FontAtlasCache measure(folder.path("measure"));
    std::string error;
    REQUIRE(measure.save("size", built.atlas, built.fonts, built.report, error));
    struct stat st {};
    REQUIRE(::stat(measure.fileFor("size").c_str(), &st) == 0);
    // Room for two files, not three.
    const ui::FontAtlasCache cache(folder.path("fonts"), size_t(st.st_size) * 2 + 100);
    for (const char* k : {"first", "second"})
        REQUIRE(cache.save(k, built.atlas, built.fonts, built.report, error));
    // Both long ago, the first the longer; then the first is read, which makes
    // it the most recently used: the second is the one dropped.
    const timespec older[2] = {{500, 0}, {500, 0}}, old[2] = {{1000, 0}, {1000, 0}};
    REQUIRE(::utimensat(AT_FDCWD, cache.fileFor("first").c_str(), older, 0) == 0);
    REQUIRE(::utimensat(AT_FDCWD, cache.fileFor("second").c_str(), old, 0) == 0);
    Built read;
    std::string why;
    REQUIRE(cache.load("first", read.atlas, read.fonts, read.report, why));
    REQUIRE(cache.save("third", built.atlas, built.fonts, built.report, error));
    CHECK(::stat(cache.fileFor("first").c_str(), &st) == 0);
    CHECK(::stat(cache.fileFor("third").c_str(), &st) == 0);
    CHECK(::stat(cache.fileFor("second").c_str(), &st) != 0);
}

TEST_CASE_METHOD(
    BuiltAtlas,
    "a file left half written by a stopped kiosk is cleared away, one being written is not") {
    const ui::FontAtlasCache cache(folder.path("fonts"));
    std::string error;
    REQUIRE(cache.save("first", built.atlas, built.fonts, built.report, error));
    const std::string stale = cache.fileFor("old") + ".new123-456";
    const std::string fresh = cache.fileFor("now") + ".new123-789";
    writeAll(stale, "half");
    writeAll(fresh, "half");
    const timespec hourAgo[2] = {{::time(nullptr) - 3600, 0}, {::time(nullptr) - 3600, 0}};
    REQUIRE(::utimensat(AT_FDCWD, stale.c_str(), hourAgo, 0) == 0);
    REQUIRE(cache.save("second", built.atlas, built.fonts, built.report, error));
    struct stat st {};
    CHECK(::stat(stale.c_str(), &st) != 0);
    CHECK(::stat(fresh.c_str(), &st) == 0);
    CHECK(::stat(cache.fileFor("first").c_str(), &st) == 0);
}

namespace {

// Where a cache file's payload starts: magic, format, the key's length and
// bytes, the payload's size.
size_t payloadStart(const std::string& key) {
    return 8 + 4 + 4 + key.size() + 8;
}

// `file` with the 32-bit value at `offset` of its payload set to `value`, and
// its checksum made right again: a hostile file that passes the checksum.
std::string withPayloadValue(const std::string& file, const std::string& key, size_t offset,
                             uint32_t value) {
    std::string patched = file;
    const size_t start = payloadStart(key);
    std::memcpy(&patched[start + offset], &value, sizeof value);
    const size_t payloadSize = patched.size() - start - sizeof(uint64_t);
    const uint64_t checksum = XXH3_64bits(patched.data() + start, payloadSize);
    std::memcpy(&patched[patched.size() - sizeof checksum], &checksum, sizeof checksum);
    return patched;
}

}  // namespace

TEST_CASE_METHOD(
    BuiltAtlas,
    "a cache file whose checksum holds but whose sizes lie is refused before it is used") {
    const ui::FontAtlasCache cache(folder.path("fonts"));
    std::string error;
    REQUIRE(cache.save("k", built.atlas, built.fonts, built.report, error));
    const std::string good = readAll(cache.fileFor("k"));
    // The payload: width, height, flags, the UV scale and white pixel (two
    // floats each), the baked lines' UVs, then the number of fonts.
    const size_t fontCount = 12 + 16 + sizeof(ImVec4) * (IM_DRAWLIST_TEX_LINES_WIDTH_MAX + 1);
    struct Lie {
        const char* what;
        size_t offset;
        uint32_t value;
    };
    const Lie lies[] = {{"a width of 16384 (256 MiB of pixels claimed)", 0, 16384},
                        {"a height of 16384", 4, 16384},
                        {"no width", 0, 0},
                        {"a width past any texture", 0, 1u << 20},
                        {"a thousand fonts", fontCount, 1000},
                        {"no font", fontCount, 0},
                        {"a first font of a billion glyphs", fontCount + 4 + 16 + 6, 1u << 30}};
    for (const Lie& lie : lies) {
        INFO(lie.what);
        writeAll(cache.fileFor("k"), withPayloadValue(good, "k", lie.offset, lie.value));
        Built read;
        std::string why;
        CHECK_FALSE(cache.load("k", read.atlas, read.fonts, read.report, why));
        CHECK(why.find("does not read back") != std::string::npos);
        CHECK(read.atlas.Fonts.Size == 0);
        CHECK(read.atlas.TexPixelsAlpha8 == nullptr);
    }
    // The same edit to a value read as is (the atlas's flags) is taken: the
    // checksum was made right, so it is the sizes that refused the others.
    writeAll(cache.fileFor("k"), withPayloadValue(good, "k", 8, uint32_t(built.atlas.Flags)));
    Built read;
    std::string why;
    CHECK(cache.load("k", read.atlas, read.fonts, read.report, why));
}
