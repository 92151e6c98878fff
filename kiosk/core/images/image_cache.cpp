#include "images/image_cache.hpp"

#include <algorithm>

namespace kiosk {

ImageCache::ImageCache(DecodeService& decoder, TextureStore& store, ImageCacheSettings settings)
    : decoder_(decoder), store_(store), settings_(settings) {}

ImageCache::~ImageCache() {
    clear();
}

void ImageCache::clear() {
    for (auto& [key, e] : entries_) {
        if (e.state == State::Queued) decoder_.cancel(e.ticket);
        releaseTexture(e);
    }
    entries_.clear();
    // Decodes already running still come back; their tickets are unknown now and
    // their results are dropped.
    tickets_.clear();
    awaitingUpload_.clear();
}

void ImageCache::beginFrame(double now) {
    ++frame_;
    if (settings_.waitForDecodes) decoder_.waitIdle();
    collectFinished();
    uploadDecoded(now);
    dropStaleQueued();
    evictOverBudget();
    forgetOldBroken();
}

ImageView ImageCache::request(const ImageRequest& request, DecodePriority priority) {
    const std::string key = request.key();
    auto it = entries_.find(key);
    if (it == entries_.end()) {
        Entry e;
        e.request = request;
        e.ticket = nextTicket_++;
        tickets_[e.ticket] = key;
        decoder_.submit(e.ticket, request, priority);
        it = entries_.emplace(key, std::move(e)).first;
    }
    Entry& e = it->second;
    e.lastUsedFrame = frame_;
    ImageView view;
    switch (e.state) {
        case State::Queued:
        case State::Decoded:
            view.state = ImageView::State::Loading;
            break;
        case State::Ready:
            view.state = ImageView::State::Ready;
            view.texture = e.texture;
            view.width = e.width;
            view.height = e.height;
            view.opaque = e.opaque;
            view.readySince = e.readySince;
            break;
        case State::Broken:
            view.state = ImageView::State::Broken;
            view.error = e.error;
            break;
    }
    return view;
}

void ImageCache::collectFinished() {
    std::vector<FinishedDecode> finished = decoder_.takeFinished();
    // Workers finish in any order; uploads go in the order of the requests, so
    // that a headless render is the same on every machine.
    std::sort(finished.begin(), finished.end(),
              [](const FinishedDecode& a, const FinishedDecode& b) { return a.ticket < b.ticket; });
    for (FinishedDecode& done : finished) {
        const auto t = tickets_.find(done.ticket);
        if (t == tickets_.end()) continue;  // cleared meanwhile
        Entry& e = entries_.at(t->second);
        if (done.image.ok()) {
            e.decoded = std::move(done.image);
            e.state = State::Decoded;
            awaitingUpload_.push_back(done.ticket);
        } else {
            markBroken(e, done.image.error.empty() ? e.request.path + ": decodes to nothing"
                                                   : done.image.error);
            tickets_.erase(t);
        }
    }
}

void ImageCache::uploadDecoded(double now) {
    int uploads = 0;
    while (!awaitingUpload_.empty() &&
           (settings_.waitForDecodes || uploads < settings_.uploadsPerFrame)) {
        const uint64_t ticket = awaitingUpload_.front();
        awaitingUpload_.erase(awaitingUpload_.begin());
        const auto t = tickets_.find(ticket);
        if (t == tickets_.end()) continue;
        Entry& e = entries_.at(t->second);
        tickets_.erase(t);
        ++uploads;
        e.texture = store_.upload(e.decoded);
        if (e.texture == 0) {
            markBroken(e, e.request.path + ": the GPU refused a " +
                              std::to_string(e.decoded.width) + "x" +
                              std::to_string(e.decoded.height) + " texture");
        } else {
            e.state = State::Ready;
            e.width = e.decoded.width;
            e.height = e.decoded.height;
            e.opaque = e.decoded.opaque;
            e.bytes = e.decoded.bytes();
            e.readySince = now;
            // Counts as shown in the frame before this one, so that it is not
            // released before a screen had the chance to draw it.
            e.lastUsedFrame = std::max(e.lastUsedFrame, frame_ - 1);
            ++liveTextures_;
            ++textureChanges_;
            textureBytes_ += e.bytes;
            lastUpload_ = now;
        }
        e.decoded = {};
    }
}

void ImageCache::dropStaleQueued() {
    for (auto it = entries_.begin(); it != entries_.end();) {
        Entry& e = it->second;
        if (e.state == State::Queued &&
            frame_ - e.lastUsedFrame > uint64_t(settings_.dropQueuedAfterFrames) &&
            decoder_.cancel(e.ticket)) {
            tickets_.erase(e.ticket);
            it = entries_.erase(it);
        } else {
            ++it;
        }
    }
}

void ImageCache::evictOverBudget() {
    while (textureBytes_ > settings_.byteBudget) {
        Entry* oldest = nullptr;
        std::string oldestKey;
        for (auto& [key, e] : entries_) {
            // What the last frame drew stays: its texture may still be in flight.
            if (e.state != State::Ready || e.lastUsedFrame + 1 >= frame_) continue;
            if (!oldest || e.lastUsedFrame < oldest->lastUsedFrame) {
                oldest = &e;
                oldestKey = key;
            }
        }
        if (!oldest) return;
        releaseTexture(*oldest);
        entries_.erase(oldestKey);
        ++evictions_;
    }
}

void ImageCache::releaseUnshown() {
    for (auto it = entries_.begin(); it != entries_.end();) {
        Entry& e = it->second;
        if (e.state == State::Ready && e.lastUsedFrame < frame_) {
            releaseTexture(e);
            it = entries_.erase(it);
            ++evictions_;
        } else {
            ++it;
        }
    }
}

void ImageCache::forgetOldBroken() {
    size_t broken = 0;
    for (const auto& [key, e] : entries_) broken += e.state == State::Broken;
    while (broken > settings_.brokenRemembered) {
        auto oldest = entries_.end();
        for (auto it = entries_.begin(); it != entries_.end(); ++it)
            if (it->second.state == State::Broken &&
                (oldest == entries_.end() ||
                 it->second.lastUsedFrame < oldest->second.lastUsedFrame))
                oldest = it;
        entries_.erase(oldest);
        --broken;
    }
}

void ImageCache::releaseTexture(Entry& e) {
    if (e.texture == 0) return;
    store_.release(e.texture);
    e.texture = 0;
    ++textureChanges_;
    --liveTextures_;
    textureBytes_ -= e.bytes;
    e.bytes = 0;
}

size_t ImageCache::pendingDecodes() const {
    size_t n = 0;
    for (const auto& [key, e] : entries_)
        n += e.state == State::Queued || e.state == State::Decoded;
    return n;
}

bool ImageCache::settling(double now) const {
    return pendingDecodes() > 0 || now - lastUpload_ < settings_.fadeInSeconds;
}

void ImageCache::markBroken(Entry& e, std::string error) {
    e.state = State::Broken;
    e.error = std::move(error);
    if (settings_.logProblem) settings_.logProblem(e.error);
}

}  // namespace kiosk
