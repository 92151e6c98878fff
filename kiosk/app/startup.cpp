#include "startup.hpp"

#include <imgui.h>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <ctime>

#include "content/pack_loader.hpp"
#include "content/pack_texts.hpp"
#include "font_atlas_cache.hpp"
#include "install/crash_loop_guard.hpp"
#include "install/pack_state.hpp"
#include "install/signing_keys.hpp"
#include "runtime/install_notice.hpp"
#include "session/language_switch.hpp"
#include "staff/staff_wording.hpp"
#include "system/data_dir.hpp"

namespace kiosk {

std::string defaultPackDir() { return ownDataDir() + "/content/default"; }

namespace {

// The state's pack to run (each decision logged); none when no installed pack
// passes or the keys are missing.
std::optional<InstalledPack> resolvePackFromState(const AppOptions& options,
                                                  std::vector<PublicKey>& trusted) {
    const std::string keyProblem = readPublicKeyFiles(options.config.packs.trustedKeys, trusted);
    if (!keyProblem.empty()) spdlog::warn("{}", keyProblem);
    if (trusted.empty() && !options.config.packs.allowUnsigned) {
        spdlog::error("--state needs --trusted key files (or --allow-unsigned for development)");
        return std::nullopt;
    }
    const LoadCheck loads = [](const std::string& dir) {
        PackLoadOptions quick;
        quick.checkImages = false;
        const PackLoadResult r = loadPack(dir, quick);
        return r.pack ? std::string() : r.problems.errors().front().format();
    };
    StartupOptions startup;
    startup.allowUnsigned = options.config.packs.allowUnsigned;
    startup.checkHashes = false;  // the loader hashes what it reads
    const StartupResolution resolution =
        resolveStartupPack(options.config.packs.stateDir, trusted, loads, startup);
    for (const auto& line : resolution.log) spdlog::info("{}", line);
    return resolution.pack;
}

}  // namespace

std::string packDirFromState(const AppOptions& options) {
    std::vector<PublicKey> trusted;
    const auto pack = resolvePackFromState(options, trusted);
    return pack ? pack->dir : std::string();
}

StateStart startFromState(const AppOptions& options) {
    StateStart start;
    std::vector<PublicKey> trusted;
    std::optional<InstalledPack> pack = resolvePackFromState(options, trusted);
    // A pack that keeps crashing the kiosk is set aside for the one before it,
    // which is then checked the same way (this run is its start). Each
    // rollback goes to an older pack; the bound only guards against a state
    // changed under our feet.
    for (int tries = 0; pack && tries < 8; ++tries) {
        StateEnvironment env;
        env.now = int64_t(std::time(nullptr));
        const CrashLoopVerdict verdict =
            guardAgainstCrashLoop(options.config.packs.stateDir, pack->name, trusted, {}, env);
        if (!verdict.message.empty()) spdlog::error("{}", verdict.message);
        start.cleanEnd = verdict.cleanEnd;
        if (verdict.runAsPlanned) {
            start.packDir = pack->dir;
            return start;
        }
        if (!verdict.rolledBack) return start;
        trusted.clear();
        pack = resolvePackFromState(options, trusted);
    }
    return start;
}

void markPackGood(const AppOptions& options) {
    if (options.config.packs.stateDir.empty()) return;
    StateEnvironment env;
    env.now = static_cast<int64_t>(std::time(nullptr));  // for the history's "time"
    const StateChange change = markGood(options.config.packs.stateDir, env);
    if (!change.ok) spdlog::error("{}", change.message);
}

std::optional<Pack> loadPackForKiosk(const std::string& dir) {
    PackLoadOptions options;
    options.imageLimits.decode = false;  // headers only; pictures decode off the render thread
    options.checkSounds = false;         // sizes only: see PackLoadOptions
    PackLoadResult result = loadPack(dir, options);
    for (const auto& p : result.problems.errors()) spdlog::error("{}/{}", dir, p.format());
    const auto warnings = result.problems.warnings();
    if (!warnings.empty())
        spdlog::warn("pack {} has {} warnings (kiosk-pack validate lists them)", dir,
                     warnings.size());
    if (!result.pack)
        spdlog::error("pack {} refused: {} errors", dir, result.problems.errors().size());
    return std::move(result.pack);
}

ui::FontSources fontSources(const AppOptions& options) {
    ui::FontSources sources;
    if (!options.fontRegular.empty()) sources.regular = options.fontRegular;
    if (!options.fontBold.empty())
        sources.bold = options.fontBold;
    else if (!options.fontRegular.empty())
        sources.bold = options.fontRegular;
    return sources;
}

bool buildKioskFonts(const Pack& pack, const AppOptions& options, float shortSide,
                     ui::LanguageFonts& fonts, int maxAtlasSide, ImFontAtlas* atlas,
                     float textScale, const std::vector<Language>& fontLanguages) {
    const ui::FontSources sources = fontSources(options);
    // Each language's fonts hold what its screens show: the pack's texts as a
    // reader of it gets them, and those shown beside them in its companion.
    // Only `fontLanguages`' fonts when given: a Chinese visitor's are not
    // rasterised for a kiosk that shows Japanese until one comes.
    const std::vector<Language> offered = packLanguages(pack);
    const std::vector<Language>& built = fontLanguages.empty() ? offered : fontLanguages;
    std::vector<NamedText> texts = collectShownTexts(pack, built, companionLanguage);
    // What every language's screens may draw: digits, the language list, and
    // the staff panel and USB results, read whatever pack or language shows.
    std::vector<NamedText> everywhere = builtInTexts();
    for (auto& t : installNoticeTexts()) everywhere.push_back(t);
    for (auto& t : staffWordingTexts()) everywhere.push_back(t);
    // The attract loop calls visitors in every language at once, each in its own words.
    for (const Language language : offered)
        everywhere.push_back(
            {"strings: touch_to_start (" + std::string(languageCode(language)) + ")",
             pack.text("touch_to_start", language)});
    for (auto& t : inEachLanguage(everywhere, built)) texts.push_back(std::move(t));
    ui::FontAtlasReport report;
    std::string error;
    AtlasLimits limits;
    if (maxAtlasSide > 0) limits.maxSide = std::min(limits.maxSide, maxAtlasSide);
    const ui::FontAtlasCache cache(options.fontCacheDir);
    ui::FontCacheUse cacheUse;
    if (!ui::buildFontAtlasCached(cache, atlas ? *atlas : *ImGui::GetIO().Fonts, texts, pack.theme,
                                  shortSide, textScale, sources, fonts, report, error, limits,
                                  cacheUse)) {
        spdlog::error("{}", error);
        return false;
    }
    if (cacheUse.fromCache)
        spdlog::info("glyph atlas read from {}", cacheUse.file);
    else if (!cacheUse.problem.empty())
        spdlog::warn("the glyph atlas is not kept for the next start: {}", cacheUse.problem);
    else if (!cacheUse.file.empty())
        spdlog::info("glyph atlas kept in {} for the next start", cacheUse.file);
    for (const auto& line : report.missingGlyphs) spdlog::warn("{}", line);
    if (!report.capped.empty()) spdlog::info("{}", report.capped);
    return true;
}

}  // namespace kiosk
