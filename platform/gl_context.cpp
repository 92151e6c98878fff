#include "gl_context.hpp"

#include "gl.hpp"  // before GLFW, which would include GL/gl.h without prototypes
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <vector>

namespace kiosk::platform {

namespace {

GlContextInfo current;

// GLFW's errors while climbing down the ladder: a refused rung is expected
// (GLXBadFBConfig on a driver without 3.3), so they are kept for the log
// instead of printed as they come. GLFW's error callback has no user pointer.
std::vector<std::string> refusals;
void collectRefusal(int code, const char* description) {
    refusals.push_back("GLFW error " + std::to_string(code) + ": " + description);
}

void hintContext(const GlAttempt& attempt) {
    const GlRung rung = attempt.rung;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_API);
    glfwWindowHint(GLFW_CONTEXT_CREATION_API,
                   attempt.api == GlApi::Egl ? GLFW_EGL_CONTEXT_API : GLFW_NATIVE_CONTEXT_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, rung.major);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, rung.minor);
    // Profiles exist from 3.2 on; below, GLFW refuses any but "any".
    const bool profiles = rung.major > 3 || rung.minor >= 2;
    glfwWindowHint(GLFW_OPENGL_PROFILE,
                   profiles ? GLFW_OPENGL_CORE_PROFILE : GLFW_OPENGL_ANY_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, profiles ? GLFW_TRUE : GLFW_FALSE);
    // Nothing the kiosk draws tests depth or stencil; GLFW asks for both by
    // default, and a window with a depth buffer takes llvmpipe off its fast
    // paths: a screenful of flat colour costs 6 ms instead of 1 (gl_fill_bench).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
}

bool hasExtension(const char* name) {
    GLint count = 0;
    glGetIntegerv(GL_NUM_EXTENSIONS, &count);
    for (GLint i = 0; i < count; ++i) {
        const auto* extension =
            reinterpret_cast<const char*>(glGetStringi(GL_EXTENSIONS, GLuint(i)));
        if (extension && std::strcmp(extension, name) == 0) return true;
    }
    return false;
}

std::string glText(GLenum name) {
    const auto* text = reinterpret_cast<const char*>(glGetString(name));
    return text ? text : "";
}

void noteContext(GLFWwindow* window, GlApi api) {
    current = {};
    current.api = api;
    current.major = glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MAJOR);
    current.minor = glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MINOR);
    current.glsl = glslDirectiveFor(current.major, current.minor);
    current.version = glText(GL_VERSION);
    current.renderer = glText(GL_RENDERER);
    current.textureSwizzle = current.major > 3 || current.minor >= 3 ||
                             hasExtension("GL_ARB_texture_swizzle") ||
                             hasExtension("GL_EXT_texture_swizzle");
}

// After every rung was refused: whether the driver offers an older OpenGL
// (any version, the window system's API, a hidden window), and which.
bool olderGlOffered(int& major, int& minor, std::string& renderer) {
    glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_NATIVE_CONTEXT_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 1);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_ANY_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_FALSE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* probe = glfwCreateWindow(64, 64, "", nullptr, nullptr);
    if (!probe) return false;
    glfwMakeContextCurrent(probe);
    major = glfwGetWindowAttrib(probe, GLFW_CONTEXT_VERSION_MAJOR);
    minor = glfwGetWindowAttrib(probe, GLFW_CONTEXT_VERSION_MINOR);
    renderer = glText(GL_RENDERER);
    glfwMakeContextCurrent(nullptr);
    glfwDestroyWindow(probe);
    return true;
}

void explainRefusal(std::string& error, bool& tooOld) {
    int major = 0, minor = 0;
    std::string renderer;
    if (olderGlOffered(major, minor, renderer) && !glVersionIsEnough(major, minor)) {
        tooOld = true;
        error = "the graphics driver offers OpenGL " + std::to_string(major) + "." +
                std::to_string(minor) + " (" + renderer + "); the kiosk needs OpenGL 3.0 or later";
        return;
    }
    error = "cannot open an OpenGL 3.3, 3.1 or 3.0 window";
    if (!refusals.empty()) error += " (" + refusals.back() + ")";
}

}  // namespace

const GlContextInfo& currentGl() {
    return current;
}

GLFWwindow* openWindowOnLadder(const WindowRequest& request, GlContextChoice choice,
                               std::string& error, bool& tooOld) {
    tooOld = false;
    refusals.clear();
    const GLFWerrorfun previous = glfwSetErrorCallback(collectRefusal);
    GLFWwindow* window = nullptr;
    for (const GlAttempt& attempt : contextAttempts(choice)) {
        hintContext(attempt);
        const size_t before = refusals.size();
        window = glfwCreateWindow(request.width, request.height, request.title, request.monitor,
                                  nullptr);
        if (window) {
            glfwMakeContextCurrent(window);
            noteContext(window, attempt.api);
            spdlog::info("{}: {} on {} (shaders: {}{})", describeAttempt(attempt), current.version,
                         current.renderer, current.glsl,
                         current.textureSwizzle ? "" : "; no texture swizzle");
            break;
        }
        spdlog::debug("{} refused: {}", describeAttempt(attempt),
                      refusals.size() > before ? refusals.back() : "no reason given");
    }
    if (!window) explainRefusal(error, tooOld);
    glfwSetErrorCallback(previous);
    return window;
}

}  // namespace kiosk::platform
