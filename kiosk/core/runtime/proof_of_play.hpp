#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace kiosk {

// The proof-of-play log: what the kiosk showed, when and for how long, as CSV
// rows that staff export to a USB stick (venues and sponsors ask for it).

// One finished showing: a slide of the attract loop or a visitor's screen.
struct PlayRecord {
    double startUnix = 0.0;  // wall clock when it appeared, seconds since 1970 (UTC)
    std::string screen;      // the screen's stable name (screenName(ScreenId): attract, home, ...)
    std::string item;  // the slide ("event:2016-04-26-...", "numbers") or the screen's parameter
    double seconds = 0.0;  // how long it stayed on screen
    std::string mode;      // "interactive" or "loop"
};

// The CSV header and one row: start in local time with its offset
// ("2026-11-29T09:31:29+09:00"), screen, item, seconds (one decimal), mode.
extern const char* const kPlayLogHeader;
std::string formatPlayRow(const PlayRecord& record, int utcOffsetSeconds);

// Turns "this is on screen now" samples, taken every frame, into finished
// records. Steady time (`now`) measures how long; the wall clock stamps the
// start, and is read only when something new appears. Both come in as values.
class PlayTracker {
  public:
    explicit PlayTracker(std::string mode) : mode_(std::move(mode)) {}

    // The record of what was showing, once something else shows. An empty
    // screen name means nothing is on screen (the display is off).
    std::optional<PlayRecord> observe(const std::string& screen, const std::string& item,
                                      double now, double wallNow);
    // True when `screen` and `item` are what is showing already (or, for an
    // empty screen, when nothing is).
    bool showing(const std::string& screen, const std::string& item) const;
    // Ends what is showing (the kiosk stops).
    std::optional<PlayRecord> finish(double now);

  private:
    std::string mode_;
    std::optional<PlayRecord> current_;
    double startedAt_ = 0.0;  // steady clock
};

// The CSV file, capped: when a row would take it past `maxBytes` it becomes
// FILE.1 (replacing the older one) and a fresh FILE starts, so the log never
// takes more than about twice the cap.
class PlayLogFile {
  public:
    PlayLogFile(std::string path, std::uint64_t maxBytes, int utcOffsetSeconds);

    // Appends a row; the error ("PATH: what failed: reason") or empty.
    std::string append(const PlayRecord& record);
    const std::string& path() const { return path_; }

  private:
    std::string path_;
    std::uint64_t maxBytes_;
    int utcOffsetSeconds_;
    bool checkedTail_ = false;  // a row cut off by a power loss is closed before the next
};

// The recorder the kiosk runs: a tracker writing into a log file. Write
// errors come back from observe() so the caller can log them.
class ProofOfPlayRecorder {
  public:
    ProofOfPlayRecorder(PlayLogFile file, std::string mode, std::function<double()> wallClock)
        : file_(std::move(file)), tracker_(std::move(mode)), wallClock_(std::move(wallClock)) {}

    std::string observe(const std::string& screen, const std::string& item, double now);
    std::string finish(double now);

  private:
    PlayLogFile file_;
    PlayTracker tracker_;
    std::function<double()> wallClock_;
};

// Copies the whole log (FILE.1 then FILE, one header) into `targetDir` as
// proof-of-play-YYYYMMDD-HHMMSS.csv (local time `nowUnix`), written to a
// temporary name, synced and renamed, so a stick pulled mid-export holds no
// half file under the final name.
struct PlayLogExport {
    std::string path;   // the file written
    size_t rows = 0;    // rows in it
    std::string error;  // empty when done
};
PlayLogExport exportPlayLog(const std::string& logPath, const std::string& targetDir,
                            double nowUnix, int utcOffsetSeconds);

}  // namespace kiosk
