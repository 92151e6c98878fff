// What a screenful of each kind of pixel the kiosk draws costs the OpenGL in
// use: under software rendering (Mesa's llvmpipe) the frame's cost is mostly
// its pixels, and their kinds differ several times over. Each kind is drawn
// over the whole window, one pass a frame with glFinish after it, and the
// process's CPU time (every llvmpipe thread included) and the wall time are
// taken per pass; the medians are printed.
//
//     xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/bench/gl_fill_bench
//     LP_NUM_THREADS=0 xvfb-run ... gl_fill_bench     # llvmpipe drawing on the calling thread
//
// Options: --size WxH (1920x1080), --frames N (60), --depth-bits N (0, as the
// kiosk's window; GLFW's default is 24, with 8 of stencil).
#include "bench_stats.hpp"
#include "gl.hpp"  // before GLFW
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

const char* kVertex = R"(#version 330 core
layout(location = 0) in vec2 Position;
layout(location = 1) in vec2 UV;
layout(location = 2) in vec4 Color;
uniform vec2 Size;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = vec4(Position.x / Size.x * 2.0 - 1.0, 1.0 - Position.y / Size.y * 2.0, 0, 1);
})";
// As Dear ImGui's OpenGL 3 backend draws everything.
const char* kTextured = R"(#version 330 core
in vec2 Frag_UV;
in vec4 Frag_Color;
uniform sampler2D Texture;
layout(location = 0) out vec4 Out_Color;
void main() { Out_Color = Frag_Color * texture(Texture, Frag_UV.st); })";
// A texture's texels alone, the form of shader for which Mesa's llvmpipe has
// its fast paths of plain copies (its "linear" rasterizer), given BGRA texels
// and nearest sampling; where the pass below costs as much as the one drawn
// as Dear ImGui draws, the driver does not take them.
const char* kTexelsOnly = R"(#version 330 core
in vec2 Frag_UV;
uniform sampler2D Texture;
layout(location = 0) out vec4 Out_Color;
void main() { Out_Color = texture(Texture, Frag_UV.st); })";
// The kiosk's own program for shapes with no texture (platform/shading_states.cpp).
const char* kSolid = R"(#version 330 core
in vec2 Frag_UV;
in vec4 Frag_Color;
layout(location = 0) out vec4 Out_Color;
void main() { Out_Color = Frag_Color; })";

GLuint program(const char* fragment) {
    const GLuint p = glCreateProgram();
    for (auto [type, source] :
         {std::pair{GL_VERTEX_SHADER, kVertex}, {GL_FRAGMENT_SHADER, fragment}}) {
        const GLuint s = glCreateShader(type);
        glShaderSource(s, 1, &source, nullptr);
        glCompileShader(s);
        glAttachShader(p, s);
        glDeleteShader(s);
    }
    glLinkProgram(p);
    return p;
}

struct Vertex {
    float x, y, u, v;
    uint32_t color;
};

// A quad over the whole window, its texture coordinates spanning [u0, u1).
void drawQuad(int width, int height, float u0, float v0, float u1, float v1) {
    const Vertex quad[4] = {{0, 0, u0, v0, 0xffffffffu},
                            {float(width), 0, u1, v0, 0xffffffffu},
                            {float(width), float(height), u1, v1, 0xffffffffu},
                            {0, float(height), u0, v1, 0xffffffffu}};
    glBufferData(GL_ARRAY_BUFFER, sizeof quad, quad, GL_STREAM_DRAW);
    glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_SHORT, nullptr);
}

GLuint texture(int width, int height, GLint filter, GLenum order = GL_RGBA) {
    std::vector<uint32_t> pixels(size_t(width) * size_t(height));
    uint32_t seed = 1;
    for (uint32_t& p : pixels) p = 0xff000000u | ((seed = seed * 1664525u + 1013904223u) >> 8);
    GLuint t = 0;
    glGenTextures(1, &t);
    glBindTexture(GL_TEXTURE_2D, t);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, order, GL_UNSIGNED_BYTE,
                 pixels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return t;
}

struct Pass {
    const char* name;
    const char* drawnFor;
    std::function<void(int frame)> draw;
};

}  // namespace

