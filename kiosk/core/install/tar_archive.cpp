#include "install/tar_archive.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "content/pack_paths.hpp"

namespace kiosk {

namespace {

constexpr uint64_t kBlock = 512;

// Reads exactly `size` bytes at `offset`; false on a short read or an error.
bool readAt(int fd, uint64_t offset, unsigned char* out, size_t size) {
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, out + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

std::string field(const unsigned char* header, size_t offset, size_t length) {
    const char* start = reinterpret_cast<const char*>(header + offset);
    return std::string(start, strnlen(start, length));
}

// An octal number field: optional leading spaces, digits, then NULs or spaces.
// GNU's base-256 form (for sizes of 8 GiB and more) is not accepted.
bool octal(const unsigned char* header, size_t offset, size_t length, uint64_t& out) {
    size_t i = offset;
    const size_t end = offset + length;
    while (i < end && header[i] == ' ') ++i;
    const size_t digits = i;
    out = 0;
    for (; i < end && header[i] >= '0' && header[i] <= '7'; ++i) {
        if (out >> 60) return false;
        out = out * 8 + (header[i] - '0');
    }
    if (i == digits) return false;
    for (; i < end; ++i)
        if (header[i] != ' ' && header[i] != '\0') return false;
    return true;
}

bool checksumMatches(const unsigned char* header) {
    uint64_t stored = 0;
    if (!octal(header, 148, 8, stored)) return false;
    uint64_t sum = 0;
    for (size_t i = 0; i < kBlock; ++i) sum += (i >= 148 && i < 156) ? ' ' : header[i];
    return sum == stored;
}

std::string typeProblem(char type) {
    switch (type) {
        case '1':
            return "is a hard link; a pack archive holds plain files and folders only";
        case '2':
            return "is a symbolic link; a pack archive holds plain files and folders only";
        case '3':
        case '4':
        case '6':
            return "is a device or pipe; a pack archive holds plain files and folders only";
        case 'x':
        case 'g':
        case 'L':
        case 'K':
            return "is a pax or GNU extension record; write the archive with tar --format=ustar";
        default:
            return std::string("has unknown type '") + type + "'";
    }
}

std::string entryName(size_t index, const std::string& path) {
    return "entry " + std::to_string(index + 1) + " (\"" + path.substr(0, 120) + "\")";
}

// When the archive holds one top folder with the pack in it, paths are taken
// relative to that folder.
void stripTopFolder(TarIndex& index) {
    if (index.files.count("pack.json")) return;
    std::string top;
    for (const auto& [path, entry] : index.files) {
        const std::string first = path.substr(0, path.find('/'));
        if (first == path || (!top.empty() && first != top)) return;
        top = first;
    }
    if (top.empty() || !index.files.count(top + "/pack.json")) return;
    TarIndex inner;
    for (const auto& [path, entry] : index.files) inner.files[path.substr(top.size() + 1)] = entry;
    for (const auto& folder : index.folders)
        if (folder.size() > top.size()) inner.folders.insert(folder.substr(top.size() + 1));
    index = std::move(inner);
}

// One header's entry as the index takes it: the path without "./" (and, for a
// folder, without its trailing '/'), checked only as far as the header itself.
struct TarHeader {
    std::string path;
    bool folder = false;
    uint64_t size = 0;
};

bool isEndOfArchive(const unsigned char* header) {
    bool zero = true;
    for (size_t i = 0; i < kBlock; ++i) zero = zero && header[i] == 0;
    return zero;
}

// Checks the header of entry `index` at `offset` and reads it into `out`;
// returns what is wrong, or an empty string.
std::string readHeader(const unsigned char* header, size_t index, uint64_t offset, TarHeader& out) {
    const std::string at =
        "entry " + std::to_string(index + 1) + " at byte " + std::to_string(offset);
    if (!checksumMatches(header))
        return at + ": header checksum does not match; the archive is damaged";
    const bool posix = std::memcmp(header + 257,
                                   "ustar\0"
                                   "00",
                                   8) == 0;
    if (!posix && std::memcmp(header + 257, "ustar  \0", 8) != 0)
        return at + ": not a ustar header; expected an uncompressed tar archive";
    std::string path = field(header, 0, 100);
    const std::string prefix = posix ? field(header, 345, 155) : "";
    if (!prefix.empty()) path = prefix + "/" + path;
    const char type = static_cast<char>(header[156]);
    uint64_t entrySize = 0;
    if (!octal(header, 124, 12, entrySize))
        return entryName(index, path) + ": size field is not an octal number";
    const bool folder = type == '5';
    if (!folder && type != '0' && type != '\0')
        return entryName(index, path) + " " + typeProblem(type);
    if (folder && entrySize != 0) return entryName(index, path) + ": a folder with data";
    while (path.compare(0, 2, "./") == 0) path.erase(0, 2);
    if (folder)
        while (!path.empty() && path.back() == '/') path.pop_back();
    out = TarHeader{std::move(path), folder, entrySize};
    return {};
}

// Adds entry `index`, whose data starts at `dataOffset`, to `out`, keeping the
// pack's limits; `total` counts the bytes of the files so far. Returns what is
// wrong, or an empty string.
std::string addEntry(const TarHeader& entry, size_t index, uint64_t dataOffset,
                     const PackLimits& limits, uint64_t& total, TarIndex& out) {
    const std::string& path = entry.path;
    if (entry.folder && (path.empty() || path == ".")) return {};  // the root itself
    const std::string problem = packPathProblem(path);
    if (!problem.empty()) return entryName(index, path) + ": " + problem;
    if (entry.folder) {
        if (out.files.count(path)) return entryName(index, path) + ": is both a file and a folder";
        out.folders.insert(path);
        return {};
    }
    if (entry.size > limits.maxFileBytes)
        return entryName(index, path) + ": is " + std::to_string(entry.size) +
               " bytes; the limit for one file is " + std::to_string(limits.maxFileBytes);
    total += entry.size;
    if (total > limits.maxTotalBytes)
        return "holds more than " + std::to_string(limits.maxTotalBytes) +
               " bytes; that is the limit for a pack";
    if (out.folders.count(path) ||
        !out.files.emplace(path, TarEntry{dataOffset, entry.size}).second)
        return entryName(index, path) + ": appears twice";
    if (out.files.size() > limits.maxFiles)
        return "holds more than " + std::to_string(limits.maxFiles) +
               " files; that is the limit for a pack";
    return {};
}

// A file may not also be the folder of another file. Adds the folders the
// files' paths imply; returns what is wrong, or an empty string.
std::string addImpliedFolders(TarIndex& out) {
    for (const auto& [path, entry] : out.files)
        for (size_t slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1)) {
            if (out.files.count(path.substr(0, slash)))
                return "\"" + path.substr(0, slash) + "\" is both a file and a folder";
            out.folders.insert(path.substr(0, slash));
        }
    return {};
}

class ArchiveSource : public PackSource {
  public:
    ArchiveSource(std::string location, int fd, TarIndex index)
        : location_(std::move(location)), fd_(fd), index_(std::move(index)) {}
    ~ArchiveSource() override { ::close(fd_); }
    ArchiveSource(const ArchiveSource&) = delete;
    ArchiveSource& operator=(const ArchiveSource&) = delete;

