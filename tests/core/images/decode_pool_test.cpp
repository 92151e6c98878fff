#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>

#include "images/decode_pool.hpp"

using namespace kiosk;

namespace {

DecodedImage fakeDecode(const ImageRequest& request) {
    if (request.path == "throws") throw std::runtime_error("out of memory");
    DecodedImage image;
    image.width = request.boxWidth;
    image.height = 1;
    image.rgba.assign(size_t(request.boxWidth) * 4, 1);
    return image;
}

}  // namespace

TEST_CASE("the pool decodes every request on its threads and hands each back once") {
    DecodePool pool(fakeDecode, 2);
    for (uint64_t t = 1; t <= 50; ++t)
        pool.submit(t, {"p", int(t), 1, ImageFit::Contain}, DecodePriority::Visible);
    pool.waitIdle();
    auto finished = pool.takeFinished();
    REQUIRE(finished.size() == 50);
    std::vector<bool> seen(51, false);
    for (const auto& f : finished) {
        CHECK(f.image.width == int(f.ticket));
        CHECK_FALSE(seen[f.ticket]);
        seen[f.ticket] = true;
    }
    CHECK(pool.takeFinished().empty());
}

TEST_CASE("a decode that throws comes back broken with the reason") {
    DecodePool pool(fakeDecode, 1);
    pool.submit(7, {"throws", 1, 1, ImageFit::Contain}, DecodePriority::Visible);
    pool.waitIdle();
    const auto finished = pool.takeFinished();
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].image.error == "throws: cannot be decoded (out of memory)");
}

TEST_CASE("visible decodes go before prefetches, and queued ones can be cancelled") {
    std::atomic<bool> release{false};
    std::vector<std::string> order;
    std::mutex orderMutex;
    DecodePool pool(
        [&](const ImageRequest& r) {
            while (r.path == "blocker" && !release) std::this_thread::yield();
            std::lock_guard<std::mutex> lock(orderMutex);
            order.push_back(r.path);
            return fakeDecode(r);
        },
        1);
    pool.submit(1, {"blocker", 1, 1, ImageFit::Contain}, DecodePriority::Visible);
    // Wait until the one worker is busy with the blocker.
    while (pool.cancel(1))
        pool.submit(1, {"blocker", 1, 1, ImageFit::Contain}, DecodePriority::Visible);
    pool.submit(2, {"prefetch", 1, 1, ImageFit::Contain}, DecodePriority::Prefetch);
    pool.submit(3, {"visible", 1, 1, ImageFit::Contain}, DecodePriority::Visible);
    pool.submit(4, {"cancelled", 1, 1, ImageFit::Contain}, DecodePriority::Visible);
    CHECK(pool.cancel(4));
    CHECK_FALSE(pool.cancel(1));  // running
    release = true;
    pool.waitIdle();
    CHECK(order == std::vector<std::string>{"blocker", "visible", "prefetch"});
    CHECK(pool.takeFinished().size() == 3);
}

TEST_CASE("a pool stops without decoding what is still queued") {
    std::atomic<int> decoded{0};
    {
        DecodePool pool(
            [&](const ImageRequest& r) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ++decoded;
                return fakeDecode(r);
            },
            2);
        for (uint64_t t = 1; t <= 200; ++t)
            pool.submit(t, {"p", 4, 1, ImageFit::Contain}, DecodePriority::Prefetch);
    }
    // Draining the queue would decode all 200; only those already running finish.
    CHECK(decoded < 50);
}
