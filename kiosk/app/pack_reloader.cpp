#include "pack_reloader.hpp"

#include <spdlog/spdlog.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "build/pack_builder.hpp"
#include "chinese_forms.hpp"
#include "content/language_coverage.hpp"
#include "content/manifest.hpp"
#include "content/pack_loader.hpp"
#include "font_atlas.hpp"
#include "glu_triangulator.hpp"
#include "startup.hpp"

namespace kiosk {

namespace fs = std::filesystem;

bool isPackSource(const std::string& dir) {
    std::ifstream in(fs::path(dir) / kManifestFile, std::ios::binary);
    const auto manifest = nlohmann::json::parse(in, nullptr, false);
    return manifest.is_object() && !manifest.contains("files");
}

namespace {

// A folder of this run's own for the built pack, so that two kiosks watching
// one source (or kiosk-pack writing content/default) never meet there.
std::string makePrivateDir() {
    std::string pattern = (fs::temp_directory_path() / "kiosk-watch-XXXXXX").string();
    return mkdtemp(pattern.data()) ? pattern : std::string();
}

// The fonts the validator checks glyphs against: the ones the kiosk draws with.
PackLoadOptions validatorOptions(const AppOptions& options) {
    const ui::FontSources defaults;
    PackLoadOptions load;
    load.fontPath = options.fontRegular.empty() ? defaults.regular : options.fontRegular;
    load.boldFontPath = !options.fontBold.empty()      ? options.fontBold
                        : !options.fontRegular.empty() ? options.fontRegular
                                                       : defaults.bold;
    return load;
}

}  // namespace

PackReloader::PackReloader(PackWatchSettings watch, LiveContentSettings content)
    : watch_(std::move(watch)), content_(std::move(content)) {
    source_ = isPackSource(watch_.dir);
    if (!source_) return;
    privateDir_ = makePrivateDir();
    std::string openccError;
    if (auto chinese = openChineseConverter(openccError))
        chinese_ = std::move(*chinese);
    else
        spdlog::warn("{}: place names get no Chinese forms of their own", openccError);
}

PackReloader::~PackReloader() {
    if (privateDir_.empty()) return;
    std::error_code ec;
    fs::remove_all(privateDir_, ec);
}

bool PackReloader::buildSource(ProblemList& problems) {
    if (privateDir_.empty()) {
        problems.error(watch_.dir, "", "no temporary folder to build the pack in");
        return false;
    }
    const PackLoadOptions fonts = validatorOptions(content_.options);
    PackBuildOptions build;
    build.sourceDir = watch_.dir;
    build.outputDir = privateDir_ + "/pack";
    build.geoDir = watch_.geoDir;
    build.fontPath = fonts.fontPath;
    build.boldFontPath = fonts.boldFontPath;
    build.triangulate = triangulateWithGlu;
    build.chinese = chinese_;
    return buildPack(build, problems);  // the narration is left out, as --no-narration
}

PackReload PackReloader::reload(bool withFonts) {
    PackReload result;
    result.number = ++reloads_;
    std::string dir = watch_.dir;
    if (source_) {
        if (!buildSource(result.problems)) return result;
        dir = privateDir_ + "/pack";
    }
    PackLoadResult loaded = loadPack(dir, validatorOptions(content_.options));
    if (loaded.pack) checkPackLanguages(dir, loaded.pack->manifest, loaded.problems);
    // The builder loaded the built pack already: only what it did not say is new.
    if (source_) {
        for (const auto& p : loaded.problems.all()) {
            bool known = false;
            for (const auto& q : result.problems.all()) known = known || q.format() == p.format();
            if (known) continue;
            if (p.severity == Problem::Severity::Error)
                result.problems.error(p.file, p.pointer, p.message);
            else
                result.problems.warning(p.file, p.pointer, p.message);
        }
    } else {
        result.problems.append(loaded.problems);
    }
    if (!loaded.pack) return result;
    auto prepared = std::make_unique<PreparedContent>();
    prepared->dir = dir;
    prepared->atlas = ui::newFontAtlas();
    if (withFonts &&
        !buildKioskFonts(
            *loaded.pack, content_.options, content_.screenShortSide, prepared->fonts,
            content_.maxTextureSize, prepared->atlas.get(), 1.0f,
            fontLanguages(*loaded.pack, startFontKey(*loaded.pack, content_.options)))) {
        result.problems.error(watch_.dir, "", "the pack's fonts could not be built");
        return result;
    }
    prepared->pack = std::make_shared<Pack>(std::move(*loaded.pack));
    result.prepared = std::move(prepared);
    return result;
}

}  // namespace kiosk
