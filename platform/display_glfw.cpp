// The GLFW + OpenGL (3.3 core, 3.1 or 3.0) implementation of Display, in the
// order of Dear ImGui's example_glfw_opengl3: error callback, glfwInit, hints,
// window (on the context ladder, gl_context.hpp), vsync, backends.
#include "gl.hpp"  // before GLFW, which would include GL/gl.h without prototypes
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "display.hpp"
#include "gl_context.hpp"
#include "gl_texture_store.hpp"
#include "glyph_sampling.hpp"
#include "shading_states.hpp"
#include "sub_buffer_present.hpp"

namespace kiosk::platform {

namespace {

void reportGlfwError(int code, const char* description) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, description);
}

// A kiosk window refuses to close (Alt+F4, the window manager): only the staff
// exit ends the kiosk.
void refuseClose(GLFWwindow* window) {
    glfwSetWindowShouldClose(window, GLFW_FALSE);
}

// The window, its GL context and the ImGui GLFW/OpenGL3 backends.
class GlfwDisplay final : public Display {
  public:
    GlfwDisplay() = default;
    ~GlfwDisplay() override;

    bool startImGui(std::string& error) override;
    void setTitle(const std::string& title) override;
    bool closeRequested() const override;
    void pollEvents() override;
    void waitEvents(double timeoutSeconds) override;
    FramebufferSize framebufferSize() const override;
    double seconds() const override;
    std::vector<PointerSample> takePointerSamples() override;
    void beginFrame() override;
    void renderDrawData(int width, int height, unsigned backgroundRgb) override;
    void renderDrawDataWithin(int width, int height, unsigned backgroundRgb,
                              const std::vector<PixelRect>& rects) override;
    void present() override;
    bool canPresentRects() const override;
    void presentRects(const std::vector<PixelRect>& rects) override;
    bool takeExposed() override;
    void bindWindowFramebuffer() override;
    void refreshFontTexture() override;
    int maxTextureSize() const override;
    bool hasGl() const override { return true; }
    std::unique_ptr<TextureStore> createTextureStore() override;

    // What the GLFW callbacks below reach through the window's user pointer.
    GLFWwindow* window = nullptr;
    bool backendsReady = false;
    bool buttonDown = false;
    unsigned atlasTexture = 0;  // the font atlas, one byte a texel (uploadAlphaAtlas)
    int maxTextureSide = 0;     // GL_MAX_TEXTURE_SIZE, read once the context is current
    std::unique_ptr<SubBufferPresenter> subBuffer;  // when the window can show parts of frames
    bool exposed = false;  // the window's picture was lost (uncovered, resized)
    std::vector<PointerSample> pointer;

  private:
    void replaceAtlasTexture();
};

}  // namespace

