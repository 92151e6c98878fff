#include "system/plain_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace kiosk {

namespace {

std::string kindOf(mode_t mode) {
    if (S_ISLNK(mode)) return "is a symbolic link; a pack holds plain files only";
    if (S_ISDIR(mode)) return "is a folder; expected a file";
    return "is not a plain file (a device, pipe or socket); a pack holds plain files only";
}

}  // namespace

int openPlainFileBelow(int dirFd, const std::string& path, struct stat& st, std::string& why) {
    int dir = dirFd;
    std::vector<int> opened;
    auto closeAll = [&opened] {
        for (int fd : opened) ::close(fd);
    };
    size_t start = 0;
    for (;;) {
        const size_t slash = path.find('/', start);
        const std::string part =
            path.substr(start, slash == std::string::npos ? slash : slash - start);
        const bool last = slash == std::string::npos;
        if (::fstatat(dir, part.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            why = errno == ENOENT ? "file is missing"
                                  : std::string("file cannot be read: ") + std::strerror(errno);
            closeAll();
            return -1;
        }
        const bool wanted = last ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode);
        if (!wanted) {
            why = last ? kindOf(st.st_mode)
                       : "folder \"" + path.substr(0, slash) + "\" " + kindOf(st.st_mode);
            closeAll();
            return -1;
        }
        // O_NONBLOCK: a FIFO swapped in after the look must not block the open.
        const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY);
        const int fd = ::openat(dir, part.c_str(), flags);
        if (fd < 0) {
            why = std::string("file cannot be opened: ") + std::strerror(errno);
            closeAll();
            return -1;
        }
        if (last) {
            closeAll();
            // The name could have been swapped between the look and the open.
            if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
                why = "changed while being opened; a pack holds plain files only";
                ::close(fd);
                return -1;
            }
            return fd;
        }
        opened.push_back(fd);
        dir = fd;
        start = slash + 1;
    }
}

std::string plainFileBelowProblem(const std::string& dir, const std::string& path,
                                  struct stat& st) {
    const int root = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return errno == ENOENT ? "file is missing"
                               : "its pack folder cannot be opened: " +
                                     std::string(std::strerror(errno));
    std::string why;
    const int fd = openPlainFileBelow(root, path, st, why);
    if (fd >= 0) ::close(fd);
    ::close(root);
    return fd >= 0 ? std::string() : why;
}

}  // namespace kiosk
