#include "install/pack_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "install/tar_archive.hpp"
#include "system/plain_file.hpp"

namespace kiosk {

namespace {

constexpr size_t kReadChunk = 1u << 20;

class Fd {
  public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

// A pack folder, read through one descriptor of its root: every step below it
// refuses links, so a hostile folder cannot point the kiosk anywhere else.
class FolderSource : public PackSource {
  public:
    FolderSource(std::string location, int rootFd)
        : location_(std::move(location)), root_(rootFd) {}

    const std::string& location() const override { return location_; }

    std::optional<uint64_t> fileSize(const std::string& path, std::string& why) const override {
        struct stat st {};
        const int fd = openFile(path, st, why);
        if (fd < 0) return std::nullopt;
        ::close(fd);
        return static_cast<uint64_t>(st.st_size);
    }

    bool readFile(const std::string& path, const ChunkSink& sink, std::string& why) const override {
        struct stat st {};
        Fd fd(openFile(path, st, why));
        if (fd.get() < 0) return false;
        std::vector<unsigned char> buffer(kReadChunk);
        for (;;) {
            const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                why = std::string("file cannot be read: ") + std::strerror(errno);
                return false;
            }
            if (n == 0) return true;
            if (!sink(buffer.data(), static_cast<size_t>(n))) return true;
        }
    }

  private:
    int openFile(const std::string& path, struct stat& st, std::string& why) const {
        return openPlainFileBelow(root_.get(), path, st, why);
    }

    std::string location_;
    Fd root_;
};

}  // namespace

bool readWholeFile(const PackSource& source, const std::string& path, size_t maxBytes,
                   std::string& out, std::string& why) {
    const auto size = source.fileSize(path, why);
    if (!size) return false;
    if (*size > maxBytes) {
        why =
            "file is " + std::to_string(*size) + " bytes; the limit is " + std::to_string(maxBytes);
        return false;
    }
    out.clear();
    bool tooLong = false;
    const bool ok = source.readFile(
        path,
        [&](const unsigned char* data, size_t n) {
            tooLong = out.size() + n > maxBytes;
            if (!tooLong) out.append(reinterpret_cast<const char*>(data), n);
            return !tooLong;
        },
        why);
    if (ok && tooLong)
        why = "file grew past " + std::to_string(maxBytes) + " bytes while being read";
    return ok && !tooLong;
}

std::unique_ptr<PackSource> openPackFolder(const std::string& dir, std::string& why) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        why = dir + ": cannot be opened as a folder: " + std::strerror(errno);
        return nullptr;
    }
    return std::make_unique<FolderSource>(dir, fd);
}

std::unique_ptr<PackSource> openPackSource(const std::string& path, const PackLimits& limits,
                                           Problem& problem) {
    problem = Problem{};
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        problem.file = path;
        problem.message = std::string("cannot be read: ") + std::strerror(errno);
        return nullptr;
    }
    if (S_ISREG(st.st_mode)) return openPackArchive(path, limits, problem);
    std::string why;
    auto source = openPackFolder(path, why);
    if (!source) {
        problem.file = path;
        problem.message = "is neither a pack folder nor a pack archive";
    }
    return source;
}

}  // namespace kiosk
