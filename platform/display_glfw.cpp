// The GLFW + OpenGL 3.3 implementation of Display, in the order of Dear ImGui's
// example_glfw_opengl3: error callback, glfwInit, hints, window, vsync, backends.
#include "gl.hpp"  // before GLFW, which would include GL/gl.h without prototypes
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "display.hpp"
#include "glyph_sampling.hpp"
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

}  // namespace

struct Display::Impl {
    GLFWwindow* window = nullptr;
    bool backendsReady = false;
    bool buttonDown = false;
    unsigned atlasTexture = 0;  // the font atlas, one byte a texel (uploadAlphaAtlas)
    int maxTextureSize = 0;     // GL_MAX_TEXTURE_SIZE, read once the context is current
    std::unique_ptr<SubBufferPresenter> subBuffer;  // when the window can show parts of frames
    bool exposed = false;  // the window's picture was lost (uncovered, resized)
    std::vector<PointerSample> pointer;

    ~Impl() {
        if (atlasTexture) glDeleteTextures(1, &atlasTexture);
        if (backendsReady) {
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
        }
        if (window) glfwDestroyWindow(window);
        glfwTerminate();
    }
};

namespace {

Display::Impl* implOf(GLFWwindow* window);

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
    Display::Impl* impl = implOf(window);
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    toFramebuffer(window, x, y);
    impl->buttonDown = action == GLFW_PRESS;
    impl->pointer.push_back(
        {action == GLFW_PRESS ? PointerSample::Kind::Down : PointerSample::Kind::Up, float(x),
         float(y), glfwGetTime()});
}

void onCursorMove(GLFWwindow* window, double x, double y) {
    Display::Impl* impl = implOf(window);
    if (!impl->buttonDown) return;  // a touch screen has no hover
    toFramebuffer(window, x, y);
    impl->pointer.push_back({PointerSample::Kind::Move, float(x), float(y), glfwGetTime()});
}

}  // namespace

std::unique_ptr<Display> Display::open(const DisplaySettings& settings, std::string& error) {
    glfwSetErrorCallback(reportGlfwError);
    if (!glfwInit()) {
        error = "cannot initialise GLFW (is there a display? run under Xvfb for headless use)";
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, settings.hidden ? GLFW_FALSE : GLFW_TRUE);

    GLFWmonitor* monitor = nullptr;
    int width = settings.width, height = settings.height;
    if (settings.fullscreen && !settings.hidden) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            // Borderless full screen: the monitor's current mode, no mode switch.
            glfwWindowHint(GLFW_RED_BITS, mode->redBits);
            glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
            glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
            width = mode->width;
            height = mode->height;
        }
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    }
    impl->window = glfwCreateWindow(width, height, settings.title.c_str(), monitor, nullptr);
    if (!impl->window) {
        error = "cannot open an OpenGL 3.3 core window";
        return nullptr;
    }
    glfwMakeContextCurrent(impl->window);
    glfwSwapInterval(settings.vsync ? 1 : 0);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &impl->maxTextureSize);
    if (settings.fullscreen) {
        glfwSetInputMode(impl->window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
        glfwSetWindowCloseCallback(impl->window, refuseClose);
    }
    glfwSetWindowUserPointer(impl->window, impl.get());
    // Installed before ImGui's backend (startImGui), which chains to them.
    glfwSetMouseButtonCallback(impl->window, onMouseButton);
    glfwSetCursorPosCallback(impl->window, onCursorMove);
    if (!settings.hidden && settings.partialPresent)
        impl->subBuffer = SubBufferPresenter::forWindow(impl->window);
    glfwSetWindowRefreshCallback(impl->window, [](GLFWwindow* w) { implOf(w)->exposed = true; });
    std::unique_ptr<Display> display(new Display());
    display->impl_ = std::move(impl);
    return display;
}

bool Display::startImGui(std::string& error) {
    if (!ImGui_ImplGlfw_InitForOpenGL(impl_->window, true) ||
        !ImGui_ImplOpenGL3_Init("#version 330 core")) {
        error = "cannot initialise the ImGui GLFW/OpenGL3 backends";
        return false;
    }
    impl_->backendsReady = true;
    return true;
}

void Display::setTitle(const std::string& title) {
    glfwSetWindowTitle(impl_->window, title.c_str());
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
Display::Impl* implOf(GLFWwindow* window) {
    return static_cast<Display::Impl*>(glfwGetWindowUserPointer(window));
}
}  // namespace

Display::~Display() = default;

std::vector<PointerSample> Display::takePointerSamples() {
    std::vector<PointerSample> samples;
    samples.swap(impl_->pointer);
    return samples;
}

bool Display::closeRequested() const {
    return glfwWindowShouldClose(impl_->window);
}
void Display::pollEvents() {
    glfwPollEvents();
}
void Display::waitEvents(double timeoutSeconds) {
    glfwWaitEventsTimeout(timeoutSeconds);
}
double Display::seconds() const {
    return glfwGetTime();
}

FramebufferSize Display::framebufferSize() const {
    FramebufferSize size;
    glfwGetFramebufferSize(impl_->window, &size.width, &size.height);
    return size;
}

void Display::beginFrame() {
    ImGui_ImplOpenGL3_NewFrame();  // the first time: its shaders, and the atlas as RGBA
    ImGui_ImplGlfw_NewFrame();
    if (!impl_->atlasTexture) replaceAtlasTexture();
    // The atlas is a texture now: its copies in memory (8-bit and RGBA, tens
    // of MB with the CJK glyph sets) are not read again until a new pack
    // builds a new atlas, which refreshFontTexture() uploads.
    ImGui::GetIO().Fonts->ClearTexData();
}

void Display::replaceAtlasTexture() {
    // The backend's RGBA texture (if any) gives way to the one-byte one.
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    if (impl_->atlasTexture) glDeleteTextures(1, &impl_->atlasTexture);
    impl_->atlasTexture = uploadAlphaAtlas();
}

namespace {
// The viewport over the whole target, and the background that clears it.
void prepareTarget(int width, int height, unsigned backgroundRgb) {
    glViewport(0, 0, width, height);
    glClearColor(((backgroundRgb >> 16) & 255) / 255.0f, ((backgroundRgb >> 8) & 255) / 255.0f,
                 (backgroundRgb & 255) / 255.0f, 1.0f);
}

}  // namespace

void Display::renderDrawData(int width, int height, unsigned backgroundRgb) {
    prepareTarget(width, height, backgroundRgb);
    glClear(GL_COLOR_BUFFER_BIT);
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

void Display::renderDrawDataWithin(int width, int height, unsigned backgroundRgb,
                                   const std::vector<PixelRect>& rects) {
    ImDrawData* data = ImGui::GetDrawData();
    prepareTarget(width, height, backgroundRgb);
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

void Display::present() {
    glfwSwapBuffers(impl_->window);
}

bool Display::canPresentRects() const {
    return impl_->subBuffer != nullptr;
}

bool Display::takeExposed() {
    const bool exposed = impl_->exposed;
    impl_->exposed = false;
    return exposed;
}

void Display::presentRects(const std::vector<PixelRect>& rects) {
    const FramebufferSize size = framebufferSize();
    for (const PixelRect& r : rects)
        if (r.x1 > r.x0 && r.y1 > r.y0)
            impl_->subBuffer->copy(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0, size.height);
}

void Display::bindWindowFramebuffer() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void Display::refreshFontTexture() {
    replaceAtlasTexture();
}

int Display::maxTextureSize() const {
    return impl_->maxTextureSize;
}

}  // namespace kiosk::platform
