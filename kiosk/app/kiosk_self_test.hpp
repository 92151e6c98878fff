#pragma once
#include <optional>
#include <string>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "jobs/job_runner.hpp"
#include "options.hpp"
#include "staff/staff_self_test.hpp"

namespace kiosk {

// The self-test over this running kiosk: the pack on show and its folder, the
// live fonts, the job runner, and a tone request the frame loop hands to the
// audio output (the staff services own no audio).
class KioskSelfTest : public StaffSelfTest {
  public:
    KioskSelfTest(const AppOptions& options, JobRunner& jobs) : options_(options), jobs_(jobs) {}

    // Kept up to date by the runtime: what is on show, in which fonts.
    void setShowing(const Pack* pack, const std::string& dir, const ui::LanguageFonts* fonts);
    // The staff's volume, in percent, which the tone plays at.
    void setVolume(int percent) { volume_ = percent; }
    // The tone asked for since the last call, with its gain (the frame loop
    // plays it); nothing when none was.
    std::optional<std::pair<ToneSide, double>> takeTone();

    void checkPack() override;
    const std::optional<PackCheckResult>& packResult() const override { return pack_; }
    bool checking() const override { return packChecking_ || glyphsChecking_; }
    void checkGlyphs() override;
    const std::optional<GlyphCoverage>& glyphResult() const override { return glyphs_; }
    int glyphLanguages() const override { return glyphLanguages_; }
    void playTone(ToneSide side) override;
    SelfTestScreen screen() const override;

  private:
    AppOptions options_;
    JobRunner& jobs_;
    const Pack* showing_ = nullptr;
    std::string dir_;
    const ui::LanguageFonts* fonts_ = nullptr;
    std::optional<PackCheckResult> pack_;
    std::optional<GlyphCoverage> glyphs_;
    int glyphLanguages_ = 0;
    // A check under way is not started again by a second tap.
    bool packChecking_ = false, glyphsChecking_ = false;
    std::optional<ToneSide> tone_;
    int volume_ = 80;
};

}  // namespace kiosk
