#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "images/decode_service.hpp"
#include "images/texture_store.hpp"

namespace kiosk {

struct ImageCacheSettings {
    // Texture memory the cache keeps (4 bytes a pixel); the kiosk's follows
    // its screen (pictureCacheBudget). Past it, the least
    // recently shown pictures are released; only what the last frame showed is
    // kept regardless, and that is bounded by the screen since pictures are
    // decoded at the size they are shown.
    uint64_t byteBudget = 96ull << 20;
    // Finished decodes turned into textures per frame: an upload of a full-screen
    // picture takes milliseconds, so a burst of them is spread over frames.
    int uploadsPerFrame = 2;
    // Wait for every queued decode at the start of each frame and upload all of
    // them: headless renders, whose pictures must not depend on the machine's speed.
    bool waitForDecodes = false;
    // A queued decode nobody asked for in this many frames is dropped (the
    // visitor scrolled past it).
    int dropQueuedAfterFrames = 30;
    // How many broken pictures are remembered, so that each is tried once.
    size_t brokenRemembered = 256;
    // The UI fades a new picture in over this time, so frames keep coming that long.
    double fadeInSeconds = 0.4;
    // Told once about each picture found broken ("path: what is wrong"), for the log.
    std::function<void(const std::string&)> logProblem;
};

// What a screen can draw for a picture this frame.
struct ImageView {
    enum class State { Loading, Ready, Broken };
    State state = State::Loading;
    TextureId texture = 0;  // when Ready
    int width = 0;          // of the texture
    int height = 0;
    bool opaque = false;      // no pixel lets what lies beneath show through
    double readySince = 0.0;  // clock time of the upload, for the fade-in
    std::string error;        // when Broken

    bool ready() const { return state == State::Ready; }
};

// Pictures as textures, decoded off the render thread, within a byte budget with
// least-recently-used eviction. Used from the render thread only: each frame
// calls beginFrame() once, then screens request() what they draw; a request
// never waits. Time comes in as a value.
class ImageCache {
  public:
    ImageCache(DecodeService& decoder, TextureStore& store, ImageCacheSettings settings = {});
    ~ImageCache();  // releases every texture
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // Collects finished decodes, uploads a few, drops stale queued decodes and
    // releases least recently used textures beyond the budget.
    void beginFrame(double now);
    // The picture as it stands now; queues its decode the first time.
    ImageView request(const ImageRequest& request,
                      DecodePriority priority = DecodePriority::Visible);
    // Asks for a picture that will be shown soon (the next slide), behind visible ones.
    void prefetch(const ImageRequest& request) { this->request(request, DecodePriority::Prefetch); }
    // Forgets every picture (another pack): textures released, queued decodes dropped.
    void clear();
    // Releases every texture the frame last begun did not ask for, within
    // budget or not: a visitor woke the kiosk, and the attract loop's slides
    // are not what comes next (they are decoded again, prefetched, when the
    // loop returns).
    void releaseUnshown();

    // Decodes queued or running, or finished and waiting for upload.
    size_t pendingDecodes() const;
    // Something will change without input: a decode pending or a picture fading in.
    bool settling(double now) const;
    size_t liveTextures() const { return liveTextures_; }
    uint64_t textureBytes() const { return textureBytes_; }
    uint64_t evictions() const { return evictions_; }
    // Counts every texture uploaded or released: when it moves, a texture name
    // may now stand for other pixels, so a frame drawn before is no guide to
    // what the next one shows (partial redraw).
    uint64_t textureChanges() const { return textureChanges_; }
    const ImageCacheSettings& settings() const { return settings_; }

  private:
    enum class State { Queued, Decoded, Ready, Broken };
    struct Entry {
        ImageRequest request;
        State state = State::Queued;
        uint64_t ticket = 0;
        DecodedImage decoded;  // while Decoded
        TextureId texture = 0;
        int width = 0, height = 0;
        bool opaque = false;
        uint64_t bytes = 0;
        uint64_t lastUsedFrame = 0;
        double readySince = 0.0;
        std::string error;
    };

    void collectFinished();
    void uploadDecoded(double now);
    void dropStaleQueued();
    void evictOverBudget();
    void forgetOldBroken();
    void releaseTexture(Entry& e);
    void markBroken(Entry& e, std::string error);

    DecodeService& decoder_;
    TextureStore& store_;
    ImageCacheSettings settings_;
    std::map<std::string, Entry> entries_;  // by ImageRequest::key()
    std::map<uint64_t, std::string> tickets_;
    std::vector<uint64_t> awaitingUpload_;  // tickets, in submission order
    uint64_t nextTicket_ = 1;
    uint64_t frame_ = 1;
    size_t liveTextures_ = 0;
    uint64_t textureBytes_ = 0;
    uint64_t evictions_ = 0;
    uint64_t textureChanges_ = 0;
    double lastUpload_ = -1e9;
};

}  // namespace kiosk
