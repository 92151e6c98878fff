#pragma once
#include <sys/stat.h>

#include <map>
#include <string>

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
// narration clips): each folder on their paths is looked at and opened once,
// not once per file, so a file costs a look, an open and a close.
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
    // The folder `path` names up to `slash`, opened at its first use.
    const Folder& folder(const std::string& path, size_t slash);

    int root_ = -1;
    std::string rootProblem_;
    std::map<std::string, Folder> folders_;
};

}  // namespace kiosk
