#include "images/decode_pool.hpp"

#include <algorithm>
#include <exception>

namespace kiosk {

DecodePool::DecodePool(DecodeFunction decode, int threads) : decode_(std::move(decode)) {
    for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { work(); });
}

DecodePool::~DecodePool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        visible_.clear();
        prefetch_.clear();
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
}

int DecodePool::defaultThreads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores >= 4 ? 2 : 1;
}

void DecodePool::submit(uint64_t ticket, const ImageRequest& request, DecodePriority priority) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        (priority == DecodePriority::Visible ? visible_ : prefetch_).push_back({ticket, request});
    }
    wake_.notify_one();
}

bool DecodePool::cancel(uint64_t ticket) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto* queue : {&visible_, &prefetch_}) {
        const auto it = std::find_if(queue->begin(), queue->end(),
                                     [&](const Job& j) { return j.ticket == ticket; });
        if (it != queue->end()) {
            queue->erase(it);
            if (visible_.empty() && prefetch_.empty() && running_ == 0) idle_.notify_all();
            return true;
        }
    }
    return false;
}

std::vector<FinishedDecode> DecodePool::takeFinished() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<FinishedDecode> out;
    out.swap(finished_);
    return out;
}

void DecodePool::waitIdle() {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [&] { return visible_.empty() && prefetch_.empty() && running_ == 0; });
}

void DecodePool::work() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stopping_ || !visible_.empty() || !prefetch_.empty(); });
        if (stopping_) return;
        auto& queue = visible_.empty() ? prefetch_ : visible_;
        Job job = std::move(queue.front());
        queue.pop_front();
        ++running_;
        lock.unlock();
        FinishedDecode done;
        done.ticket = job.ticket;
        try {
            done.image = decode_(job.request);
        } catch (const std::exception& e) {
            done.image = {};
            done.image.error = job.request.path + ": cannot be decoded (" + e.what() + ")";
        }
        lock.lock();
        --running_;
        finished_.push_back(std::move(done));
        if (visible_.empty() && prefetch_.empty() && running_ == 0) idle_.notify_all();
    }
}

}  // namespace kiosk
