#include "gl_census.hpp"

#include "gl.hpp"

namespace kiosk::platform {

std::string GlObjectCounts::describe() const {
    return "textures " + std::to_string(textures) + ", buffers " + std::to_string(buffers) +
           ", vertex arrays " + std::to_string(vertexArrays) + ", framebuffers " +
           std::to_string(framebuffers) + ", renderbuffers " + std::to_string(renderbuffers) +
           ", programs " + std::to_string(programs) + ", shaders " + std::to_string(shaders);
}

GlObjectCounts countGlObjects(unsigned highestName) {
    glFinish();
    GlObjectCounts counts;
    for (GLuint name = 1; name <= highestName; ++name) {
        counts.textures += glIsTexture(name) == GL_TRUE;
        counts.buffers += glIsBuffer(name) == GL_TRUE;
        counts.vertexArrays += glIsVertexArray(name) == GL_TRUE;
        counts.framebuffers += glIsFramebuffer(name) == GL_TRUE;
        counts.renderbuffers += glIsRenderbuffer(name) == GL_TRUE;
        // Programs and shaders share one name space.
        counts.programs += glIsProgram(name) == GL_TRUE;
        counts.shaders += glIsShader(name) == GL_TRUE;
    }
    return counts;
}

}  // namespace kiosk::platform
