#pragma once
#include <string>

namespace kiosk {

// Makes kiosk-pack write a state folder as the user who owns it, so that the
// kiosk (running as that user) can always write what an install or rollback
// leaves (the lock, history.jsonl, the packs): as root, it becomes the
// folder's owner when that is another user; as anyone else, it refuses a
// folder owned by someone else. A missing folder is left to the installer.
// Returns the line to print and stop with, or an empty string to go on.
std::string actAsStateOwner(const std::string& stateDir);

}  // namespace kiosk
