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

// One step of a path below `dir`: the folder `part` (opened O_DIRECTORY) or,
// when `last`, the regular file; each looked at without following links.
// -1 with `why` naming `path` up to this step when it is not what is wanted.
int openStep(int dir, const std::string& path, size_t start, size_t slash, struct stat& st,
             std::string& why) {
    const bool last = slash == std::string::npos;
    const std::string part = path.substr(start, last ? slash : slash - start);
    if (::fstatat(dir, part.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        why = errno == ENOENT ? "file is missing"
                              : std::string("file cannot be read: ") + std::strerror(errno);
        return -1;
    }
    const bool wanted = last ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode);
    if (!wanted) {
        why = last ? kindOf(st.st_mode)
                   : "folder \"" + path.substr(0, slash) + "\" " + kindOf(st.st_mode);
        return -1;
    }
    // O_NONBLOCK: a FIFO swapped in after the look must not block the open.
    const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY);
    const int fd = ::openat(dir, part.c_str(), flags);
    if (fd < 0) {
        why = std::string("file cannot be opened: ") + std::strerror(errno);
        return -1;
    }
    // The name could have been swapped between the look and the open.
    if (last && (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        why = "changed while being opened; a pack holds plain files only";
        ::close(fd);
        return -1;
    }
    return fd;
}

}  // namespace

int openPlainFileBelow(int dirFd, const std::string& path, struct stat& st, std::string& why) {
    int dir = dirFd;
    std::vector<int> opened;
    size_t start = 0;
    for (;;) {
        const size_t slash = path.find('/', start);
        const int fd = openStep(dir, path, start, slash, st, why);
        if (fd < 0 || slash == std::string::npos) {
            for (int folder : opened) ::close(folder);
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

PlainFilesBelow::PlainFilesBelow(const std::string& dir) {
    root_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root_ < 0)
        rootProblem_ = errno == ENOENT ? "file is missing"
                                       : "its pack folder cannot be opened: " +
                                             std::string(std::strerror(errno));
}

PlainFilesBelow::~PlainFilesBelow() {
    for (const auto& [path, folder] : folders_)
        if (folder.fd >= 0) ::close(folder.fd);
    if (root_ >= 0) ::close(root_);
}

const PlainFilesBelow::Folder& PlainFilesBelow::folder(const std::string& path, size_t slash) {
    const std::string folderPath = path.substr(0, slash);
    const auto known = folders_.find(folderPath);
    if (known != folders_.end()) return known->second;
    const size_t above = slash == 0 ? std::string::npos : path.rfind('/', slash - 1);
    Folder parent{root_, rootProblem_};
    if (above != std::string::npos) parent = folder(path, above);
    Folder made{-1, parent.problem};
    if (parent.fd >= 0) {
        struct stat st {};
        const size_t start = above == std::string::npos ? 0 : above + 1;
        made.fd = openStep(parent.fd, path, start, slash, st, made.problem);
    }
    return folders_[folderPath] = made;
}

int PlainFilesBelow::open(const std::string& path, struct stat& st, std::string& why) {
    const size_t slash = path.rfind('/');
    Folder dir{root_, rootProblem_};
    if (slash != std::string::npos) dir = folder(path, slash);
    if (dir.fd < 0) {
        why = dir.problem;
        return -1;
    }
    return openStep(dir.fd, path, slash == std::string::npos ? 0 : slash + 1, std::string::npos, st,
                    why);
}

std::string PlainFilesBelow::look(const std::string& path, struct stat& st) {
    const size_t slash = path.rfind('/');
    Folder dir{root_, rootProblem_};
    if (slash != std::string::npos) dir = folder(path, slash);
    if (dir.fd < 0) return dir.problem;
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (::fstatat(dir.fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? "file is missing"
                               : std::string("file cannot be read: ") + std::strerror(errno);
    return S_ISREG(st.st_mode) ? std::string() : kindOf(st.st_mode);
}

std::string PlainFilesBelow::problem(const std::string& path, struct stat& st) {
    std::string why;
    const int fd = open(path, st, why);
    if (fd >= 0) ::close(fd);
    return why;
}

}  // namespace kiosk
