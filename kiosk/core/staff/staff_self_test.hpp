#pragma once
#include <optional>
#include <string>

#include "install/pack_integrity.hpp"
#include "sound/test_tone.hpp"
#include "staff/glyph_coverage.hpp"

namespace kiosk {

// What the self-test page knows of the screen for its touch grid.
struct SelfTestScreen {
    int rotation = 0;             // display.rotation in force
    double diagonalInches = 0.0;  // display.diagonal_inches; 0: not configured (no mm)
};

// The pack check's outcome, with what it was run on.
struct PackCheckResult {
    std::string dir;  // the folder of the pack on show
    PackIntegrity integrity;
    // The kiosk runs a --pack folder (no signature required) rather than an
    // installed, verified pack from its state folder.
    bool development = false;
};

// The self-test page's view of the running kiosk: the pack check and the
// glyph check run on the job runner (the calls return at once; the results
// appear when they are done, their progress meanwhile in the staff jobs), the
// tone goes to the kiosk's own audio output.
class StaffSelfTest {
  public:
    virtual ~StaffSelfTest() = default;

    // Checks the pack on show against its manifest, every file (job "job_check_pack").
    virtual void checkPack() = 0;
    virtual const std::optional<PackCheckResult>& packResult() const = 0;
    // A check (pack or glyphs) is under way.
    virtual bool checking() const = 0;
    // Checks every text of the pack in every language it offers against the
    // faces of the live font atlas (job "job_check_glyphs").
    virtual void checkGlyphs() = 0;
    virtual const std::optional<GlyphCoverage>& glyphResult() const = 0;
    // How many languages the glyph check covered.
    virtual int glyphLanguages() const = 0;
    // Plays the test tone on `side` at the staff's volume.
    virtual void playTone(ToneSide side) = 0;
    virtual SelfTestScreen screen() const = 0;
};

}  // namespace kiosk