GlfwDisplay::~GlfwDisplay() {
    if (atlasTexture) glDeleteTextures(1, &atlasTexture);
    if (backendsReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (window) glfwDestroyWindow(window);
    glfwTerminate();
}

namespace {

GlfwDisplay* displayOf(GLFWwindow* window);

// Window coordinates to framebuffer pixels (they differ on HiDPI screens).
void toFramebuffer(GLFWwindow* window, double& x, double& y) {
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(window, &ww, &wh);
    glfwGetFramebufferSize(window, &fw, &fh);
    if (ww > 0 && wh > 0) {
        x *= double(fw) / ww;
        y *= double(fh) / wh;
    }
}

void onMouseButton(GLFWwindow* window, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    GlfwDisplay* display = displayOf(window);
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    toFramebuffer(window, x, y);
    display->buttonDown = action == GLFW_PRESS;
    display->pointer.push_back(
        {action == GLFW_PRESS ? PointerSample::Kind::Down : PointerSample::Kind::Up, float(x),
         float(y), glfwGetTime()});
}

void onCursorMove(GLFWwindow* window, double x, double y) {
    GlfwDisplay* display = displayOf(window);
    if (!display->buttonDown) return;  // a touch screen has no hover
    toFramebuffer(window, x, y);
    display->pointer.push_back({PointerSample::Kind::Move, float(x), float(y), glfwGetTime()});
}

}  // namespace

std::unique_ptr<Display> Display::open(const DisplaySettings& settings,
                                       DisplayOpenFailure& failure) {
    glfwSetErrorCallback(reportGlfwError);
    if (!glfwInit()) {
        failure.message =
            "cannot initialise GLFW (is there a display? run under Xvfb for headless use)";
        return nullptr;
    }
    auto display = std::make_unique<GlfwDisplay>();
    glfwWindowHint(GLFW_VISIBLE, settings.hidden ? GLFW_FALSE : GLFW_TRUE);

    WindowRequest request;
    request.width = settings.width;
    request.height = settings.height;
    request.title = settings.title.c_str();
    if (settings.fullscreen && !settings.hidden) {
        request.monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode =
                request.monitor ? glfwGetVideoMode(request.monitor) : nullptr) {
            // Borderless full screen: the monitor's current mode, no mode switch.
            glfwWindowHint(GLFW_RED_BITS, mode->redBits);
            glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
            glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
            request.width = mode->width;
            request.height = mode->height;
        }
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    }
    bool tooOld = false;
    display->window = openWindowOnLadder(request, settings.glContext, failure.message, tooOld);
    if (!display->window) {
        if (tooOld) failure.exitStatus = 2;
        return nullptr;
    }
    glfwSwapInterval(settings.vsync ? 1 : 0);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &display->maxTextureSide);
    if (settings.fullscreen) {
        glfwSetInputMode(display->window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
        glfwSetWindowCloseCallback(display->window, refuseClose);
    }
    glfwSetWindowUserPointer(display->window, display.get());
    // Installed before ImGui's backend (startImGui), which chains to them.
    glfwSetMouseButtonCallback(display->window, onMouseButton);
    glfwSetCursorPosCallback(display->window, onCursorMove);
    // GLX_MESA_copy_sub_buffer is GLX's: through EGL every frame is swapped whole
    // (partial redraw then keeps its picture offscreen).
    if (!settings.hidden && settings.partialPresent && currentGl().api == GlApi::Native)
        display->subBuffer = SubBufferPresenter::forWindow(display->window);
    glfwSetWindowRefreshCallback(display->window,
                                 [](GLFWwindow* w) { displayOf(w)->exposed = true; });
    return display;
}

bool GlfwDisplay::startImGui(std::string& error) {
    if (!ImGui_ImplGlfw_InitForOpenGL(window, true) ||
        !ImGui_ImplOpenGL3_Init(currentGl().glsl.c_str())) {
        error = "cannot initialise the ImGui GLFW/OpenGL3 backends";
        return false;
    }
    backendsReady = true;
    return true;
}

void GlfwDisplay::setTitle(const std::string& title) {
    glfwSetWindowTitle(window, title.c_str());
}

bool primaryScreenSize(FramebufferSize& size, std::string& error) {
    glfwSetErrorCallback(reportGlfwError);
    if (!glfwInit()) {
        error = "cannot initialise GLFW (is there a display? run under Xvfb for headless use)";
        return false;
    }
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) {
        error = "no monitor to open a full-screen window on";
        return false;
    }
    size = {mode->width, mode->height};
    return true;
}

namespace {
GlfwDisplay* displayOf(GLFWwindow* window) {
    return static_cast<GlfwDisplay*>(glfwGetWindowUserPointer(window));
}
}  // namespace

std::vector<PointerSample> GlfwDisplay::takePointerSamples() {
    std::vector<PointerSample> samples;
    samples.swap(pointer);
    return samples;
}

bool GlfwDisplay::closeRequested() const {
    return glfwWindowShouldClose(window);
}
void GlfwDisplay::pollEvents() {
    glfwPollEvents();
}
void GlfwDisplay::waitEvents(double timeoutSeconds) {
    glfwWaitEventsTimeout(timeoutSeconds);
}
double GlfwDisplay::seconds() const {
    return glfwGetTime();
}

FramebufferSize GlfwDisplay::framebufferSize() const {
    FramebufferSize size;
    glfwGetFramebufferSize(window, &size.width, &size.height);
    return size;
}

void GlfwDisplay::beginFrame() {
    // Its shaders and buffers are made at start-up without the RGBA atlas
    // (imgui_renderer_start.hpp); after that this only checks they are there.
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (!atlasTexture) replaceAtlasTexture();
    // The atlas is a texture now: its copies in memory (8-bit and RGBA, tens
    // of MB with the CJK glyph sets) are not read again until a new pack
    // builds a new atlas, which refreshFontTexture() uploads.
    ImGui::GetIO().Fonts->ClearTexData();
}

