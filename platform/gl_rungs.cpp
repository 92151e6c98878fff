#include "gl_rungs.hpp"

namespace kiosk::platform {

const std::vector<GlRung>& glRungs() {
    static const std::vector<GlRung> rungs = {{3, 3}, {3, 1}, {3, 0}};
    return rungs;
}

std::vector<GlAttempt> contextAttempts(GlContextChoice choice) {
    std::vector<GlApi> apis;
    if (choice != GlContextChoice::Egl) apis.push_back(GlApi::Native);
    if (choice != GlContextChoice::Native) apis.push_back(GlApi::Egl);
    std::vector<GlAttempt> attempts;
    for (GlApi api : apis)
        for (const GlRung& rung : glRungs()) attempts.push_back({api, rung});
    return attempts;
}

bool parseGlContextChoice(const std::string& text, GlContextChoice& choice) {
    if (text == "auto")
        choice = GlContextChoice::Auto;
    else if (text == "glx")
        choice = GlContextChoice::Native;
    else if (text == "egl")
        choice = GlContextChoice::Egl;
    else
        return false;
    return true;
}

bool glVersionIsEnough(int major, int minor) {
    return major > 3 || (major == 3 && minor >= 0);
}

std::string glslDirectiveFor(int major, int minor) {
    if (!glVersionIsEnough(major, minor)) return "";
    if (major > 3 || minor >= 3) return "#version 330 core";
    if (minor == 2) return "#version 150";
    if (minor == 1) return "#version 140";
    return "#version 130";
}

std::string describeAttempt(const GlAttempt& attempt) {
    return "OpenGL " + std::to_string(attempt.rung.major) + "." +
           std::to_string(attempt.rung.minor) +
           (attempt.api == GlApi::Egl ? " through EGL" : " through the window system's GL (GLX)");
}

}  // namespace kiosk::platform