int main(int argc, char** argv) {
    int width = 1920, height = 1080, frames = 60, depthBits = 0;
    bool usage = argc % 2 == 0;  // an option without its value
    for (int i = 1; i + 1 < argc && !usage; i += 2) {
        if (!std::strcmp(argv[i], "--size"))
            usage = std::sscanf(argv[i + 1], "%dx%d", &width, &height) != 2 || width <= 0 ||
                    height <= 0;
        else if (!std::strcmp(argv[i], "--frames"))
            usage = (frames = std::atoi(argv[i + 1])) <= 0;
        else if (!std::strcmp(argv[i], "--depth-bits"))
            usage = (depthBits = std::atoi(argv[i + 1])) < 0;
        else
            usage = true;
    }
    if (usage) {
        std::fprintf(stderr, "usage: gl_fill_bench [--size WxH] [--frames N] [--depth-bits N]\n");
        return 2;
    }
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_DEPTH_BITS, depthBits);
    glfwWindowHint(GLFW_STENCIL_BITS, depthBits > 0 ? 8 : 0);
    GLFWwindow* window = glfwCreateWindow(width, height, "gl_fill_bench", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "gl_fill_bench: no OpenGL 3.3 window\n");
        return 1;
    }
    glfwMakeContextCurrent(window);
    std::printf("%s, %s, %dx%d, %d frames a pass, window depth bits %d\n", glGetString(GL_RENDERER),
                glGetString(GL_VERSION), width, height, frames, depthBits);

    const GLuint textured = program(kTextured), solid = program(kSolid),
                 texelsOnly = program(kTexelsOnly);
    for (GLuint p : {textured, solid, texelsOnly}) {
        glUseProgram(p);
        glUniform2f(glGetUniformLocation(p, "Size"), float(width), float(height));
    }
    GLuint vao = 0, vbo = 0, ibo = 0;
    glGenVertexArrays(1, &vao);
    glBindVertexArray(vao);
    glGenBuffers(1, &vbo);
    glGenBuffers(1, &ibo);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
    const uint16_t indices[6] = {0, 1, 2, 0, 2, 3};
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof indices, indices, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), nullptr);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<void*>(offsetof(Vertex, u)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(Vertex),
                          reinterpret_cast<void*>(offsetof(Vertex, color)));

    // A screenful texel for texel (a slide laid aside, a still map picture),
    // and a picture a little larger than the screen, panned and scaled.
    const GLuint screenful = texture(width, height, GL_NEAREST),
                 screenfulBgra = texture(width, height, GL_NEAREST, GL_BGRA);
    const GLuint picture = texture(width * 6 / 5, height * 6 / 5, GL_LINEAR);
    GLuint sourceFbo = 0, targetFbo = 0, targetTexture = texture(width, height, GL_NEAREST);
    glGenFramebuffers(1, &sourceFbo);
    glBindFramebuffer(GL_FRAMEBUFFER, sourceFbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, screenful, 0);
    glGenFramebuffers(1, &targetFbo);
    glBindFramebuffer(GL_FRAMEBUFFER, targetFbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, targetTexture, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width, height);

    const auto panned = [&](int frame) {
        const float u0 = 0.05f + 0.0005f * float(frame % 100), v0 = 0.05f;
        drawQuad(width, height, u0, v0, u0 + 0.83f, v0 + 0.83f);
    };
    const auto blending = [](bool on) {
        if (on) {
            glEnable(GL_BLEND);
            glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied "over"
        } else {
            glDisable(GL_BLEND);
        }
    };
    const std::vector<Pass> passes = {
        {"solid, opaque", "backdrop, panels",
         [&](int) {
             glUseProgram(solid);
             blending(false);
             drawQuad(width, height, 0, 0, 1, 1);
         }},
        {"solid, blended", "shades, fringes",
         [&](int) {
             glUseProgram(solid);
             blending(true);
             drawQuad(width, height, 0, 0, 1, 1);
         }},
        {"texture 1:1, opaque", "a slide laid aside",
         [&](int) {
             glUseProgram(textured);
             glBindTexture(GL_TEXTURE_2D, screenful);
             blending(false);
             drawQuad(width, height, 0, 0, 1, 1);
         }},
        {"texture 1:1, opaque, texels only", "(a driver's fast path)",
         [&](int) {
             glUseProgram(texelsOnly);
             glBindTexture(GL_TEXTURE_2D, screenfulBgra);
             blending(false);
             drawQuad(width, height, 0, 0, 1, 1);
         }},
        {"texture 1:1, blended", "a still map",
         [&](int) {
             glUseProgram(textured);
             glBindTexture(GL_TEXTURE_2D, screenful);
             blending(true);
             drawQuad(width, height, 0, 0, 1, 1);
         }},
        {"texture scaled, opaque", "a picture panning",
         [&](int frame) {
             glUseProgram(textured);
             glBindTexture(GL_TEXTURE_2D, picture);
             blending(false);
             panned(frame);
         }},
        {"texture scaled, blended", "a map raster",
         [&](int frame) {
             glUseProgram(textured);
             glBindTexture(GL_TEXTURE_2D, picture);
             blending(true);
             panned(frame);
         }},
        {"copy, framebuffer to framebuffer", "glBlitFramebuffer",
         [&](int) {
             glBindFramebuffer(GL_READ_FRAMEBUFFER, sourceFbo);
             glBindFramebuffer(GL_DRAW_FRAMEBUFFER, targetFbo);
             glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                               GL_NEAREST);
             glBindFramebuffer(GL_FRAMEBUFFER, 0);
         }},
        {"copy, framebuffer to window", "glBlitFramebuffer",
         [&](int) {
             glBindFramebuffer(GL_READ_FRAMEBUFFER, sourceFbo);
             glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
             glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                               GL_NEAREST);
             glBindFramebuffer(GL_FRAMEBUFFER, 0);
         }},
    };
    std::printf("%-34s %-22s %9s %9s %11s\n", "pass over the whole window", "as the kiosk draws",
                "CPU ms", "wall ms", "ns/pixel");
    for (const Pass& pass : passes) {
        std::vector<double> cpu, wall;
        for (int frame = -5; frame < frames; ++frame) {  // five to warm up (shader compiles)
            const double c0 = cpuMs(), w0 = glfwGetTime();
            pass.draw(frame);
            glFinish();
            if (frame < 0) continue;
            cpu.push_back(cpuMs() - c0);
            wall.push_back((glfwGetTime() - w0) * 1e3);
        }
        const double c = kiosk::bench::median(cpu);
        std::printf("%-34s %-22s %9.2f %9.2f %11.2f\n", pass.name, pass.drawnFor, c,
                    kiosk::bench::median(wall), c * 1e6 / (double(width) * double(height)));
    }
    std::fflush(stdout);
    const bool ok = glGetError() == GL_NO_ERROR;
    glfwDestroyWindow(window);
    glfwTerminate();
    return ok ? 0 : 1;
}
