#include "runtime/pack_change_watch.hpp"

namespace kiosk {

PackChangeWatch::PackChangeWatch(FolderSnapshot loaded, PackWatchTiming timing)
    : timing_(timing), loaded_(std::move(loaded)), latest_(loaded_) {}

bool PackChangeWatch::observe(FolderSnapshot snapshot, double now) {
    nextLookAt_ = now + timing_.lookEverySeconds;
    if (snapshot != latest_) {
        if (latest_ == loaded_) firstChangeAt_ = now;
        latest_ = std::move(snapshot);
        lastChangeAt_ = now;
    }
    if (latest_ == loaded_) return false;  // changed, then changed back
    const bool settled = now - lastChangeAt_ >= timing_.quietSeconds;
    const bool waitedLongEnough = now - firstChangeAt_ >= timing_.longestWaitSeconds;
    if (!settled && !waitedLongEnough) return false;  // the next look, a tenth of a second on
    lastChanges_ = describeChanges(loaded_, latest_);
    loaded_ = latest_;
    return true;
}

}  // namespace kiosk
