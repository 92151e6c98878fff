#pragma once
#include <string>

#include "gl_rungs.hpp"

struct GLFWwindow;
struct GLFWmonitor;

namespace kiosk::platform {

// The OpenGL context the kiosk draws with: what the ladder got and what it
// offers that the kiosk's drawing depends on. One context per process.
struct GlContextInfo {
    GlApi api = GlApi::Native;
    int major = 0, minor = 0;
    std::string glsl;      // the shaders' `#version` line (glslDirectiveFor)
    std::string version;   // GL_VERSION
    std::string renderer;  // GL_RENDERER
    // GL_TEXTURE_SWIZZLE_RGBA (core in 3.3, an extension before): without it
    // the glyph atlas is uploaded as RGBA instead of one byte a texel.
    bool textureSwizzle = false;
};

// The context made current by openWindowOnLadder (zero version before).
const GlContextInfo& currentGl();

// What the window is opened with, apart from the GL context.
struct WindowRequest {
    int width = 0, height = 0;
    const char* title = "";
    GLFWmonitor* monitor = nullptr;  // full screen on it, or windowed
};

// Opens the window with the first context of contextAttempts(choice) that the
// driver grants, makes it current and records it (currentGl), logging which
// rung it got. Nothing, with `error` set, when none is granted; then
// `tooOld` says whether the driver does offer OpenGL, only older than 3.0
// (the kiosk's exit status 2), as against no GL window at all.
GLFWwindow* openWindowOnLadder(const WindowRequest& request, GlContextChoice choice,
                               std::string& error, bool& tooOld);

}  // namespace kiosk::platform
