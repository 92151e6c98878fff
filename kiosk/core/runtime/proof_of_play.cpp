#include "runtime/proof_of_play.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "install/durable_files.hpp"

namespace kiosk {

const char* const kPlayLogHeader = "start,screen,item,seconds,mode";

namespace {

std::string failure(const std::string& path, const std::string& what) {
    return path + ": " + what + ": " + std::strerror(errno);
}

// Quotes a field when a comma, quote or line break in it would split the row.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// The broken-down local time at `utcOffsetSeconds` east of UTC.
std::tm localParts(double unixSeconds, int utcOffsetSeconds) {
    const std::time_t shifted =
        static_cast<std::time_t>(std::floor(unixSeconds)) + utcOffsetSeconds;
    std::tm parts{};
    gmtime_r(&shifted, &parts);
    return parts;
}

std::string isoLocal(double unixSeconds, int utcOffsetSeconds) {
    const std::tm t = localParts(unixSeconds, utcOffsetSeconds);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &t);
    std::string out = text;
    if (utcOffsetSeconds == 0) return out + "Z";
    const int minutes = std::abs(utcOffsetSeconds) / 60;
    std::snprintf(text, sizeof text, "%c%02d:%02d", utcOffsetSeconds < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return out + text;
}

bool writeAll(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

// The rows of one log file, without its header; empty when it does not exist.
std::vector<std::string> rowsOf(const std::string& path) {
    std::vector<std::string> rows;
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line == kPlayLogHeader) continue;
        rows.push_back(line);
    }
    return rows;
}

}  // namespace

std::string formatPlayRow(const PlayRecord& r, int utcOffsetSeconds) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", r.seconds);
    return isoLocal(r.startUnix, utcOffsetSeconds) + "," + csvField(r.screen) + "," +
           csvField(r.item) + "," + seconds + "," + csvField(r.mode);
}

bool PlayTracker::showing(const std::string& screen, const std::string& item) const {
    if (!current_) return screen.empty();
    return current_->screen == screen && current_->item == item;
}

std::optional<PlayRecord> PlayTracker::observe(const std::string& screen, const std::string& item,
                                               double now, double wallNow) {
    if (showing(screen, item)) return std::nullopt;
    std::optional<PlayRecord> finished = finish(now);
    if (!screen.empty()) {
        current_ = PlayRecord{wallNow, screen, item, 0.0, mode_};
        startedAt_ = now;
    }
    return finished;
}

std::optional<PlayRecord> PlayTracker::finish(double now) {
    if (!current_) return std::nullopt;
    PlayRecord done = *current_;
    done.seconds = std::max(0.0, now - startedAt_);
    current_.reset();
    return done;
}

PlayLogFile::PlayLogFile(std::string path, std::uint64_t maxBytes, int utcOffsetSeconds)
    : path_(std::move(path)), maxBytes_(maxBytes), utcOffsetSeconds_(utcOffsetSeconds) {}

std::string PlayLogFile::append(const PlayRecord& record) {
    const std::filesystem::path parent = std::filesystem::path(path_).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return failure(path_, "cannot be opened");
    struct stat st {};
    ::fstat(fd, &st);
    std::string text;
    if (!checkedTail_ && st.st_size > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') text += '\n';
    }
    checkedTail_ = true;
    const std::string row = formatPlayRow(record, utcOffsetSeconds_) + "\n";
    if (st.st_size > 0 && static_cast<std::uint64_t>(st.st_size) + row.size() > maxBytes_) {
        ::close(fd);
        const std::string older = path_ + ".1";
        if (::rename(path_.c_str(), older.c_str()) != 0)
            return failure(path_, "cannot be moved to " + older);
        fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd < 0) return failure(path_, "cannot be opened");
        st.st_size = 0;
        text.clear();
    }
    if (st.st_size == 0) text += std::string(kPlayLogHeader) + "\n";
    text += row;
    const bool ok = writeAll(fd, text);
    const std::string why = ok ? std::string() : failure(path_, "cannot be written");
    ::close(fd);
    return why;
}

std::string ProofOfPlayRecorder::observe(const std::string& screen, const std::string& item,
                                         double now) {
    // The wall clock is read only when something new appears, not every frame.
    if (tracker_.showing(screen, item)) return {};
    if (auto done = tracker_.observe(screen, item, now, wallClock_())) return file_.append(*done);
    return {};
}

std::string ProofOfPlayRecorder::finish(double now) {
    if (auto done = tracker_.finish(now)) return file_.append(*done);
    return {};
}

PlayLogExport exportPlayLog(const std::string& logPath, const std::string& targetDir,
                            double nowUnix, int utcOffsetSeconds) {
    PlayLogExport result;
    std::string text = std::string(kPlayLogHeader) + "\n";
    for (const std::string& source : {logPath + ".1", logPath}) {
        for (const std::string& row : rowsOf(source)) {
            text += row + "\n";
            ++result.rows;
        }
    }
    const std::tm t = localParts(nowUnix, utcOffsetSeconds);
    char name[64];
    std::strftime(name, sizeof name, "proof-of-play-%Y%m%d-%H%M%S.csv", &t);
    result.path = targetDir + "/" + name;
    result.error = replaceFile(result.path, text, DurableSteps{});
    return result;
}

}  // namespace kiosk
