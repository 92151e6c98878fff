#include "state_owner.hpp"

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kiosk {

namespace {
std::string userName(uid_t uid) {
    const passwd* pw = getpwuid(uid);
    return pw ? pw->pw_name : "uid " + std::to_string(uid);
}
}  // namespace

std::string actAsStateOwner(const std::string& stateDir) {
    struct stat st {};
    if (stat(stateDir.c_str(), &st) != 0) return {};
    const uid_t me = geteuid();
    if (st.st_uid == me) return {};
    const std::string owner = userName(st.st_uid);
    if (me != 0)
        return stateDir + ": owned by " + owner + "; run kiosk-pack as " + owner +
               " (or as root, which acts as " + owner +
               ") so that the kiosk can write what it leaves";
    const passwd* pw = getpwuid(st.st_uid);
    const gid_t gid = pw ? pw->pw_gid : st.st_gid;
    const bool switched = (pw ? initgroups(pw->pw_name, gid) : setgroups(0, nullptr)) == 0 &&
                          setgid(gid) == 0 && setuid(st.st_uid) == 0;
    if (!switched)
        return stateDir + ": owned by " + owner + ", and kiosk-pack could not act as " + owner +
               ": " + std::strerror(errno);
    std::fprintf(stderr, "kiosk-pack: acting as %s, the owner of %s\n", owner.c_str(),
                 stateDir.c_str());
    return {};
}

}  // namespace kiosk
