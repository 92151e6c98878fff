// kiosk-pack: the content authors' tool. validate, build and info share the
// kiosk's own loader, so what passes here is what the kiosk accepts.
#include <sys/stat.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "build/glossary_check.hpp"
#include "build/narration_coverage.hpp"
#include "build/pack_builder.hpp"
#include "chinese_forms.hpp"
#include "content/language_coverage.hpp"
#include "content/pack_info.hpp"
#include "content/pack_loader.hpp"
#include "events_commands.hpp"
#include "glu_triangulator.hpp"
#include "install_commands.hpp"
#include "map_commands.hpp"
#include "narration_step.hpp"

using namespace kiosk;

namespace {

const char* kDefaultFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const char* kDefaultBoldFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

// The fonts the kiosk sets a pack in, as it picks them: --font and --font-bold,
// the bold one the regular one when only that is given, else Noto Sans CJK.
struct CheckFonts {
    std::string regular, bold;
};

std::string existing(const char* path) {
    struct stat st {};
    return stat(path, &st) == 0 ? path : "";
}

CheckFonts fontsOrDefault(const CheckFonts& given) {
    if (given.regular.empty())
        return {existing(kDefaultFont),
                given.bold.empty() ? existing(kDefaultBoldFont) : given.bold};
    return {given.regular, given.bold.empty() ? given.regular : given.bold};
}

void printProblems(const ProblemList& problems) {
    // Errors on stdout, one per line, exactly FILE: /pointer: message; warnings
    // on stderr so that scripts can tell them apart.
    for (const auto& p : problems.errors()) std::printf("%s\n", p.format().c_str());
    for (const auto& p : problems.warnings())
        std::fprintf(stderr, "warning: %s\n", p.format().c_str());
}

// Texts a screen shows with no clip: one warning per language, a count and the
// first few (a pack without narration has no speech, and no warning).
void warnUncoveredNarration(const Pack& pack, ProblemList& problems) {
    if (pack.narration.empty()) return;
    for (const auto& c : narrationCoverage(pack)) {
        if (c.missing.empty()) continue;
        std::string first;
        for (size_t i = 0; i < c.missing.size() && i < 3; ++i)
            first += (i ? ", \"" : "\"") + c.missing[i] + "\"";
        problems.warning(pack.manifest.content.narration,
                         std::string("(") + languageCode(c.language) + ")",
                         std::to_string(c.missing.size()) + " of " + std::to_string(c.texts) +
                             " texts a screen shows have no clip, first " + first);
    }
}

void printNarration(const Pack& pack) {
    if (pack.narration.empty()) {
        std::printf("narration: none (no speech)\n");
        return;
    }
    for (const auto& c : narrationCoverage(pack))
        std::printf("narration %s: %zu of %zu texts (%.1f%%), %zu clips, %.1f minutes, %.1f MiB\n",
                    languageCode(c.language), c.covered, c.texts,
                    c.texts ? 100.0 * double(c.covered) / double(c.texts) : 100.0, c.clips,
                    c.seconds / 60.0, double(c.bytes) / (1024.0 * 1024.0));
}

// A source (input of build) has no file list and gives membership rules; its
// glossary is checked too.
int validate(const std::string& dir, const CheckFonts& font, bool source) {
    PackLoadOptions options;
    options.sourcePack = source;
    options.verifyFiles = !source;
    const CheckFonts fonts = fontsOrDefault(font);
    options.fontPath = fonts.regular;
    options.boldFontPath = fonts.bold;
    PackLoadResult result = loadPack(dir, options);
    if (result.pack) {
        warnUncoveredNarration(*result.pack, result.problems);
        checkPackLanguages(dir, result.pack->manifest, result.problems);
        if (source) checkSourceGlossary(dir, result.pack->manifest, result.problems);
    }
    printProblems(result.problems);
    if (!result.pack || result.problems.hasErrors()) return 1;
    std::fprintf(stderr, "%s: valid (%zu warnings)\n", dir.c_str(),
                 result.problems.warnings().size());
    return 0;
}

int build(const std::string& source, const std::string& output, const std::string& geo,
          const CheckFonts& font, bool narration) {
    PackBuildOptions options;
    options.sourceDir = source;
    options.outputDir = output;
    options.geoDir = geo;
    const CheckFonts fonts = fontsOrDefault(font);
    options.fontPath = fonts.regular;
    options.boldFontPath = fonts.bold;
    options.triangulate = triangulateWithGlu;
    std::string openccError;
    if (auto chinese = openChineseConverter(openccError))
        options.chinese = std::move(*chinese);
    else
        std::fprintf(stderr, "%s: place names get no Chinese forms of their own\n",
                     openccError.c_str());
    if (narration)
        options.narrate = [&](const Pack& built, const std::string& staging,
                              std::vector<std::string>& written, ProblemList& problems) {
            NarrationBuildOptions narrationOptions;
            narrationOptions.sourceDir = source;
            narrationOptions.previousOutput = output;  // its clips are reused by name
            return buildNarration(built, staging, narrationOptions, written, problems);
        };
    ProblemList problems;
    const bool ok = buildPack(options, problems);
    printProblems(problems);
    if (!ok) {
        std::fprintf(stderr, "%s: not built\n", output.c_str());
        return 1;
    }
    std::fprintf(stderr, "%s: built (%zu warnings)\n", output.c_str(), problems.warnings().size());
    return 0;
}

int info(const std::string& dir, bool asJson, const CheckFonts& font) {
    PackLoadOptions options;
    const CheckFonts fonts = fontsOrDefault(font);
    options.fontPath = fonts.regular;
    options.boldFontPath = fonts.bold;
    PackLoadResult result = loadPack(dir, options);
    if (!result.pack) {
        printProblems(result.problems);
        return 1;
    }
    checkPackLanguages(dir, result.pack->manifest, result.problems);
    const auto document = packInfoJson(*result.pack, result.problems,
                                       packLanguageCoverage(dir, result.pack->manifest));
    if (asJson) {
        std::printf("%s\n", document.dump(2, ' ', false).c_str());
        return 0;
    }
    std::printf("%s (%s, version %d)\n", result.pack->manifest.title.ja.c_str(),
                result.pack->manifest.id.c_str(), result.pack->manifest.version);
    std::printf("events: %d, %s to %s\n", document["events"].get<int>(),
                document["first_date"].dump().c_str(), document["last_date"].dump().c_str());
    for (const auto& a : document["associations"])
        std::printf("  %-24s declared %4d  derived %4d\n", a["id"].get<std::string>().c_str(),
                    a["declared_members"].get<int>(), a["derived_members"].get<int>());
    std::printf("companies: %d\n", document["companies"].get<int>());
    for (const auto& c : document["language_coverage"])
        std::printf("language %-7s %s: %d of %d texts (%.1f%%)\n",
                    c["language"].get<std::string>().c_str(),
                    c["declared"].get<bool>() ? "declared" : "not declared",
                    c["present"].get<int>(), c["texts"].get<int>(), c["percent"].get<double>());
    std::printf("warnings: %zu\n", document["warnings"].size());
    printNarration(*result.pack);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-pack: validate, build and inspect kiosk content packs"};
    app.require_subcommand(1);
    std::string dir, source, output, geo = "../shared/geo";
    CheckFonts font;
    bool asJson = false, noNarration = false, isSource = false;

    auto* validateCmd =
        app.add_subcommand("validate", "Check a pack; exit 0 when the kiosk would load it");
    validateCmd->add_option("DIR", dir, "Pack folder")->required();
    validateCmd->add_flag("--source", isSource,
                          "DIR is a pack source (the input of build); its glossary is checked too");
    validateCmd->add_option("--font", font.regular, "Regular font to check glyph coverage against");
    validateCmd->add_option("--font-bold", font.bold, "Bold font to check glyph coverage against");

    auto* buildCmd =
        app.add_subcommand("build", "Derive member lists and the manifest, and write a pack");
    buildCmd->add_option("SRC", source, "Source pack folder")->required();
    buildCmd->add_option("OUT", output, "Output pack folder (replaced when the build succeeds)")
        ->required();
    buildCmd->add_option("--geo", geo, "Boundary data folder (default ../shared/geo)");
    buildCmd->add_option("--font", font.regular, "Regular font to check glyph coverage against");
    buildCmd->add_option("--font-bold", font.bold, "Bold font to check glyph coverage against");
    buildCmd->add_flag("--no-narration", noNarration,
                       "Leave out the spoken narration (needs espeak-ng and mecab)");

    auto* infoCmd = app.add_subcommand("info", "Summarise a pack");
    infoCmd->add_option("DIR", dir, "Pack folder")->required();
    infoCmd->add_flag("--json", asJson, "Print one JSON object");
    infoCmd->add_option("--font", font.regular, "Regular font to check glyph coverage against");
    infoCmd->add_option("--font-bold", font.bold, "Bold font to check glyph coverage against");

    MapCommands mapCommands(app);
    EventsCommands eventsCommands(app);
    addInstallCommands(app);

    CLI11_PARSE(app, argc, argv);
    if (validateCmd->parsed()) return validate(dir, font, isSource);
    if (buildCmd->parsed()) return build(source, output, geo, font, !noNarration);
    if (infoCmd->parsed()) return info(dir, asJson, font);
    if (mapCommands.parsed()) return mapCommands.run();
    if (eventsCommands.parsed()) {
        PackLoadOptions checks;  // an import checks the source against the default fonts
        const CheckFonts fonts = fontsOrDefault(font);
        checks.fontPath = fonts.regular;
        checks.boldFontPath = fonts.bold;
        return eventsCommands.run(checks);
    }
    return 2;
}
