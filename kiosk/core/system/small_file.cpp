#include "system/small_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk {

namespace {

std::string tooLarge(unsigned long long bytes, size_t maxBytes) {
    return "is " + std::to_string(bytes) + " bytes; expected at most " + std::to_string(maxBytes);
}

std::string notRegular(mode_t mode) {
    if (S_ISDIR(mode)) return "is a folder; expected a file";
    return "is not a regular file (a device, a pipe or a socket); expected a file";
}

}  // namespace

std::string readSmallFile(const std::string& path, size_t maxBytes, std::string& out) {
    out.clear();
    // Looked at before opening too: opening some devices does something.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return std::string("cannot be read: ") + std::strerror(errno);
    if (!S_ISREG(st.st_mode)) return notRegular(st.st_mode);
    // O_NONBLOCK: should a FIFO take the file's place meanwhile, open() must
    // not wait for a writer; fstat() below then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return std::string("cannot be read: ") + std::strerror(errno);
    std::string why;
    if (::fstat(fd, &st) != 0)
        why = std::string("cannot be read: ") + std::strerror(errno);
    else if (!S_ISREG(st.st_mode))
        why = notRegular(st.st_mode);
    else if (static_cast<unsigned long long>(st.st_size) > maxBytes)
        why = tooLarge(static_cast<unsigned long long>(st.st_size), maxBytes);
    // Read at most one byte past the cap, in case the file grows meanwhile.
    char buffer[4096];
    while (why.empty()) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            why = std::string("cannot be read: ") + std::strerror(errno);
        } else if (n == 0) {
            break;
        } else if (out.size() + static_cast<size_t>(n) > maxBytes) {
            why = "is more than " + std::to_string(maxBytes) + " bytes; expected at most " +
                  std::to_string(maxBytes);
        } else {
            out.append(buffer, static_cast<size_t>(n));
        }
    }
    ::close(fd);
    if (!why.empty()) out.clear();
    return why;
}

}  // namespace kiosk
