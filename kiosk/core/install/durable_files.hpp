#pragma once
#include <cstddef>
#include <functional>
#include <string>

namespace kiosk {

// Every change the installer makes to disk goes through these helpers, so that
// each is made durable in the order crash safety needs (a file's data before
// the rename that publishes it, a rename before the switch that relies on it),
// and so that a test can stop the process after any single one of them.
struct DurableSteps {
    // fsync files and folders. Off only in tests that kill the process (the
    // kernel keeps what a killed process wrote); a power cut needs it on.
    bool sync = true;
    // Called after each change with a short description ("rename staging/x ->
    // packs/y"): the crash test kills the process there.
    std::function<void(const std::string& step)> afterStep;

    void done(const std::string& step) const {
        if (afterStep) afterStep(step);
    }
};

// Errors come back as "PATH: what failed: strerror"; empty means done.

std::string syncFolder(const std::string& dir, const DurableSteps& steps);
// Creates `dir` when missing (its parent must exist) and syncs the parent.
std::string ensureFolder(const std::string& dir, const DurableSteps& steps);
// rename(2), then syncs the folders of both ends.
std::string renamePath(const std::string& from, const std::string& to, const DurableSteps& steps);
// Writes `text` to a temporary file beside `path`, syncs it and renames it over
// `path`: readers see the old file or the new one, never half of one.
std::string replaceFile(const std::string& path, const std::string& text,
                        const DurableSteps& steps);
// Points the symbolic link `link` at `target` by renaming a fresh link over it.
std::string replaceSymlink(const std::string& link, const std::string& target,
                           const DurableSteps& steps);
// Appends one line to a log file and syncs it.
std::string appendLine(const std::string& path, const std::string& line, const DurableSteps& steps);
// Removes a file, link or whole folder; nothing when it is already gone.
std::string removePath(const std::string& path);

// A new file being written; created with O_EXCL, so nothing is replaced.
class NewFile {
  public:
    NewFile(std::string path, unsigned mode);
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    const std::string& error() const { return error_; }
    bool write(const unsigned char* data, size_t size);
    // Syncs (when asked) and closes; the error, or empty.
    std::string finish(const DurableSteps& steps);

  private:
    std::string path_;
    int fd_ = -1;
    std::string error_;
};

}  // namespace kiosk
