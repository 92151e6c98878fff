#pragma once
#include <sys/stat.h>

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

}  // namespace kiosk
