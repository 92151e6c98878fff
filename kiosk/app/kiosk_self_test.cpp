#include "kiosk_self_test.hpp"

#include <spdlog/spdlog.h>

#include "content/pack_texts.hpp"
#include "font_glyph_tables.hpp"
#include "install/signing_keys.hpp"
#include "session/language_switch.hpp"
#include "startup.hpp"
#include "text/printable.hpp"

namespace kiosk {

void KioskSelfTest::setShowing(const Pack* pack, const std::string& dir,
                               const ui::LanguageFonts* fonts) {
    // Results were about the pack before: they would mislead.
    if (pack != showing_) pack_.reset(), glyphs_.reset();
    showing_ = pack;
    dir_ = dir;
    fonts_ = fonts;
}

std::optional<std::pair<ToneSide, double>> KioskSelfTest::takeTone() {
    if (!tone_) return std::nullopt;
    const ToneSide side = *std::exchange(tone_, std::nullopt);
    return std::make_pair(side, volume_ / 100.0);
}

void KioskSelfTest::playTone(ToneSide side) {
    static constexpr const char* kNames[] = {"left", "right", "both"};
    spdlog::info("self-test: test tone on the {} loudspeaker{}", kNames[int(side)],
                 side == ToneSide::Both ? "s" : "");
    tone_ = side;
}

void KioskSelfTest::checkPack() {
    if (!showing_ || packChecking_) return;
    packChecking_ = true;
    PackCheckResult start;
    start.dir = dir_;
    start.development = options_.config.packs.stateDir.empty();
    const std::vector<PackFile> files = showing_->manifest.files;  // copied: the pack may go
    const std::vector<std::string> keyFiles = options_.config.packs.trustedKeys;
    jobs_.submit<PackCheckResult>(
        "job_check_pack", 0,
        [start, files, keyFiles](JobContext& job) {
            PackCheckResult result = start;
            std::vector<PublicKey> trusted;
            readPublicKeyFiles(keyFiles, trusted);
            result.integrity = checkPackIntegrity(start.dir, files, trusted,
                                                  [&job](uint64_t done, uint64_t total) {
                                                      job.progress({"hashing", done, total});
                                                  });
            for (const Problem& p : result.integrity.damaged)
                spdlog::warn("self-test: {}", printable(p.format()));
            spdlog::info("self-test: {} of {} files of {} intact",
                         files.size() - result.integrity.damaged.size(), files.size(),
                         printable(start.dir));
            return result;
        },
        [this](PackCheckResult result) {
            pack_ = std::move(result);
            packChecking_ = false;
        });
}

void KioskSelfTest::checkGlyphs() {
    if (!showing_ || !fonts_ || glyphsChecking_) return;
    glyphsChecking_ = true;
    // In memory, on this thread, once per tap: the pack's texts and a copy
    // of the atlas's glyph lists. The character by character check is the
    // slow part, and goes to the worker.
    // The languages whose fonts are not in the live atlas (built when a
    // visitor picks one) are checked against the font files, on the worker.
    const std::vector<Language> languages = packLanguages(*showing_);
    std::vector<Language> held, notHeld;
    for (const Language language : languages)
        (fonts_->has(language) ? held : notHeld).push_back(language);
    std::vector<NamedText> texts = collectShownTexts(*showing_, languages, companionLanguage);
    std::vector<FaceGlyphs> faces = ui::fontGlyphTables(*fonts_, held);
    const ui::FontSources files = fontSources(options_);
    const int count = int(languages.size());
    jobs_.submit<GlyphCoverage>(
        "job_check_glyphs", 0,
        [texts = std::move(texts), faces = std::move(faces), notHeld, files](JobContext& job) {
            job.progress({"checking", 0, 0});
            std::vector<FaceGlyphs> all = faces;
            for (const Language language : notHeld)
                for (FaceGlyphs& face :
                     fontFileGlyphTables(texts, language, files.regular, files.bold))
                    all.push_back(std::move(face));
            GlyphCoverage coverage = checkGlyphCoverage(texts, all);
            for (const GlyphGap& gap : coverage.missing)
                spdlog::warn("self-test: missing glyph {} in {}, needed by {}",
                             codepointLabel(gap.codepoint), gap.face, printable(gap.text));
            return coverage;
        },
        [this, count](GlyphCoverage coverage) {
            glyphs_ = std::move(coverage);
            glyphLanguages_ = count;
            glyphsChecking_ = false;
        });
}

SelfTestScreen KioskSelfTest::screen() const {
    return {options_.config.display.rotation, options_.config.display.diagonalInches};
}

}  // namespace kiosk
