#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

// What a job touches. Two jobs that share a resource conflict: the second is
// refused while the first is queued or running (a rollback while a USB
// install writes the state folder, two exports to one stick). A job that
// names none (a PIN check, a proof-of-play row) is never refused: it queues.
enum JobResource : unsigned {
    kStateFolder = 1u << 0,  // the installed packs, current and last-good
    kUsbStick = 1u << 1,     // exports onto a mounted stick
    kListing = 1u << 2,      // folder listings for the staff panel
    kPackSwitch = 1u << 3,   // loading a pack and building its fonts
    kOutbox = 1u << 4,       // the status file in the outbox folder
};

// How far a job has come, for the staff panel's bar. `total` 0: unknown.
struct JobProgress {
    std::string step;  // "verifying 12 of 40 files", in the staff's words
    std::uint64_t done = 0;
    std::uint64_t total = 0;
    double fraction() const { return total ? double(done) / double(total) : 0.0; }
};

// A job as the staff panel shows it.
struct JobStatus {
    std::string name;
    unsigned resources = 0;
    bool running = false;  // false: queued behind another
    JobProgress progress;
};

// Handed to a job's work on the worker thread.
class JobContext {
  public:
    virtual ~JobContext() = default;
    virtual void progress(JobProgress progress) = 0;
    // Something for the render thread before the job ends (a "checking the
    // stick" notice); it runs at the start of the next frame, in order.
    virtual void post(std::function<void()> onRenderThread) = 0;
};

// The one worker for everything slow: pack loads and switches, installs,
// rollbacks, exports, PIN checks, folder listings. The render thread submits
// typed work with a typed handler for its result; the work runs on the
// worker, one job at a time in submission order, and the handler runs on the
// render thread when it calls applyFinished() at the start of a frame. So a
// frame never waits for a disk, a hash or a key derivation, and the app's
// state only changes between frames.
class JobRunner {
  public:
    enum class Mode {
        Worker,  // the kiosk: a thread of its own
        Inline,  // scripts and tests on a simulated clock: work runs inside
                 // submit(), its result waits for applyFinished()
    };
    explicit JobRunner(Mode mode = Mode::Worker);
    ~JobRunner();  // waits for the running job; queued ones are dropped
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    // Queues `work` unless a queued or running job shares one of `resources`;
    // false when refused (nothing runs). `apply` gets the result on the
    // render thread.
    template <class Result>
    bool submit(std::string name, unsigned resources, std::function<Result(JobContext&)> work,
                std::function<void(Result)> apply) {
        auto result = std::make_shared<std::optional<Result>>();
        return enqueue(
            std::move(name), resources,
            [work = std::move(work), result](JobContext& context) {
                result->emplace(work(context));
            },
            [apply = std::move(apply), result] {
                if (*result) apply(std::move(**result));
            });
    }

    // On the render thread: runs the handlers of what finished (and what
    // jobs posted) since the last call, oldest first. Returns how many ran.
    int applyFinished();
    // True while a queued or running job uses one of `resources`.
    bool busy(unsigned resources) const;
    // The queued and running jobs, the running one first.
    std::vector<JobStatus> jobs() const;
    // Blocks until no job is queued or running (tests, shutdown of scripts).
    void waitIdle();

  private:
    struct Job;
    bool enqueue(std::string name, unsigned resources, std::function<void(JobContext&)> run,
                 std::function<void()> apply);
    void loop();
    void runOne(std::unique_lock<std::mutex>& lock);

    const Mode mode_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::shared_ptr<Job>> queue_;  // front: running (worker mode)
    std::vector<std::function<void()>> finished_;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace kiosk
