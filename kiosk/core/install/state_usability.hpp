#pragma once
#include <sys/types.h>

#include <string>

namespace kiosk {

// Whether the kiosk, running as `uid`, can keep its state folder: the folder
// and everything the installer and the crash-loop guard write in it (lock,
// starts, history, set-aside, staging, packs, the current and last-good
// links) must be the kiosk's own. A folder left to root by `kiosk-pack install`
// run as root once switched the crash-loop guard and USB installs off with a
// warning nobody read; this names the first entry that is not the kiosk's, so
// the log and the staff panel can say so plainly. Root (uid 0) can keep any
// folder. Empty when the folder is usable; a missing folder is usable too (the
// installer creates it).
std::string stateFolderProblem(const std::string& state, uid_t uid);

}  // namespace kiosk
