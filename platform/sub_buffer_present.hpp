#pragma once
#include <memory>

struct GLFWwindow;

namespace kiosk::platform {

// Shows rectangles of a window's back buffer by copying them to the front
// buffer (GLX_MESA_copy_sub_buffer, which Mesa offers on X servers, Xvfb's
// software rendering included). The back buffer is never swapped, so it keeps
// the whole last frame and the next one redraws only what changed; the copy
// to the screen, the X server's share of the work, shrinks the same way.
class SubBufferPresenter {
  public:
    // Null when the window's GL is not GLX or lacks the extension.
    static std::unique_ptr<SubBufferPresenter> forWindow(GLFWwindow* window);
    ~SubBufferPresenter();

    // x, y from the window's top-left corner, in framebuffer pixels.
    void copy(int x, int y, int width, int height, int windowHeight);

    struct Impl;

  private:
    SubBufferPresenter() = default;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::platform
