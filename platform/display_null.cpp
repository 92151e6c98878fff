// The null display: no window, no GL, no X server. What a window would do
// (input, time, showing frames) is the test's to drive and to read back.
#include "display_null.hpp"

#include <imgui.h>

#include <algorithm>
#include <thread>
#include <utility>

namespace kiosk::platform {

namespace {

// The texture name the font atlas gets: never drawn, only carried through
// the draw data like a real one (partial redraw keys triangles by it).
constexpr intptr_t kAtlasTexture = 1;

// Pictures as numbered textures that hold nothing; the count of live ones is
// what a GL store would hold.
class NullTextureStore final : public TextureStore {
  public:
    TextureId upload(const DecodedImage&) override {
        ++live_;
        return nextId_++;
    }
    void release(TextureId texture) override {
        if (texture != 0) --live_;
    }

  private:
    TextureId nextId_ = kAtlasTexture + 1;
    long live_ = 0;
};

}  // namespace

NullDisplay::NullDisplay(NullDisplaySettings settings)
    : settings_(settings),
      width_(settings.width),
      height_(settings.height),
      opened_(std::chrono::steady_clock::now()) {}

void NullDisplay::advance(double seconds) {
    if (settings_.simulatedClock && seconds > 0) simulatedNow_ += seconds;
}

void NullDisplay::queuePointer(const PointerSample& sample) {
    // Kept in time order, a later sample of the same time after the earlier.
    const auto at = std::upper_bound(
        queued_.begin(), queued_.end(), sample,
        [](const PointerSample& a, const PointerSample& b) { return a.time < b.time; });
    queued_.insert(at, sample);
}

void NullDisplay::queueTap(float x, float y, double at, double holdSeconds) {
    queuePointer({PointerSample::Kind::Down, x, y, at});
    queuePointer({PointerSample::Kind::Up, x, y, at + holdSeconds});
}

void NullDisplay::resize(int width, int height) {
    width_ = width;
    height_ = height;
    exposed_ = true;
}

bool NullDisplay::closeRequested() const {
    return closeAsked_ || (settings_.maxFrames > 0 && framesPresented_ >= settings_.maxFrames) ||
           seconds() >= settings_.closeAtSeconds;
}

double NullDisplay::nextSampleAt() const {
    return queued_.empty() ? std::numeric_limits<double>::infinity() : queued_.front().time;
}

void NullDisplay::waitEvents(double timeoutSeconds) {
    const double now = seconds();
    // Input (or the moment the test closes the display) ends the wait early.
    const double until = std::min({now + std::max(0.0, timeoutSeconds),
                                   std::max(now, nextSampleAt()), settings_.closeAtSeconds});
    if (settings_.simulatedClock) {
        simulatedNow_ = std::max(simulatedNow_, until);
        return;
    }
    if (until > now) std::this_thread::sleep_for(std::chrono::duration<double>(until - now));
}

double NullDisplay::seconds() const {
    if (settings_.simulatedClock) return simulatedNow_;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - opened_).count();
}

std::vector<PointerSample> NullDisplay::takePointerSamples() {
    std::vector<PointerSample> due;
    const double now = seconds();
    while (!queued_.empty() && queued_.front().time <= now) {
        due.push_back(queued_.front());
        queued_.pop_front();
    }
    return due;
}

bool NullDisplay::startImGui(std::string&) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "kiosk_null_display";
    io.BackendRendererName = "kiosk_null_display";
    // As the OpenGL 3 renderer: a draw list may pass 65,536 vertices (the
    // map's outlines do), drawn in parts through each command's VtxOffset.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    uploadFontAtlas();
    return true;
}

void NullDisplay::uploadFontAtlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    // Built on the CPU as a window's display builds it before its upload (an
    // atlas nobody built gets ImGui's default font, as the backends do).
    if (!atlas.IsBuilt() || atlas.TexPixelsAlpha8 || atlas.TexPixelsRGBA32) {
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        if (atlas.TexPixelsRGBA32 && !atlas.TexPixelsAlpha8)
            atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
        else
            atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
        atlasWidth_ = width;
        atlasHeight_ = height;
        ++fontUploads_;
    }
    atlas.SetTexID(reinterpret_cast<ImTextureID>(kAtlasTexture));
    // As after a real upload, the pixels are not kept in memory.
    atlas.ClearTexData();
    fontsUploaded_ = true;
}

void NullDisplay::beginFrame() {
    if (hooks_.frameBegun) hooks_.frameBegun(seconds());
    if (!fontsUploaded_) {
        std::string unused;
        startImGui(unused);
    }
    ImGuiIO& io = ImGui::GetIO();
    const double now = seconds();
    // What a platform backend sets; the caller sets the size it renders at.
    // ImGui takes no frame of zero duration (a simulated clock that stood still).
    const double dt = lastFrameAt_ < 0 ? 1.0 / 60.0 : now - lastFrameAt_;
    io.DeltaTime = float(std::max(dt, 1e-4));
    io.DisplaySize = ImVec2(float(width_), float(height_));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    lastFrameAt_ = now;
    ++framesBegun_;
    advance(settings_.simulatedFrameSeconds);
}

void NullDisplay::noteDrawn() {
    const ImDrawData* data = ImGui::GetDrawData();
    lastDrawn_ = {};
    if (!data) return;
    lastDrawn_.lists = data->CmdListsCount;
    lastDrawn_.vertices = data->TotalVtxCount;
    lastDrawn_.indices = data->TotalIdxCount;
    for (int i = 0; i < data->CmdListsCount; ++i)
        lastDrawn_.commands += data->CmdLists[i]->CmdBuffer.Size;
}

void NullDisplay::renderDrawData(int, int, unsigned) {
    noteDrawn();
}

void NullDisplay::renderDrawDataWithin(int, int, unsigned, const std::vector<PixelRect>&) {
    noteDrawn();
}

void NullDisplay::notePresented(bool partial) {
    ++framesPresented_;
    if (partial) ++partialPresents_;
    if (hooks_.framePresented) hooks_.framePresented(seconds());
}

void NullDisplay::present() {
    notePresented(false);
}

void NullDisplay::presentRects(const std::vector<PixelRect>& rects) {
    const bool whole = rects.size() == 1 && rects[0].x0 <= 0 && rects[0].y0 <= 0 &&
                       rects[0].x1 >= width_ && rects[0].y1 >= height_;
    notePresented(!whole);
}

bool NullDisplay::takeExposed() {
    return std::exchange(exposed_, false);
}

std::unique_ptr<TextureStore> NullDisplay::createTextureStore() {
    return std::make_unique<NullTextureStore>();
}

}  // namespace kiosk::platform
