#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "images/image_cache.hpp"

using namespace kiosk;

namespace {

// Decodes only when told to, to a picture of the box's size (or a broken one
// for paths starting with "broken").
class FakeDecoder : public DecodeService {
  public:
    void submit(uint64_t ticket, const ImageRequest& request, DecodePriority priority) override {
        queued[ticket] = request;
        priorities[ticket] = priority;
        ++submitted;
    }
    bool cancel(uint64_t ticket) override {
        cancelled.insert(ticket);
        return queued.erase(ticket) > 0;
    }
    std::vector<FinishedDecode> takeFinished() override {
        std::vector<FinishedDecode> out;
        out.swap(finished);
        return out;
    }
    void waitIdle() override {
        ++waits;
        finishAll();
    }
    void finishAll() {
        // Reverse order, as worker threads may finish.
        for (auto it = queued.rbegin(); it != queued.rend(); ++it) finished.push_back(decode(*it));
        queued.clear();
    }
    static FinishedDecode decode(const std::pair<const uint64_t, ImageRequest>& job) {
        FinishedDecode done;
        done.ticket = job.first;
        if (job.second.path.rfind("broken", 0) == 0) {
            done.image.error = job.second.path + ": is damaged";
        } else {
            done.image.width = job.second.boxWidth;
            done.image.height = job.second.boxHeight;
            done.image.rgba.assign(size_t(done.image.width) * done.image.height * 4, 0x80);
            done.image.opaque = job.second.path.find("opaque") != std::string::npos;
        }
        return done;
    }

    std::map<uint64_t, ImageRequest> queued;
    std::map<uint64_t, DecodePriority> priorities;
    std::vector<FinishedDecode> finished;
    std::set<uint64_t> cancelled;
    int submitted = 0;
    int waits = 0;
};

class FakeStore : public TextureStore {
  public:
    TextureId upload(const DecodedImage& image) override {
        if (refuse) return 0;
        const TextureId id = next++;
        live[id] = image.width;
        uploadOrder.push_back(image.width);
        return id;
    }
    void release(TextureId texture) override {
        REQUIRE(live.erase(texture) == 1);
        released.push_back(texture);
    }
    TextureId next = 1;
    bool refuse = false;
    std::map<TextureId, int> live;
    std::vector<int> uploadOrder;
    std::vector<TextureId> released;
};

ImageRequest box(const std::string& path, int side) {
    return {path, side, side, ImageFit::Contain};
}

}  // namespace

TEST_CASE("a requested picture shows as loading until decoded and uploaded, then ready") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    CHECK(cache.request(box("a.png", 10)).state == ImageView::State::Loading);
    CHECK(cache.request(box("a.png", 10)).state == ImageView::State::Loading);
    CHECK(decoder.submitted == 1);  // asked twice, decoded once
    cache.beginFrame(0.1);
    CHECK(cache.request(box("a.png", 10)).state == ImageView::State::Loading);
    decoder.finishAll();
    cache.beginFrame(0.2);
    const ImageView view = cache.request(box("a.png", 10));
    REQUIRE(view.ready());
    CHECK(view.texture != 0);
    CHECK(view.width == 10);
    CHECK(view.readySince == 0.2);
    CHECK(cache.liveTextures() == 1);
    CHECK(cache.textureBytes() == 400);
    CHECK(cache.pendingDecodes() == 0);
}

TEST_CASE("a ready view says whether its picture hides what lies beneath") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.request(box("opaque.jpg", 10));
    cache.request(box("see-through.png", 10));
    decoder.finishAll();
    cache.beginFrame(0.1);
    const ImageView opaque = cache.request(box("opaque.jpg", 10));
    const ImageView seeThrough = cache.request(box("see-through.png", 10));
    REQUIRE(opaque.ready());
    REQUIRE(seeThrough.ready());
    CHECK(opaque.opaque);
    CHECK_FALSE(seeThrough.opaque);
}

TEST_CASE("every texture uploaded or released counts as a texture change") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.request(box("a.png", 10));
    CHECK(cache.textureChanges() == 0);  // queued, nothing on the GPU yet
    decoder.finishAll();
    cache.beginFrame(0.1);
    CHECK(cache.textureChanges() == 1);
    cache.request(box("a.png", 10));
    cache.beginFrame(0.2);
    CHECK(cache.textureChanges() == 1);  // shown again: no change
    cache.clear();
    CHECK(cache.textureChanges() == 2);
}

TEST_CASE("the same file at another size is another texture") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.request(box("a.png", 10));
    cache.request(box("a.png", 20));
    CHECK(decoder.submitted == 2);
}

TEST_CASE("no more than the set number of uploads happen in one frame, in request order") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.uploadsPerFrame = 2;
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    for (int i = 1; i <= 5; ++i) cache.request(box("p" + std::to_string(i), i));
    decoder.finishAll();
    cache.beginFrame(0.1);
    CHECK(cache.liveTextures() == 2);
    CHECK(cache.pendingDecodes() == 3);
    cache.beginFrame(0.2);
    cache.beginFrame(0.3);
    CHECK(cache.liveTextures() == 5);
    CHECK(store.uploadOrder == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("least recently shown textures are released once over the byte budget") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.byteBudget = 3 * 400;  // three 10x10 pictures
    settings.uploadsPerFrame = 10;
    ImageCache cache(decoder, store, settings);
    double now = 0.0;
    auto frame = [&](std::initializer_list<const char*> shown) {
        cache.beginFrame(now += 1.0 / 60);
        for (const char* p : shown) cache.request(box(p, 10));
        decoder.finishAll();
    };
    frame({"a", "b", "c"});
    frame({"a", "b", "c"});
    CHECK(cache.liveTextures() == 3);
    frame({"a"});  // b and c are no longer on screen; a is
    frame({"a"});
    frame({"d"});  // over budget once d arrives: b and c were shown least recently
    frame({"d"});
    CHECK(cache.liveTextures() == 3);
    CHECK(cache.evictions() == 1);
    CHECK(cache.textureBytes() <= settings.byteBudget);
    // The released one is b or c (shown last in the same frame), never a.
    frame({"a", "d"});
    CHECK(cache.request(box("a", 10)).ready());
    CHECK(store.live.size() == 3);
    CHECK(store.released.size() == 1);
}

