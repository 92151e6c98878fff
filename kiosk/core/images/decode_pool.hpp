#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "images/decode_service.hpp"

namespace kiosk {

// Decodes on worker threads. The decode function is injected (decodeImageFile
// in the kiosk, fakes in tests); whatever it returns comes back unchanged, and a
// decode that throws comes back broken with the reason.
class DecodePool : public DecodeService {
  public:
    using DecodeFunction = std::function<DecodedImage(const ImageRequest&)>;

    DecodePool(DecodeFunction decode, int threads);
    // Stops the workers; queued decodes are dropped, running ones finish first.
    ~DecodePool() override;
    DecodePool(const DecodePool&) = delete;
    DecodePool& operator=(const DecodePool&) = delete;

    void submit(uint64_t ticket, const ImageRequest& request, DecodePriority priority) override;
    bool cancel(uint64_t ticket) override;
    std::vector<FinishedDecode> takeFinished() override;
    void waitIdle() override;

    // A worker count that leaves the render thread a core: 1 or 2.
    static int defaultThreads();

  private:
    struct Job {
        uint64_t ticket = 0;
        ImageRequest request;
    };
    void work();

    DecodeFunction decode_;
    std::mutex mutex_;
    std::condition_variable wake_;  // a job is queued, or stopping
    std::condition_variable idle_;  // the last job finished
    std::deque<Job> visible_, prefetch_;
    std::vector<FinishedDecode> finished_;
    int running_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace kiosk
