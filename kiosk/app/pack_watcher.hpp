#pragma once
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "pack_problems_panel.hpp"
#include "pack_reloader.hpp"
#include "runtime/pack_change_watch.hpp"

namespace kiosk {

// kiosk --watch: looks at the watched folder every tenth of a second and,
// once a save has settled (PackChangeWatch), reloads the pack (PackReloader:
// build, validate, fonts). On a thread of its own, so that a slow build never
// holds a frame or the staff's jobs; or, for scripts and tests on a simulated
// clock, inline in look(). The render thread takes what is ready at the start
// of a frame.
class PackWatcher {
  public:
    // `loaded`: the folder as the content on screen was read from it (taken
    // before that load ran, so a save during it is seen).
    PackWatcher(std::unique_ptr<PackReloader> reloader, FolderSnapshot loaded,
                PackWatchTiming timing = {});
    ~PackWatcher();
    PackWatcher(const PackWatcher&) = delete;
    PackWatcher& operator=(const PackWatcher&) = delete;

    // Inline only: looks at the folder at `now` and reloads when due.
    void look(double now);
    // The newest reload not taken yet; an older one not taken is dropped.
    std::optional<PackReload> takeReady();
    // When, at the latest, the frame loop should look for a reload again.
    double secondsBetweenLooks() const { return timing_.lookEverySeconds; }
    // Reloads the folder now, whatever changed, and waits for it (the
    // reload soak). Inline watchers only: a thread's reloads would race it.
    PackReload reloadNow();
    // Hands a reload to the render thread as if the watcher had made it (the
    // first load's problems).
    void offer(PackReload reload);

  private:
    void lookOnThread();

    std::unique_ptr<PackReloader> reloader_;
    PackWatchTiming timing_;
    PackChangeWatch watch_;
    std::mutex mutex_;
    std::condition_variable stop_;
    bool stopping_ = false;
    std::optional<PackReload> ready_;
    std::thread thread_;  // last: it uses the members above
};

// Starts watching `settings.dir`: the first load now, on this thread (a
// source is built first; its fonts are left to the caller, who builds them
// as at any start), and the watcher for the saves after it. The first load's
// content is null when the pack has errors.
struct WatchStart {
    PackReload first;
    std::unique_ptr<PackWatcher> watcher;
};
WatchStart startWatching(const PackWatchSettings& settings, const LiveContentSettings& content);

}  // namespace kiosk

namespace kiosk {
// A reload's problems as the panel over the screen shows them: errors first.
ui::PackProblemsView problemsView(const PackReload& reload);
}  // namespace kiosk
