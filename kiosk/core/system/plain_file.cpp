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

// Looks at one step of a path below `dir` without following a link: the
// folder `part` or, when `last`, the regular file. Empty when it is what is
// wanted, else why not, naming `path` up to this step.
std::string lookAtStep(int dir, const std::string& path, size_t start, size_t slash,
                       struct stat& st) {
    const bool last = slash == std::string::npos;
    const std::string part = path.substr(start, last ? slash : slash - start);
    if (::fstatat(dir, part.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? "file is missing"
                               : std::string("file cannot be read: ") + std::strerror(errno);
    if (last ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode)) return {};
    return last ? kindOf(st.st_mode)
                : "folder \"" + path.substr(0, slash) + "\" " + kindOf(st.st_mode);
}

// The same step looked at, then opened (a folder O_DIRECTORY); -1 with `why`.
int openStep(int dir, const std::string& path, size_t start, size_t slash, struct stat& st,
             std::string& why) {
    why = lookAtStep(dir, path, start, slash, st);
    if (!why.empty()) return -1;
    const bool last = slash == std::string::npos;
    const std::string part = path.substr(start, last ? slash : slash - start);
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
    for (const OpenFolder& folder : chain_)
        if (folder.fd >= 0) ::close(folder.fd);
    if (root_ >= 0) ::close(root_);
}

PlainFilesBelow::Folder PlainFilesBelow::folder(const std::string& path, size_t slash) {
    if (slash == std::string::npos) return {root_, rootProblem_};
    // Keeps the open folders that lead to this one too (a prefix of its path
    // up to a '/'), closes the others, and opens the rest of the way down.
    size_t keep = 0;
    while (keep < chain_.size()) {
        const std::string& above = chain_[keep].path;
        if (above.size() > slash || path.compare(0, above.size(), above) != 0 ||
            path[above.size()] != '/')
            break;
        ++keep;
    }
    while (chain_.size() > keep) {
        if (chain_.back().fd >= 0) ::close(chain_.back().fd);
        chain_.pop_back();
    }
    Folder current{root_, rootProblem_};
    size_t start = 0;
    if (!chain_.empty()) {
        current = {chain_.back().fd, chain_.back().problem};
        start = chain_.back().path.size() + 1;
    }
    while (current.fd >= 0 && start <= slash) {
        const size_t next = path.find('/', start);  // at most `slash`
        struct stat st {};
        Folder made;
        made.fd = openStep(current.fd, path, start, next, st, made.problem);
        chain_.push_back({path.substr(0, next), made.fd, made.problem});
        current = made;
        start = next + 1;
    }
    return current;
}

int PlainFilesBelow::open(const std::string& path, struct stat& st, std::string& why) {
    const size_t slash = path.rfind('/');
    const Folder dir = folder(path, slash);
    if (dir.fd < 0) {
        why = dir.problem;
        return -1;
    }
    return openStep(dir.fd, path, slash + 1, std::string::npos, st, why);  // npos + 1 is 0
}

std::string PlainFilesBelow::look(const std::string& path, struct stat& st) {
    const size_t slash = path.rfind('/');
    const Folder dir = folder(path, slash);
    return dir.fd < 0 ? dir.problem : lookAtStep(dir.fd, path, slash + 1, std::string::npos, st);
}

std::string PlainFilesBelow::problem(const std::string& path, struct stat& st) {
    std::string why;
    const int fd = open(path, st, why);
    if (fd >= 0) ::close(fd);
    return why;
}

}  // namespace kiosk