TEST_CASE("what the last frame drew is never released, even over budget") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.byteBudget = 400;  // one 10x10 picture
    settings.uploadsPerFrame = 10;
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    cache.request(box("a", 10));
    cache.request(box("b", 10));
    decoder.finishAll();
    cache.beginFrame(0.1);
    CHECK(cache.request(box("a", 10)).ready());
    CHECK(cache.request(box("b", 10)).ready());
    cache.beginFrame(0.2);
    CHECK(cache.liveTextures() == 2);  // both were on screen
    cache.request(box("a", 10));
    cache.beginFrame(0.3);  // b was not drawn in the last frame: released
    CHECK(cache.liveTextures() == 1);
    CHECK(cache.request(box("a", 10)).ready());
}

TEST_CASE("a texture count stays bounded by the budget over thousands of pictures") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.byteBudget = 8 * 400;
    ImageCache cache(decoder, store, settings);
    size_t most = 0;
    for (int i = 0; i < 3000; ++i) {
        cache.beginFrame(i / 60.0);
        cache.request(box("p" + std::to_string(i / 4), 10));  // each picture shown 4 frames
        decoder.finishAll();
        most = std::max(most, cache.liveTextures());
    }
    CHECK(most <= 9);  // the budget, plus the one the last frame drew
    CHECK(store.live.size() == cache.liveTextures());
}

TEST_CASE("a broken picture is reported once and never retried") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    std::vector<std::string> logged;
    settings.logProblem = [&](const std::string& message) { logged.push_back(message); };
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    cache.request(box("broken.jpg", 10));
    decoder.finishAll();
    cache.beginFrame(0.1);
    const ImageView view = cache.request(box("broken.jpg", 10));
    CHECK(view.state == ImageView::State::Broken);
    CHECK(view.error == "broken.jpg: is damaged");
    for (int i = 0; i < 10; ++i) {
        cache.beginFrame(0.2 + i);
        cache.request(box("broken.jpg", 10));
    }
    CHECK(logged == std::vector<std::string>{"broken.jpg: is damaged"});
    CHECK(decoder.submitted == 1);
    CHECK(cache.liveTextures() == 0);
}

TEST_CASE("a texture the GPU refuses makes the picture broken, with the size named") {
    FakeDecoder decoder;
    FakeStore store;
    store.refuse = true;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.request(box("a.png", 10));
    decoder.finishAll();
    cache.beginFrame(0.1);
    CHECK(cache.request(box("a.png", 10)).error == "a.png: the GPU refused a 10x10 texture");
    CHECK(cache.liveTextures() == 0);
}

TEST_CASE("a queued decode nobody asks for any more is dropped") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.dropQueuedAfterFrames = 5;
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    cache.request(box("scrolled-past", 10));
    for (int i = 1; i <= 5; ++i) {
        cache.beginFrame(i / 60.0);
        CHECK(cache.pendingDecodes() == 1);
    }
    cache.beginFrame(6 / 60.0);
    CHECK(cache.pendingDecodes() == 0);
    CHECK(decoder.cancelled.size() == 1);
    CHECK(decoder.queued.empty());
}

TEST_CASE("prefetches queue behind visible pictures") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.prefetch(box("next-slide", 10));
    cache.request(box("on-screen", 10));
    CHECK(decoder.priorities[1] == DecodePriority::Prefetch);
    CHECK(decoder.priorities[2] == DecodePriority::Visible);
}

TEST_CASE("headless frames wait for every decode and upload all of them") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.waitForDecodes = true;
    settings.uploadsPerFrame = 1;
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    for (int i = 1; i <= 4; ++i) cache.request(box("p" + std::to_string(i), i));
    cache.beginFrame(1.0 / 60);
    CHECK(decoder.waits == 2);
    CHECK(cache.liveTextures() == 4);
    for (int i = 1; i <= 4; ++i) CHECK(cache.request(box("p" + std::to_string(i), i)).ready());
}

TEST_CASE("the cache keeps frames coming while decoding and while a picture fades in") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCacheSettings settings;
    settings.fadeInSeconds = 0.5;
    ImageCache cache(decoder, store, settings);
    cache.beginFrame(0.0);
    CHECK_FALSE(cache.settling(0.0));
    cache.request(box("a", 10));
    CHECK(cache.settling(0.0));
    decoder.finishAll();
    cache.beginFrame(1.0);
    CHECK(cache.settling(1.4));
    CHECK_FALSE(cache.settling(1.6));
}

TEST_CASE("clearing the cache releases every texture and drops queued decodes") {
    FakeDecoder decoder;
    FakeStore store;
    ImageCache cache(decoder, store);
    cache.beginFrame(0.0);
    cache.request(box("a", 10));
    cache.request(box("b", 10));
    decoder.finishAll();
    cache.beginFrame(0.1);
    cache.request(box("c", 10));
    cache.clear();
    CHECK(store.live.empty());
    CHECK(cache.liveTextures() == 0);
    CHECK(cache.textureBytes() == 0);
    CHECK(decoder.queued.empty());
    // A decode that was running comes back after the clear and is dropped.
    decoder.finished.push_back(FakeDecoder::decode({3, box("c", 10)}));
    cache.beginFrame(0.2);
    CHECK(cache.liveTextures() == 0);
}
