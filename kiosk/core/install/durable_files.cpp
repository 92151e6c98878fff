#include "install/durable_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kiosk {

namespace {

std::string failed(const std::string& path, const std::string& what) {
    return path + ": " + what + ": " + std::strerror(errno);
}

std::string parentOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::string syncFolder(const std::string& dir, const DurableSteps& steps) {
    if (!steps.sync) return {};
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return failed(dir, "cannot be opened to sync");
    const bool ok = ::fsync(fd) == 0;
    const std::string why = ok ? "" : failed(dir, "cannot be synced");
    ::close(fd);
    if (ok) steps.done("sync " + dir);
    return why;
}

std::string ensureFolder(const std::string& dir, const DurableSteps& steps) {
    if (::mkdir(dir.c_str(), 0755) != 0) {
        struct stat st {};
        if (errno == EEXIST && ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return {};
        return failed(dir, "cannot be created");
    }
    steps.done("mkdir " + dir);
    return syncFolder(parentOf(dir), steps);
}

std::string renamePath(const std::string& from, const std::string& to, const DurableSteps& steps) {
    if (::rename(from.c_str(), to.c_str()) != 0) return failed(from, "cannot be renamed to " + to);
    steps.done("rename " + from + " -> " + to);
    std::string why = syncFolder(parentOf(to), steps);
    if (why.empty() && parentOf(to) != parentOf(from)) why = syncFolder(parentOf(from), steps);
    return why;
}

std::string replaceFile(const std::string& path, const std::string& text,
                        const DurableSteps& steps) {
    const std::string temp = path + ".new";
    ::unlink(temp.c_str());
    NewFile file(temp, 0644);
    file.write(reinterpret_cast<const unsigned char*>(text.data()), text.size());
    std::string why = file.finish(steps);
    if (why.empty()) why = renamePath(temp, path, steps);
    if (!why.empty()) ::unlink(temp.c_str());
    return why;
}

std::string replaceSymlink(const std::string& link, const std::string& target,
                           const DurableSteps& steps) {
    const std::string temp = link + ".new";
    ::unlink(temp.c_str());
    if (::symlink(target.c_str(), temp.c_str()) != 0) return failed(temp, "cannot be created");
    steps.done("symlink " + temp + " -> " + target);
    const std::string why = renamePath(temp, link, steps);
    if (!why.empty()) ::unlink(temp.c_str());
    return why;
}

std::string appendLine(const std::string& path, const std::string& line,
                       const DurableSteps& steps) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return failed(path, "cannot be opened");
    const std::string text = line + "\n";
    // One write: O_APPEND keeps a line whole even if two writers meet.
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ok = ok && (!steps.sync || ::fsync(fd) == 0);
    const std::string why = ok ? "" : failed(path, "cannot be written");
    ::close(fd);
    if (ok) steps.done("append " + path);
    return why;
}

std::string removePath(const std::string& path) {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
    return ec ? path + ": cannot be removed: " + ec.message() : "";
}

NewFile::NewFile(std::string path, unsigned mode) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd_ < 0) error_ = failed(path_, "cannot be created");
}

NewFile::~NewFile() {
    if (fd_ >= 0) ::close(fd_);
}

bool NewFile::write(const unsigned char* data, size_t size) {
    while (error_.empty() && size > 0) {
        const ssize_t n = ::write(fd_, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error_ = failed(path_, "cannot be written");
            break;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return error_.empty();
}

std::string NewFile::finish(const DurableSteps& steps) {
    if (error_.empty() && steps.sync && ::fsync(fd_) != 0)
        error_ = failed(path_, "cannot be synced");
    if (fd_ >= 0 && ::close(fd_) != 0 && error_.empty()) error_ = failed(path_, "cannot be closed");
    fd_ = -1;
    if (error_.empty()) steps.done("write " + path_);
    return error_;
}

}  // namespace kiosk