void GlfwDisplay::replaceAtlasTexture() {
    // The backend's RGBA texture (if any) gives way to the one-byte one.
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    if (atlasTexture) glDeleteTextures(1, &atlasTexture);
    atlasTexture = uploadAlphaAtlas();
}

namespace {
// The viewport over the whole target, and the background that clears it.
void prepareTarget(int width, int height, unsigned backgroundRgb) {
    glViewport(0, 0, width, height);
    glClearColor(((backgroundRgb >> 16) & 255) / 255.0f, ((backgroundRgb >> 8) & 255) / 255.0f,
                 (backgroundRgb & 255) / 255.0f, 1.0f);
}

}  // namespace

void GlfwDisplay::renderDrawData(int width, int height, unsigned backgroundRgb) {
    prepareTarget(width, height, backgroundRgb);
    glClear(GL_COLOR_BUFFER_BIT);
    shadeCheaply(*ImGui::GetDrawData(), atlasTexture);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

namespace {

// A command's clip rectangle cut down to `r`, in whole pixels. The OpenGL 3
// renderer turns a clip rectangle into a scissor box by truncating its corner
// and its size; the pixels that box covers are worked out the same way here,
// so that a pixel inside `r` is drawn by exactly the commands that draw it in
// a whole frame.
ImVec4 narrowClip(const ImVec4& c, const PixelRect& r, int framebufferHeight) {
    if (c.z <= c.x || c.w <= c.y) return ImVec4(0, 0, 0, 0);
    const int x0 = int(c.x), x1 = x0 + int(c.z - c.x);
    const int bottom = int(float(framebufferHeight) - c.w), rows = int(c.w - c.y);
    const int y1 = framebufferHeight - bottom, y0 = y1 - rows;
    const int nx0 = std::max(x0, r.x0), nx1 = std::min(x1, r.x1);
    const int ny0 = std::max(y0, r.y0), ny1 = std::min(y1, r.y1);
    if (nx1 <= nx0 || ny1 <= ny0) return ImVec4(0, 0, 0, 0);
    return ImVec4(float(nx0), float(ny0), float(nx1), float(ny1));
}

}  // namespace

void GlfwDisplay::renderDrawDataWithin(int width, int height, unsigned backgroundRgb,
                                       const std::vector<PixelRect>& rects) {
    ImDrawData* data = ImGui::GetDrawData();
    prepareTarget(width, height, backgroundRgb);
    shadeCheaply(*data, atlasTexture);
    // Each pass narrows every command's clip rectangle to the rect; the
    // renderer skips commands left with none, and the rasteriser drops
    // triangles outside the scissor before shading them.
    std::vector<ImVec4> clips;
    for (int i = 0; i < data->CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer) clips.push_back(cmd.ClipRect);
    for (const PixelRect& r : rects) {
        if (r.x1 <= r.x0 || r.y1 <= r.y0) continue;
        glEnable(GL_SCISSOR_TEST);
        glScissor(r.x0, height - r.y1, r.x1 - r.x0, r.y1 - r.y0);  // GL counts rows from the bottom
        glClear(GL_COLOR_BUFFER_BIT);
        size_t k = 0;
        for (int i = 0; i < data->CmdListsCount; ++i)
            for (ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer)
                cmd.ClipRect = narrowClip(clips[k++], r, height);
        ImGui_ImplOpenGL3_RenderDrawData(data);
    }
    size_t k = 0;
    for (int i = 0; i < data->CmdListsCount; ++i)
        for (ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer) cmd.ClipRect = clips[k++];
    glDisable(GL_SCISSOR_TEST);
}

void GlfwDisplay::present() {
    glfwSwapBuffers(window);
}

bool GlfwDisplay::canPresentRects() const {
    return subBuffer != nullptr;
}

bool GlfwDisplay::takeExposed() {
    return std::exchange(exposed, false);
}

void GlfwDisplay::presentRects(const std::vector<PixelRect>& rects) {
    const FramebufferSize size = framebufferSize();
    for (const PixelRect& r : rects)
        if (r.x1 > r.x0 && r.y1 > r.y0)
            subBuffer->copy(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0, size.height);
}

void GlfwDisplay::bindWindowFramebuffer() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void GlfwDisplay::refreshFontTexture() {
    replaceAtlasTexture();
}

int GlfwDisplay::maxTextureSize() const {
    return maxTextureSide;
}

std::unique_ptr<TextureStore> GlfwDisplay::createTextureStore() {
    return std::make_unique<GlTextureStore>();
}

}  // namespace kiosk::platform
