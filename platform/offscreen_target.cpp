#include "offscreen_target.hpp"

#include <stb_image_write.h>

#include "gl.hpp"

namespace kiosk::platform {

std::unique_ptr<OffscreenTarget> OffscreenTarget::create(int width, int height,
                                                         std::string& error) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize) {
        error = "size " + std::to_string(width) + "x" + std::to_string(height) +
                " is outside what the GPU can render (1 to " + std::to_string(maxSize) + ")";
        return nullptr;
    }
    std::unique_ptr<OffscreenTarget> target(new OffscreenTarget());
    target->width_ = width;
    target->height_ = height;
    glGenTextures(1, &target->colorTexture_);
    glBindTexture(GL_TEXTURE_2D, target->colorTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glGenFramebuffers(1, &target->framebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, target->framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                           target->colorTexture_, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        error = "cannot create an offscreen framebuffer";
        return nullptr;
    }
    return target;
}

OffscreenTarget::~OffscreenTarget() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (colorTexture_) glDeleteTextures(1, &colorTexture_);
}

void OffscreenTarget::bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
}

void OffscreenTarget::finishFrame() {
    glFinish();
}

void OffscreenTarget::copyToWindow() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glDisable(GL_SCISSOR_TEST);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::copyScaledInto(OffscreenTarget* into, int intoHeight, int x, int y, int w,
                                     int h) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, into ? into->framebuffer_ : 0);
    glDisable(GL_SCISSOR_TEST);
    // GL counts rows from the bottom, as both framebuffers store them.
    const int bottom = intoHeight - y - h;
    glBlitFramebuffer(0, 0, width_, height_, x, bottom, x + w, bottom + h, GL_COLOR_BUFFER_BIT,
                      GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<uint8_t> OffscreenTarget::readRgba() const {
    std::vector<uint8_t> pixels(static_cast<size_t>(width_) * height_ * 4);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's first row is the bottom one; PNG's is the top.
    const size_t stride = static_cast<size_t>(width_) * 4;
    std::vector<uint8_t> row(stride);
    for (int y = 0; y < height_ / 2; ++y) {
        uint8_t* top = pixels.data() + y * stride;
        uint8_t* bottom = pixels.data() + (height_ - 1 - y) * stride;
        std::copy(top, top + stride, row.begin());
        std::copy(bottom, bottom + stride, top);
        std::copy(row.begin(), row.end(), bottom);
    }
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the screen is opaque
    return pixels;
}

bool writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba,
              std::string& error) {
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace kiosk::platform
