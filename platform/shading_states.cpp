#include "shading_states.hpp"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <initializer_list>
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

// A program of `vertexSource` and `fragmentSource` whose attributes take
// the locations of ImGui's program's (it draws ImGui's vertex arrays); 0 when
// it does not build.
GLuint linkProgram(GLuint imgui, const char* vertexSource, const char* fragmentSource,
                   std::initializer_list<const char*> attributes) {
    const GLuint vertex = compile(GL_VERTEX_SHADER, vertexSource);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragmentSource);
    GLuint program = 0;
    if (vertex && fragment) {
        program = glCreateProgram();
        glAttachShader(program, vertex);
        glAttachShader(program, fragment);
        for (const char* attribute : attributes)
            glBindAttribLocation(program, GLuint(glGetAttribLocation(imgui, attribute)), attribute);
        glLinkProgram(program);
        GLint ok = 0;
        glGetProgramiv(program, GL_LINK_STATUS, &ok);
        if (!ok) {
            glDeleteProgram(program);
            program = 0;
        }
    }
    if (vertex) glDeleteShader(vertex);
    if (fragment) glDeleteShader(fragment);
    return program;
}

bool linkSolidProgram(GLuint imgui) {
    solid.program = linkProgram(imgui, kVertexShader, kFragmentShader, {"Position", "Color"});
    if (!solid.program) return false;
    solid.projection = glGetUniformLocation(solid.program, "ProjMtx");
    return true;
}

void solidOff(const ImDrawList*, const ImDrawCmd*) {
    if (solid.program && solid.imgui) glUseProgram(solid.imgui);
}

// The shaded-picture program (ui::ShadedPictureCallbacks): ImGui's, but each
// pixel opaque, mixed toward the shade's colour by one minus the vertex
// alpha, as the shade blended over the picture would leave it.
struct ShadedProgram {
    GLuint program = 0;
    GLint projection = -1, shade = -1;
    bool failed = false;
};
ShadedProgram shaded;

const char* const kShadedVertexShader =
    "uniform mat4 ProjMtx;\n"
    "in vec2 Position;\n"
    "in vec2 UV;\n"
    "in vec4 Color;\n"
    "out vec2 Frag_UV;\n"
    "out vec4 Frag_Color;\n"
    "void main() {\n"
    "    Frag_UV = UV;\n"
    "    Frag_Color = Color;\n"
    "    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);\n"
    "}\n";
const char* const kShadedFragmentShader =
    "uniform sampler2D Texture;\n"
    "uniform vec3 Shade;\n"
    "in vec2 Frag_UV;\n"
    "in vec4 Frag_Color;\n"
    "out vec4 Out_Color;\n"
    "void main() {\n"
    "    vec3 picture = Frag_Color.rgb * texture(Texture, Frag_UV.st).rgb;\n"
    "    Out_Color = vec4(mix(Shade, picture, Frag_Color.a), 1.0);\n"
    "}\n";

bool linkShadedProgram(GLuint imgui) {
    shaded.program =
        linkProgram(imgui, kShadedVertexShader, kShadedFragmentShader, {"Position", "UV", "Color"});
    if (!shaded.program) return false;
    shaded.projection = glGetUniformLocation(shaded.program, "ProjMtx");
    shaded.shade = glGetUniformLocation(shaded.program, "Shade");
    glUseProgram(shaded.program);
    glUniform1i(glGetUniformLocation(shaded.program, "Texture"), 0);
    glUseProgram(imgui);
    return true;
}

// ImGui's program and its projection, as the frame's render state set them.
GLuint imguiProgram(GLfloat projection[16]) {
    GLint current = 0;
    glGetIntegerv(GL_CURRENT_PROGRAM, &current);
    if (current == 0) return 0;
    if (GLuint(current) != solid.imgui) {
        solid.imgui = GLuint(current);
        solid.imguiProjection = glGetUniformLocation(solid.imgui, "ProjMtx");
    }
    glGetUniformfv(solid.imgui, solid.imguiProjection, projection);
    return solid.imgui;
}

void solidOn(const ImDrawList*, const ImDrawCmd*) {
    if (solid.failed) return;
    GLfloat projection[16];
    const GLuint imgui = imguiProgram(projection);
    if (!imgui) return;
    if (!solid.program && !linkSolidProgram(imgui)) {
        solid.failed = true;  // ImGui's program draws them, as before
        spdlog::warn("the colour-only shader did not build; shapes are drawn as before");
        return;
    }
    glUseProgram(solid.program);
    glUniformMatrix4fv(solid.projection, 1, GL_FALSE, projection);
}

void shadedPictureOn(const ImDrawList*, const ImDrawCmd* cmd) {
    GLfloat projection[16];
    const GLuint imgui = imguiProgram(projection);
    if (!imgui || shaded.failed) return;
    if (!shaded.program && !linkShadedProgram(imgui)) {
        // Cannot happen on a context that runs ImGui's program; were it to,
        // the picture is drawn by ImGui's, without its shade.
        shaded.failed = true;
        spdlog::warn("the shaded-picture shader did not build; pictures are drawn unshaded");
        return;
    }
    const auto color = ImU32(reinterpret_cast<uintptr_t>(cmd->UserCallbackData));
    glUseProgram(shaded.program);
    glUniformMatrix4fv(shaded.projection, 1, GL_FALSE, projection);
    glUniform3f(shaded.shade, float(color >> IM_COL32_R_SHIFT & 0xFF) / 255.0f,
                float(color >> IM_COL32_G_SHIFT & 0xFF) / 255.0f,
                float(color >> IM_COL32_B_SHIFT & 0xFF) / 255.0f);
    glDisable(GL_BLEND);  // every pixel is opaque: nothing beneath shows
}

void shadedPictureOff(const ImDrawList*, const ImDrawCmd*) {
    if (shaded.program && solid.imgui) glUseProgram(solid.imgui);
    glEnable(GL_BLEND);
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
    settings.shadedPictureOn = &shadedPictureOn;
    settings.shadedPictureOff = &shadedPictureOff;
    return settings;
}

}  // namespace

void shadeCheaply(ImDrawData& data, unsigned atlasTexture) {
    splitShadingRuns(data, settingsFor(atlasTexture));
}

ImDrawCallback shadedPictureOnCallback() {
    return &shadedPictureOn;
}

ImDrawCallback shadedPictureOffCallback() {
    return &shadedPictureOff;
}

ShadedPixels shadedPixelsOf(const ImDrawData& data) {
    return countShadedPixels(data, settingsFor(0));
}

}  // namespace kiosk::platform
