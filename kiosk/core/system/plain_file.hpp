#pragma once
#include <sys/stat.h>

#include <string>
#include <vector>

namespace kiosk {

// The one rule for what a pack may hold, whether it is being validated, run
// with --pack or installed: regular files inside its own folder. Every step of
// `path` below the folder is looked at without following links, so a link, a
// device, a pipe or a socket anywhere in the pack is refused before a byte of
// it is read (a strings.json pointing at /etc/shadow must not leak its first
// byte into an error message).
//
// Opens the regular file at `path` (a checked relative path, '/' separated)
// below the folder open at `dirFd`. Returns a descriptor (O_RDONLY|O_CLOEXEC)
// with `st` describing it, or -1 with the reason in `why`: "file is missing",
// "is a symbolic link; a pack holds plain files only", ...
int openPlainFileBelow(int dirFd, const std::string& path, struct stat& st, std::string& why);

// The same from a folder's path: checks the file and closes it again. Empty
// when `path` is a regular file reached without links, otherwise why not.
std::string plainFileBelowProblem(const std::string& dir, const std::string& path,
                                  struct stat& st);

// The same rule for many files below one folder (a pack's thousands of
// narration clips): the folders on the way to the last file stay open, so the
// next file in the same folder costs a look, an open and a close instead of a
// walk from the top. At most one chain of folders is open at a time, however
// many folders a (hostile) pack holds; files in path order reuse it best.
class PlainFilesBelow {
  public:
    explicit PlainFilesBelow(const std::string& dir);
    ~PlainFilesBelow();
    PlainFilesBelow(const PlainFilesBelow&) = delete;
    PlainFilesBelow& operator=(const PlainFilesBelow&) = delete;

    // As openPlainFileBelow, for `path` below the folder.
    int open(const std::string& path, struct stat& st, std::string& why);
    // As plainFileBelowProblem: empty when `path` is a regular file reached
    // without links, otherwise why not.
    std::string problem(const std::string& path, struct stat& st);
    // The same by the file's name alone, without opening it: whether it can
    // be read is not asked (a sound checked by its size).
    std::string look(const std::string& path, struct stat& st);

  private:
    struct Folder {
        int fd = -1;
        std::string problem;  // why it cannot be opened, when fd < 0
    };
    struct OpenFolder {
        std::string path;  // below the root, without a trailing '/'
        int fd = -1;
        std::string problem;
    };
    // The folder `path` names up to `slash` (the root for npos), through the open chain.
    Folder folder(const std::string& path, size_t slash);

    int root_ = -1;
    std::string rootProblem_;
    std::vector<OpenFolder> chain_;  // from the root down, each inside the one before
};

}  // namespace kiosk
