#pragma once
#include <memory>
#include <string>

#include "content/problem.hpp"
#include "live_content.hpp"
#include "places/place_names.hpp"

namespace kiosk {

// What kiosk --watch watches and how a source is built.
struct PackWatchSettings {
    // The folder the author edits: a pack source (content/src/...) or a
    // built pack. Empty: nothing is watched.
    std::string dir;
    // The boundary data a source is built with (kiosk-pack build's --geo).
    std::string geoDir = "../shared/geo";
    // Scripts and tests on a simulated clock: the folder is looked at and the
    // pack reloaded inside KioskRuntime::update, on its clock, not on a thread.
    bool inlineLooks = false;
};

// One reload of the watched folder: the content ready to go live (null when
// the pack has errors: the last good content stays) and everything the
// validator said, errors and warnings.
struct PackReload {
    std::unique_ptr<PreparedContent> prepared;
    ProblemList problems;
    int number = 0;  // 1 for the first load, counting up
};

// Reads the watched folder into content the kiosk can show, the way an
// author would check it by hand: a source is built as `kiosk-pack build
// --no-narration` builds it, into a private temporary folder (removed with
// this), then the built pack is loaded and validated as `kiosk-pack validate`
// does, its fonts built into an atlas of their own. Slow: call it on a worker.
class PackReloader {
  public:
    PackReloader(PackWatchSettings watch, LiveContentSettings content);
    ~PackReloader();
    PackReloader(const PackReloader&) = delete;
    PackReloader& operator=(const PackReloader&) = delete;

    // Without `withFonts` the content's atlas is left empty (the first load,
    // whose fonts are built as at any start).
    PackReload reload(bool withFonts = true);
    // Whether the watched folder is a source (no file list in pack.json).
    bool watchingSource() const { return source_; }
    const PackWatchSettings& watch() const { return watch_; }

  private:
    bool buildSource(ProblemList& problems);

    PackWatchSettings watch_;
    LiveContentSettings content_;
    bool source_ = false;
    std::string privateDir_;  // the built pack of a source goes in here
    ChineseConverter chinese_;
    int reloads_ = 0;
};

// True when `dir`'s pack.json has no file list: a pack source, the input of
// kiosk-pack build (a built pack lists every file with its size and SHA-256).
bool isPackSource(const std::string& dir);

}  // namespace kiosk