    const std::string& location() const override { return location_; }

    std::optional<uint64_t> fileSize(const std::string& path, std::string& why) const override {
        const TarEntry* entry = find(path, why);
        if (!entry) return std::nullopt;
        return entry->size;
    }

    bool readFile(const std::string& path, const ChunkSink& sink, std::string& why) const override {
        const TarEntry* entry = find(path, why);
        if (!entry) return false;
        std::vector<unsigned char> buffer(1u << 20);
        for (uint64_t done = 0; done < entry->size;) {
            const size_t n =
                static_cast<size_t>(std::min<uint64_t>(buffer.size(), entry->size - done));
            if (!readAt(fd_, entry->offset + done, buffer.data(), n)) {
                why = "cannot be read from the archive (it is truncated, or the medium failed)";
                return false;
            }
            if (!sink(buffer.data(), n)) return true;
            done += n;
        }
        return true;
    }

  private:
    const TarEntry* find(const std::string& path, std::string& why) const {
        const auto it = index_.files.find(path);
        if (it != index_.files.end()) return &it->second;
        why = index_.folders.count(path) ? "is a folder; expected a file" : "file is missing";
        return nullptr;
    }

    std::string location_;
    int fd_;
    TarIndex index_;
};

}  // namespace

std::string indexTarArchive(int fd, uint64_t size, const PackLimits& limits, TarIndex& out) {
    out = TarIndex{};
    unsigned char header[kBlock];
    uint64_t offset = 0;
    uint64_t total = 0;
    const size_t maxEntries = limits.maxFiles * 2 + 64;  // files and the folders holding them
    for (size_t index = 0;; ++index) {
        if (offset + kBlock > size || !readAt(fd, offset, header, kBlock))
            return "ends at byte " + std::to_string(size) +
                   " without the end-of-archive marker; the archive is truncated";
        if (isEndOfArchive(header)) break;
        if (index >= maxEntries)
            return "has more than " + std::to_string(maxEntries) + " entries; the limit is " +
                   std::to_string(limits.maxFiles) + " files";
        TarHeader entry;
        std::string problem = readHeader(header, index, offset, entry);
        if (!problem.empty()) return problem;
        const uint64_t dataOffset = offset + kBlock;
        if (entry.size > size || dataOffset + entry.size > size)
            return entryName(index, entry.path) + ": needs " + std::to_string(entry.size) +
                   " bytes but the archive ends first; the archive is truncated";
        offset = dataOffset + (entry.size + kBlock - 1) / kBlock * kBlock;
        problem = addEntry(entry, index, dataOffset, limits, total, out);
        if (!problem.empty()) return problem;
    }
    const std::string problem = addImpliedFolders(out);
    if (!problem.empty()) return problem;
    stripTopFolder(out);
    return {};
}

std::unique_ptr<PackSource> openPackArchive(const std::string& path, const PackLimits& limits,
                                            Problem& problem) {
    problem = Problem{};
    problem.file = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        problem.message = fd < 0 ? std::string("cannot be opened: ") + std::strerror(errno)
                                 : "is not a plain file";
        if (fd >= 0) ::close(fd);
        return nullptr;
    }
    TarIndex index;
    problem.message = indexTarArchive(fd, static_cast<uint64_t>(st.st_size), limits, index);
    if (!problem.message.empty()) {
        ::close(fd);
        return nullptr;
    }
    return std::make_unique<ArchiveSource>(path, fd, std::move(index));
}

}  // namespace kiosk
