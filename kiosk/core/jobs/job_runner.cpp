#include "jobs/job_runner.hpp"

#include <exception>
#include <utility>

namespace kiosk {

struct JobRunner::Job : JobContext {
    JobRunner* runner = nullptr;
    std::string name;
    unsigned resources = 0;
    std::function<void(JobContext&)> run;
    std::function<void()> apply;
    bool running = false;
    JobProgress progress_;  // guarded by the runner's mutex

    void progress(JobProgress p) override {
        std::lock_guard<std::mutex> lock(runner->mutex_);
        progress_ = std::move(p);
    }
    void post(std::function<void()> onRenderThread) override {
        std::lock_guard<std::mutex> lock(runner->mutex_);
        runner->finished_.push_back(std::move(onRenderThread));
    }
};

JobRunner::JobRunner(Mode mode) : mode_(mode) {
    if (mode_ == Mode::Worker) worker_ = std::thread([this] { loop(); });
}

JobRunner::~JobRunner() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        // Queued jobs never start; the running one (front) finishes.
        if (!queue_.empty() && queue_.front()->running)
            queue_.resize(1);
        else
            queue_.clear();
    }
    changed_.notify_all();
    if (worker_.joinable()) worker_.join();
}

bool JobRunner::enqueue(std::string name, unsigned resources, std::function<void(JobContext&)> run,
                        std::function<void()> apply) {
    auto job = std::make_shared<Job>();
    job->runner = this;
    job->name = std::move(name);
    job->resources = resources;
    job->run = std::move(run);
    job->apply = std::move(apply);
    std::unique_lock<std::mutex> lock(mutex_);
    for (const auto& queued : queue_)
        if (queued->resources & resources) return false;
    queue_.push_back(job);
    if (mode_ == Mode::Inline) {
        runOne(lock);
    } else {
        changed_.notify_all();
    }
    return true;
}

// Runs the job at the front of the queue with the lock released; on return
// the lock is held again and the job's handler waits in finished_.
void JobRunner::runOne(std::unique_lock<std::mutex>& lock) {
    std::shared_ptr<Job> job = queue_.front();
    job->running = true;
    lock.unlock();
    bool ok = true;
    try {
        job->run(*job);
    } catch (const std::exception&) {
        ok = false;  // the handler is not run: the job's caller sees no result
    }
    lock.lock();
    if (ok) finished_.push_back(std::move(job->apply));
    queue_.pop_front();
    changed_.notify_all();
}

void JobRunner::loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, nothing left
        runOne(lock);
        if (stopping_ && queue_.empty()) return;
    }
}

int JobRunner::applyFinished() {
    std::vector<std::function<void()>> ready;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ready.swap(finished_);
    }
    for (auto& handler : ready)
        if (handler) handler();
    return int(ready.size());
}

bool JobRunner::busy(unsigned resources) const {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& job : queue_)
        if (job->resources & resources) return true;
    return false;
}

std::vector<JobStatus> JobRunner::jobs() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<JobStatus> out;
    for (const auto& job : queue_)
        out.push_back({job->name, job->resources, job->running, job->progress_});
    return out;
}

void JobRunner::waitIdle() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.empty(); });
}

}  // namespace kiosk
