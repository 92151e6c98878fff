#include "install/state_usability.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk {

namespace {

// What the installer and the guard write directly in the state folder.
constexpr const char* kEntries[] = {"lock",     "starts",  "history.jsonl", "set-aside",
                                    "staging",  "packs",   "current",       "last-good"};

std::string notOwned(const std::string& state, const std::string& path, const struct stat& st,
                     uid_t uid) {
    return path + " belongs to user " + std::to_string(st.st_uid) + ", not to the kiosk's user " +
           std::to_string(uid) +
           "; the crash-loop guard and USB installs cannot use the state folder (as root: chown "
           "-R " + std::to_string(uid) + " " + state + ")";
}

}  // namespace

std::string stateFolderProblem(const std::string& state, uid_t uid) {
    struct stat st {};
    if (::lstat(state.c_str(), &st) != 0)
        return errno == ENOENT ? std::string()
                               : state + ": cannot be read: " + std::strerror(errno);
    if (!S_ISDIR(st.st_mode)) return state + ": is not a folder";
    if (uid == 0) return {};
    if (st.st_uid != uid) return notOwned(state, state, st, uid);
    for (const char* entry : kEntries) {
        const std::string path = state + "/" + entry;
        if (::lstat(path.c_str(), &st) != 0) continue;  // not written yet
        if (st.st_uid != uid) return notOwned(state, path, st, uid);
    }
    return {};
}

}  // namespace kiosk
