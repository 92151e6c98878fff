#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "images/image_cache.hpp"
#include "images/picture_budget.hpp"

using namespace kiosk;

namespace {

constexpr float kZoom = 1.12f;  // the attract loop's slides (ui::kSlideZoom)

// Decodes at once to a picture of the box's size, counting each decode.
class CountingDecoder : public DecodeService {
  public:
    void submit(uint64_t ticket, const ImageRequest& request, DecodePriority) override {
        queued[ticket] = request;
        ++decodes[request.path];
    }
    bool cancel(uint64_t ticket) override { return queued.erase(ticket) > 0; }
    std::vector<FinishedDecode> takeFinished() override {
        std::vector<FinishedDecode> out;
        for (const auto& [ticket, request] : queued) {
            FinishedDecode done;
            done.ticket = ticket;
            done.image.width = request.boxWidth;
            done.image.height = request.boxHeight;
            done.image.rgba.assign(size_t(request.boxWidth) * size_t(request.boxHeight) * 4, 0);
            out.push_back(std::move(done));
        }
        queued.clear();
        return out;
    }
    void waitIdle() override {}

    std::map<uint64_t, ImageRequest> queued;
    std::map<std::string, int> decodes;
};

class CountingStore : public TextureStore {
  public:
    TextureId upload(const DecodedImage&) override { return next++; }
    void release(TextureId) override {}
    TextureId next = 1;
};

// A slide's picture as the attract loop asks for it: the screen, zoomed,
// rounded up to 64 pixels.
ImageRequest slidePicture(int slide, int width, int height) {
    const auto up = [](double px) { return (int(px + 0.999) + 63) / 64 * 64; };
    return {"slide" + std::to_string(slide) + ".jpg", up(width * kZoom), up(height * kZoom),
            ImageFit::Cover};
}

struct LoopRun {
    std::map<std::string, int> decodes;
    uint64_t mostBytes = 0;  // the most the cache held at the start of a frame
};

// Plays `passes` of an attract loop of `slides` full-screen pictures: each
// slide shown for 60 frames with the next one prefetched, then pushed out by
// the next in a 20-frame transition drawing both while the one after is
// prefetched.
LoopRun playLoop(int width, int height, uint64_t budget, int slides, int passes) {
    CountingDecoder decoder;
    CountingStore store;
    ImageCacheSettings settings;
    settings.byteBudget = budget;
    ImageCache cache(decoder, store, settings);
    LoopRun run;
    double now = 0.0;
    const auto frame = [&](std::vector<int> shown, int next) {
        cache.beginFrame(now += 1.0 / 60);
        run.mostBytes = std::max(run.mostBytes, cache.textureBytes());
        for (const int s : shown) cache.request(slidePicture(s % slides, width, height));
        cache.prefetch(slidePicture(next % slides, width, height));
    };
    for (int pass = 0; pass < passes; ++pass)
        for (int s = 0; s < slides; ++s) {
            for (int f = 0; f < 60; ++f) frame({s}, s + 1);
            for (int f = 0; f < 20; ++f) frame({s, s + 1}, s + 2);
        }
    run.decodes = decoder.decodes;
    return run;
}

int decodesOf(const LoopRun& run) {
    int all = 0;
    for (const auto& [path, count] : run.decodes) all += count;
    return all;
}

}  // namespace

TEST_CASE("the picture budget is three zoomed slides and a screenful, never under the least") {
    // 1920x1080: slides of 2176x1216 (10.6 MB), a screenful of 1920x1088.
    CHECK(pictureCacheBudget(1920, 1080, kZoom) == 3 * 2176 * 1216 * 4ull + 1920 * 1088 * 4ull);
    CHECK(pictureCacheBudget(1920, 1080, kZoom) < 96ull << 20);  // the fixed budget it replaced
    // 3840x2160: slides of 4352x2432 (42.3 MB each), 160 MB in all.
    CHECK(pictureCacheBudget(3840, 2160, kZoom) == 3 * 4352 * 2432 * 4ull + 3840 * 2176 * 4ull);
    CHECK(pictureCacheBudget(1080, 1920, kZoom) == pictureCacheBudget(1920, 1080, kZoom));
    CHECK(pictureCacheBudget(320, 180, kZoom) == kLeastPictureBudget);
    CHECK(pictureCacheBudget(0, 0, kZoom) == kLeastPictureBudget);
}

TEST_CASE("at 4K a loop of big pictures decodes each once a showing and stays within budget") {
    const int slides = 8, passes = 3;
    const uint64_t budget = pictureCacheBudget(3840, 2160, kZoom);
    const LoopRun run = playLoop(3840, 2160, budget, slides, passes);
    REQUIRE(run.decodes.size() == size_t(slides));
    // Once a showing: the slide coming next is never released before it
    // shows. The last pass ends prefetching the first two slides again.
    CHECK(decodesOf(run) == slides * passes + 2);
    CHECK(run.mostBytes <= budget);
    CHECK(run.mostBytes >= 3 * slidePicture(0, 3840, 2160).boxWidth *
                               uint64_t(slidePicture(0, 3840, 2160).boxHeight) * 4);

    // The fixed 96 MB it replaced holds under three such slides: a transition
    // went over it.
    const LoopRun fixed = playLoop(3840, 2160, 96ull << 20, slides, passes);
    CHECK(fixed.mostBytes > (96ull << 20));
}

TEST_CASE("at 1920x1080 the loop keeps no more than the next slides need") {
    const uint64_t budget = pictureCacheBudget(1920, 1080, kZoom);
    const LoopRun run = playLoop(1920, 1080, budget, 12, 2);
    CHECK(decodesOf(run) == 12 * 2 + 2);
    CHECK(run.mostBytes <= budget);
    // With the fixed budget it kept every slide it had shown, up to 96 MB.
    const LoopRun fixed = playLoop(1920, 1080, 96ull << 20, 12, 2);
    CHECK(fixed.mostBytes > 2 * budget);
}

TEST_CASE("on waking, the pictures the screen no longer shows are released, within budget or not") {
    CountingDecoder decoder;
    CountingStore store;
    ImageCache cache(decoder, store);  // a budget far above these pictures
    double now = 0.0;
    const auto frame = [&](std::vector<int> shown) {
        cache.beginFrame(now += 1.0 / 60);
        for (const int s : shown) cache.request(slidePicture(s, 640, 360));
    };
    frame({0, 1, 2});
    frame({0, 1, 2});  // uploaded
    frame({0, 1, 2});
    REQUIRE(cache.liveTextures() == 3);
    frame({2});  // the visitor's first screen still shows one of them
    cache.releaseUnshown();
    CHECK(cache.liveTextures() == 1);
    CHECK(cache.evictions() == 2);
    CHECK(cache.textureBytes() == uint64_t(slidePicture(2, 640, 360).boxWidth) *
                                      uint64_t(slidePicture(2, 640, 360).boxHeight) * 4);
    frame({2});
    CHECK(cache.request(slidePicture(2, 640, 360)).ready());
    // One released comes back as any picture does: decoded again.
    frame({0});
    frame({0});
    CHECK(cache.request(slidePicture(0, 640, 360)).ready());
    CHECK(decoder.decodes["slide0.jpg"] == 2);
}
