#pragma once
#include <cstdint>
#include <vector>

#include "images/image_decoder.hpp"
#include "images/image_request.hpp"

namespace kiosk {

// Which decodes go first: what is on screen now before what will be soon.
enum class DecodePriority { Visible, Prefetch };

struct FinishedDecode {
    uint64_t ticket = 0;
    DecodedImage image;
};

// Where decodes happen, away from the render thread. The image cache talks only
// to this, so it is tested with a fake that finishes decodes on command.
class DecodeService {
  public:
    virtual ~DecodeService() = default;
    // Queues a decode; its result comes back from takeFinished() under `ticket`.
    virtual void submit(uint64_t ticket, const ImageRequest& request, DecodePriority priority) = 0;
    // Drops a queued decode that no longer matters; false when it already started
    // (its result then still comes back).
    virtual bool cancel(uint64_t ticket) = 0;
    // The decodes finished since the last call, without waiting.
    virtual std::vector<FinishedDecode> takeFinished() = 0;
    // Blocks until nothing is queued or running (headless renders only: they
    // must not depend on how fast the machine decodes).
    virtual void waitIdle() = 0;
};

}  // namespace kiosk
