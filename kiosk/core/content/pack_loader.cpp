#include "content/pack_loader.hpp"

#include "content/announcement_days.hpp"
#include "content/high_contrast_theme.hpp"
#include "content/json_reader.hpp"
#include "content/link_codes.hpp"
#include "content/manifest.hpp"
#include "content/narration_file.hpp"
#include "content/section_readers.hpp"
#include "content/theme_contrast.hpp"
#include "content/title_checks.hpp"
#include "text/font_coverage.hpp"

namespace kiosk {

namespace {

template <typename Reader>
void readSection(const std::string& root, const std::string& path, ProblemList& problems,
                 Reader&& reader) {
    if (path.empty()) return;
    if (auto document = readJsonFile(root, path, problems)) reader(*document, path);
}

// Reads and checks the manifest; false when the pack cannot be read further.
bool readManifest(const std::string& root, const PackLoadOptions& options, Manifest& manifest,
                  ProblemList& problems) {
    auto manifestDocument = readJsonFile(root, kManifestFile, problems);
    if (!manifestDocument) return false;
    if (!parseManifest(*manifestDocument, !options.sourcePack, manifest, problems)) return false;
    if (options.verifyFiles && !options.sourcePack) {
        verifyManifestFiles(root, manifest, problems, options.checkSounds);
        // A changed or damaged file means the pack is not what was signed and
        // listed; reading further would only report its symptoms.
        if (problems.hasErrors()) return false;
    }
    return true;
}

// Reads every section file the manifest lists into `pack`.
void readSections(const std::string& root, const PackLoadOptions& options, Pack& pack,
                  ProblemList& problems) {
    const auto& files = pack.manifest.content;
    for (const auto& path : files.events)
        readSection(root, path, problems, [&](const auto& doc, const std::string& file) {
            readEventsFile(doc, file, pack.events, problems);
        });
    readSection(root, files.partners, problems, [&](const auto& doc, const std::string& file) {
        readPartnersFile(doc, file, options.sourcePack, pack.associations, pack.companies,
                         problems);
    });
    readSection(root, files.stats, problems, [&](const auto& doc, const std::string& file) {
        readStatsFile(doc, file, pack.stats, problems);
    });
    readSection(root, files.playlist, problems, [&](const auto& doc, const std::string& file) {
        readPlaylistFile(doc, file, pack.playlist, problems);
    });
    readSection(root, files.schedule, problems, [&](const auto& doc, const std::string& file) {
        readScheduleFile(doc, file, pack.schedule, problems);
    });
    readSection(root, files.theme, problems, [&](const auto& doc, const std::string& file) {
        readThemeFile(doc, file, pack.theme, problems);
        pack.highContrastTheme = defaultHighContrast(pack.theme);
        readHighContrastColors(doc, file, pack.highContrastTheme, problems);
    });
    readSection(root, files.strings, problems, [&](const auto& doc, const std::string& file) {
        readStringsFile(doc, file, pack.strings, problems);
    });
    readSection(root, files.municipalities, problems,
                [&](const auto& doc, const std::string& file) {
                    readMunicipalitiesFile(doc, file, pack.municipalities, problems);
                });

    readSection(root, files.narration, problems, [&](const auto& doc, const std::string& file) {
        ListedFiles listed = listedFiles(pack.manifest);
        // readManifest stops at any file that is not as listed.
        listed.lookedAt = options.verifyFiles && !options.sourcePack;
        readNarrationFile(root, doc, file, listed, pack.narration, problems, options.checkSounds);
    });

    if (!files.map.empty())
        pack.map = readMapFile(root, files.map, pack.manifest.mapFacts, problems);
}

// The checks across sections, once every section is read; event slides get
// their "until" day here too, as it needs the events.
void checkPack(const PackLoadOptions& options, Pack& pack, ProblemList& problems) {
    checkReferences(pack, problems);
    announceUntilEventDays(pack, problems);
    checkTimeline(pack, problems);
    checkDistinctTitles(pack, problems);
    if (!options.sourcePack) {
        checkMembership(pack, problems);
        checkStats(pack, problems);
    }
    checkPlaceNames(pack, problems);
    if (pack.map) checkMap(pack, problems);
    if (options.checkImages) checkImages(pack, options.imageLimits, problems);
    checkSounds(pack, problems);
    checkLinkCaption(pack, problems);
    if (!pack.manifest.content.theme.empty())
        checkThemeContrast(pack.theme, pack.manifest.content.theme, problems);
    if (!pack.manifest.content.theme.empty())
        checkHighContrast(pack.highContrastTheme, pack.manifest.content.theme, problems);
    const std::pair<std::string, const char*> fonts[] = {
        {options.fontPath, "regular font (body, caption)"},
        {options.boldFontPath, "bold font (title, display)"}};
    for (const auto& [path, label] : fonts) {
        if (path.empty()) continue;
        if (!checkGlyphs(pack, path, label, problems))
            problems.warning(path, "", "font cannot be opened; glyph coverage not checked");
    }
}

}  // namespace

PackLoadResult loadPack(const std::string& root, const PackLoadOptions& options) {
    PackLoadResult result;
    ProblemList& problems = result.problems;
    Pack pack;
    pack.root = root;

    if (!readManifest(root, options, pack.manifest, problems)) return result;
    readSections(root, options, pack, problems);
    checkPack(options, pack, problems);
    if (!problems.hasErrors()) makeLinkCodes(pack, problems);

    if (!problems.hasErrors()) result.pack = std::move(pack);
    return result;
}

}  // namespace kiosk
