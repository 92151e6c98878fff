#pragma once
#include <memory>
#include <string>
#include <vector>

#include "gl_rungs.hpp"
#include "images/texture_store.hpp"

namespace kiosk::platform {

// How the kiosk's window is opened (see kiosk --help).
struct DisplaySettings {
    // Borderless full screen on the primary monitor, cursor hidden; the
    // window ignores close requests so no key combination leaves a black screen.
    bool fullscreen = true;
    // Window size when not full screen (--windowed WxH, or the screenshot size).
    int width = 1920;
    int height = 1080;
    // Never shown (headless rendering into an offscreen target).
    bool hidden = false;
    // Wait for the display's refresh when presenting.
    bool vsync = true;
    std::string title = "Kiosk";
    // Show frames a rectangle at a time where the window system allows it
    // (canPresentRects); off, every frame is swapped whole.
    bool partialPresent = true;
    // How the GL context is asked for (--gl-context): the ladder of versions
    // (3.3 core, 3.1, 3.0) through GLX then EGL, or one API only.
    GlContextChoice glContext = GlContextChoice::Auto;
};

// Why the window did not open: the message, and the kiosk's exit status for it
// (2 when the graphics driver's OpenGL is older than 3.0, which no retry mends).
struct DisplayOpenFailure {
    std::string message;
    int exitStatus = 1;
};

// One sample from the pointer (a touch screen arrives as the mouse), in
// framebuffer pixels, stamped with Display::seconds().
struct PointerSample {
    enum class Kind { Down, Move, Up };
    Kind kind = Kind::Move;
    float x = 0, y = 0;
    double time = 0;
};

// A rectangle of a framebuffer in whole pixels, top-left origin, x1/y1 excluded.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct FramebufferSize {
    int width = 0;
    int height = 0;
};

// What the kiosk needs from the machine to draw a frame: a window (GLFW with
// an OpenGL 3.3, 3.1 or 3.0 context and the ImGui backends, Display::open), or none
// at all (NullDisplay, for tests). It knows nothing of what the kiosk shows.
class Display {
  public:
    // Opens the window and its GL context; nothing (with `failure` set) on
    // failure. It touches no ImGui state, so the font atlas can be built on
    // another thread meanwhile (start-up).
    static std::unique_ptr<Display> open(const DisplaySettings& settings,
                                         DisplayOpenFailure& failure);
    virtual ~Display() = default;
    Display(const Display&) = delete;
    Display& operator=(const Display&) = delete;

    // Initialises the ImGui backends for the current ImGui context; false
    // (with `error` set) on failure. Once, before the first frame.
    virtual bool startImGui(std::string& error) = 0;
    virtual void setTitle(const std::string& title) = 0;

    virtual bool closeRequested() const = 0;
    virtual void pollEvents() = 0;
    // Sleeps until input arrives or `timeoutSeconds` pass (render on demand).
    virtual void waitEvents(double timeoutSeconds) = 0;
    virtual FramebufferSize framebufferSize() const = 0;
    // Monotonic seconds since the display opened.
    virtual double seconds() const = 0;
    // Pointer samples since the last call, oldest first.
    virtual std::vector<PointerSample> takePointerSamples() = 0;

    // Starts an ImGui frame (platform then renderer backend); the caller
    // then sets the frame's size and calls ImGui::NewFrame().
    virtual void beginFrame() = 0;
    // Renders ImGui's draw data into the currently bound framebuffer.
    virtual void renderDrawData(int width, int height, unsigned backgroundRgb) = 0;
    // The same, but only within `rects` (each cleared to the background first):
    // every other pixel of the bound framebuffer keeps what it had.
    virtual void renderDrawDataWithin(int width, int height, unsigned backgroundRgb,
                                      const std::vector<PixelRect>& rects) = 0;
    // Shows the back buffer's frame (a swap: the back buffer's pixels are
    // undefined afterwards).
    virtual void present() = 0;
    // Whether presentRects() works for this window; then the back buffer is
    // never swapped and keeps the last frame, so a frame need only redraw
    // what changed.
    virtual bool canPresentRects() const = 0;
    // Shows only these rectangles of the back buffer; the rest of the window
    // keeps what it showed.
    virtual void presentRects(const std::vector<PixelRect>& rects) = 0;
    // The window lost its picture since the last call (uncovered, resized):
    // the next frame must be shown whole.
    virtual bool takeExposed() = 0;
    // Makes the window's own framebuffer the render target again.
    virtual void bindWindowFramebuffer() = 0;
    // Uploads ImGui's font atlas again after it was rebuilt (a new pack).
    virtual void refreshFontTexture() = 0;
    // The longest side a texture may have on this GPU (GL_MAX_TEXTURE_SIZE):
    // 16384 under Mesa's llvmpipe, 8192 or more on PC GPUs, 4096 on some
    // small boards. The glyph atlas is planned within it.
    virtual int maxTextureSize() const = 0;
    // Whether an OpenGL context is current on this thread: what talks to GL
    // itself (offscreen targets, the GL census) needs one; without it the
    // window's own framebuffer, through the calls above, is all there is.
    virtual bool hasGl() const = 0;
    // Where the pictures' pixels become textures this display can draw.
    virtual std::unique_ptr<TextureStore> createTextureStore() = 0;

  protected:
    Display() = default;
};

// The primary monitor's size in pixels, which a full-screen window will have:
// known before the window opens, so that what depends on it (font sizes) can be
// prepared while it does. False (with `error` set) without a display.
bool primaryScreenSize(FramebufferSize& size, std::string& error);

}  // namespace kiosk::platform
