#pragma once
#include <chrono>
#include <deque>
#include <functional>
#include <limits>

#include "display.hpp"

namespace kiosk::platform {

// How a NullDisplay behaves.
struct NullDisplaySettings {
    // The framebuffer's size in pixels.
    int width = 1920;
    int height = 1080;
    // Simulated: the clock stands still except when the loop waits
    // (waitEvents) or the test moves it, so a frame loop runs as fast as the
    // CPU allows while its pacing still sees the times it asked for. Off:
    // the clock is std::chrono::steady_clock from the display's opening, and
    // waitEvents sleeps.
    bool simulatedClock = true;
    // On a simulated clock, how long each frame takes to draw (the clock
    // moves on by it at beginFrame): time passes while a frame is drawn, as
    // on a real clock, so a loop that draws a frame a hair before a timed
    // change it waits for does not stand still drawing it again.
    double simulatedFrameSeconds = 0.002;
    // closeRequested() turns true once this many frames were presented (0: never).
    long maxFrames = 0;
    // ... or once the clock reaches this many seconds.
    double closeAtSeconds = std::numeric_limits<double>::infinity();
    // Whether it says it can show rectangles of frames (canPresentRects): on,
    // frames go through the app's partial redraw; off, every frame is shown
    // whole (as a window that cannot show parts of frames, with no GL to keep
    // the picture offscreen).
    bool presentsRects = true;
    // What it answers for GL_MAX_TEXTURE_SIZE.
    int maxTextureSize = 16384;
};

// The draw data a frame rendered, in totals: enough for a test to see that
// something was drawn.
struct DrawTotals {
    int lists = 0;
    int commands = 0;
    int vertices = 0;
    int indices = 0;
};

// What a test sees of each frame: it may queue input or ask to close from here.
struct NullDisplayHooks {
    // At beginFrame, with the frame's start time (seconds()).
    std::function<void(double now)> frameBegun;
    // At present or presentRects, when the frame reaches the (missing) screen.
    std::function<void(double now)> framePresented;
};

// A display with no window, no GL and no X server, for tests of the app and
// the UI: pointer input is what the test queues, the clock is real or the
// test's, ImGui frames begin without a platform or renderer backend (the font
// atlas is built on the CPU and given a dummy texture), and rendering only
// counts. Render thread only.
class NullDisplay final : public Display {
  public:
    explicit NullDisplay(NullDisplaySettings settings = {});

    // The test's side.
    // Moves a simulated clock forward (a real one ignores it).
    void advance(double seconds);
    // Queues a sample, handed out once the clock reaches its time; a wait
    // ends early at it, as a touch wakes a window's event wait.
    void queuePointer(const PointerSample& sample);
    // A press at (x, y) at `at`, released `holdSeconds` later.
    void queueTap(float x, float y, double at, double holdSeconds = 0.1);
    void requestClose() { closeAsked_ = true; }
    // closeRequested() turns true once the clock reaches `seconds`.
    void closeAt(double seconds) { settings_.closeAtSeconds = seconds; }
    void setHooks(NullDisplayHooks hooks) { hooks_ = std::move(hooks); }
    const NullDisplayHooks& hooks() const { return hooks_; }
    void resize(int width, int height);

    long framesBegun() const { return framesBegun_; }
    long framesPresented() const { return framesPresented_; }
    // Of those, the ones shown a rectangle at a time (partial redraw).
    long partialPresents() const { return partialPresents_; }
    // The last frame rendered (renderDrawData or renderDrawDataWithin).
    const DrawTotals& lastDrawn() const { return lastDrawn_; }
    // Font atlas uploads (startImGui, refreshFontTexture), and the last one's size.
    int fontUploads() const { return fontUploads_; }
    int atlasWidth() const { return atlasWidth_; }
    int atlasHeight() const { return atlasHeight_; }

    // Display.
    bool startImGui(std::string& error) override;
    void setTitle(const std::string& title) override { title_ = title; }
    const std::string& title() const { return title_; }
    bool closeRequested() const override;
    void pollEvents() override {}
    void waitEvents(double timeoutSeconds) override;
    FramebufferSize framebufferSize() const override { return {width_, height_}; }
    double seconds() const override;
    std::vector<PointerSample> takePointerSamples() override;
    void beginFrame() override;
    void renderDrawData(int width, int height, unsigned backgroundRgb) override;
    void renderDrawDataWithin(int width, int height, unsigned backgroundRgb,
                              const std::vector<PixelRect>& rects) override;
    void present() override;
    bool canPresentRects() const override { return settings_.presentsRects; }
    void presentRects(const std::vector<PixelRect>& rects) override;
    bool takeExposed() override;
    void bindWindowFramebuffer() override {}
    void refreshFontTexture() override { uploadFontAtlas(); }
    int maxTextureSize() const override { return settings_.maxTextureSize; }
    bool hasGl() const override { return false; }
    std::unique_ptr<TextureStore> createTextureStore() override;

  private:
    void uploadFontAtlas();
    void noteDrawn();
    void notePresented(bool partial);
    // When the next queued sample is due (infinity: none queued).
    double nextSampleAt() const;

    NullDisplaySettings settings_;
    int width_, height_;
    std::chrono::steady_clock::time_point opened_;
    double simulatedNow_ = 0.0;
    std::deque<PointerSample> queued_;  // by time
    NullDisplayHooks hooks_;
    std::string title_;
    bool closeAsked_ = false;
    bool fontsUploaded_ = false;
    bool exposed_ = true;  // nothing was shown yet
    double lastFrameAt_ = -1.0;
    long framesBegun_ = 0;
    long framesPresented_ = 0;
    long partialPresents_ = 0;
    DrawTotals lastDrawn_;
    int fontUploads_ = 0;
    int atlasWidth_ = 0, atlasHeight_ = 0;
};

}  // namespace kiosk::platform
