#include "shading_states.hpp"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <string>

#include "gl.hpp"
#include "gl_context.hpp"
#include "gl_texture_store.hpp"

namespace kiosk::platform {

namespace {

// The colour-only program, linked once against the attribute locations of
// ImGui's own (it draws ImGui's vertex arrays), and ImGui's program to return
// to. One GL context: the kiosk has one.
struct SolidProgram {
    GLuint program = 0;
    GLint projection = -1;
    GLuint imgui = 0;
    GLint imguiProjection = -1;
    bool failed = false;
};
SolidProgram solid;

GLuint compile(GLenum type, const char* body) {
    const std::string version = currentGl().glsl + "\n";
    const char* source[] = {version.c_str(), body};
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 2, source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

// Written for GLSL 1.30 and later; the `#version` line is the context's
// (currentGl), ImGui's renderer's too, so that they always agree.
const char* const kVertexShader =
    "uniform mat4 ProjMtx;\n"
    "in vec2 Position;\n"
    "in vec4 Color;\n"
    "out vec4 Frag_Color;\n"
    "void main() { Frag_Color = Color; gl_Position = ProjMtx * vec4(Position.xy, 0, 1); }\n";
const char* const kFragmentShader =
    "in vec4 Frag_Color;\n"
    "out vec4 Out_Color;\n"
    "void main() { Out_Color = Frag_Color; }\n";

bool linkSolidProgram(GLuint imgui) {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (!vertex || !fragment) return false;
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    glBindAttribLocation(program, GLuint(glGetAttribLocation(imgui, "Position")), "Position");
    glBindAttribLocation(program, GLuint(glGetAttribLocation(imgui, "Color")), "Color");
    glLinkProgram(program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        glDeleteProgram(program);
        return false;
    }
    solid.program = program;
    solid.projection = glGetUniformLocation(program, "ProjMtx");
    return true;
}

void solidOn(const ImDrawList*, const ImDrawCmd*) {
    GLint current = 0;
    glGetIntegerv(GL_CURRENT_PROGRAM, &current);
    if (solid.failed || current == 0) return;
    if (!solid.program && !linkSolidProgram(GLuint(current))) {
        solid.failed = true;  // ImGui's program draws them, as before
        spdlog::warn("the colour-only shader did not build; shapes are drawn as before");
        return;
    }
    if (GLuint(current) != solid.imgui) {
        solid.imgui = GLuint(current);
        solid.imguiProjection = glGetUniformLocation(solid.imgui, "ProjMtx");
    }
    GLfloat projection[16];
    glGetUniformfv(solid.imgui, solid.imguiProjection, projection);
    glUseProgram(solid.program);
    glUniformMatrix4fv(solid.projection, 1, GL_FALSE, projection);
}

void solidOff(const ImDrawList*, const ImDrawCmd*) {
    if (solid.program && solid.imgui) glUseProgram(solid.imgui);
}

void blendingOff(const ImDrawList*, const ImDrawCmd*) {
    glDisable(GL_BLEND);
}

void blendingOn(const ImDrawList*, const ImDrawCmd*) {
    glEnable(GL_BLEND);
}

ShadingRunSettings settingsFor(unsigned atlasTexture) {
    ShadingRunSettings settings;
    settings.opaqueTexture = [](ImTextureID id) {
        return isOpaquePicture(TextureId(reinterpret_cast<intptr_t>(id)));
    };
    settings.atlas = ImTextureID(intptr_t(atlasTexture));
    settings.whitePixelUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    settings.blendingOff = &blendingOff;
    settings.blendingOn = &blendingOn;
    settings.solidOn = &solidOn;
    settings.solidOff = &solidOff;
    return settings;
}

}  // namespace

void shadeCheaply(ImDrawData& data, unsigned atlasTexture) {
    splitShadingRuns(data, settingsFor(atlasTexture));
}

ShadedPixels shadedPixelsOf(const ImDrawData& data) {
    return countShadedPixels(data, settingsFor(0));
}

}  // namespace kiosk::platform
