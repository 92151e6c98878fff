#pragma once
#include <string>
#include <vector>

namespace kiosk::platform {

// Which way the kiosk asks for its OpenGL context (--gl-context).
enum class GlContextChoice {
    Auto,    // the window system's own API (GLX under X11), then EGL
    Native,  // the window system's own API only ("glx")
    Egl,     // EGL only
};

// The API one attempt goes through. Under X11 the native API is GLX; a GLFW
// built for Wayland has EGL as its native API, so the ladder is the same there.
enum class GlApi { Native, Egl };

// An OpenGL version the kiosk can draw with. Every shader and GL call of the
// kiosk's own works from 3.0 up (BENCHMARKS.md, "Small boards").
struct GlRung {
    int major = 3;
    int minor = 3;
};

struct GlAttempt {
    GlApi api = GlApi::Native;
    GlRung rung;
};

// The versions to ask for, best first: 3.3 core (PC GPUs, Mesa's llvmpipe),
// 3.1 (the Raspberry Pi 4 and 5's v3d), 3.0. Below 3.2 there are no profiles.
const std::vector<GlRung>& glRungs();

// Every attempt in order: for Auto the whole ladder through the native API,
// then the whole ladder through EGL.
std::vector<GlAttempt> contextAttempts(GlContextChoice choice);

// "auto", "glx" or "egl"; false for anything else.
bool parseGlContextChoice(const std::string& text, GlContextChoice& choice);

// The `#version` line for the shaders of a context of this version: GLSL 1.30
// for 3.0, 1.40 for 3.1, 1.50 for 3.2, 3.30 core from 3.3 on (what Dear ImGui
// 1.86's OpenGL 3 renderer and the kiosk's own shaders are written for).
// Empty below 3.0, where the kiosk does not run.
std::string glslDirectiveFor(int major, int minor);

// Whether a context of this version can draw the kiosk (3.0 or later).
bool glVersionIsEnough(int major, int minor);

// "OpenGL 3.1 through GLX": for the log and --bench.
std::string describeAttempt(const GlAttempt& attempt);

}  // namespace kiosk::platform
