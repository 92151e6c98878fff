// Apart from display_glfw.cpp: Xlib's headers define macros (None, Status,
// Bool) that clash with other code.
#include "sub_buffer_present.hpp"

#include "gl.hpp"  // before GLFW, which would include GL/gl.h without prototypes
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#define GLFW_EXPOSE_NATIVE_GLX
#include <GL/glx.h>
#include <GLFW/glfw3native.h>

#include <cstring>

namespace kiosk::platform {

struct SubBufferPresenter::Impl {
    Display* display = nullptr;
    GLXDrawable drawable = 0;
    PFNGLXCOPYSUBBUFFERMESAPROC copySubBuffer = nullptr;
};

namespace {
bool hasExtension(const char* list, const char* name) {
    const size_t n = std::strlen(name);
    for (const char* p = list; p && (p = std::strstr(p, name)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}
}  // namespace

std::unique_ptr<SubBufferPresenter> SubBufferPresenter::forWindow(GLFWwindow* window) {
    Display* x = glfwGetX11Display();
    const GLXWindow drawable = glfwGetGLXWindow(window);
    if (!x || !drawable) return nullptr;  // not X11, or GL through EGL
    if (!hasExtension(glXQueryExtensionsString(x, DefaultScreen(x)), "GLX_MESA_copy_sub_buffer"))
        return nullptr;
    auto copy = reinterpret_cast<PFNGLXCOPYSUBBUFFERMESAPROC>(
        glXGetProcAddress(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
    if (!copy) return nullptr;
    std::unique_ptr<SubBufferPresenter> presenter(new SubBufferPresenter());
    presenter->impl_ = std::make_unique<Impl>();
    presenter->impl_->display = x;
    presenter->impl_->drawable = drawable;
    presenter->impl_->copySubBuffer = copy;
    return presenter;
}

SubBufferPresenter::~SubBufferPresenter() = default;

void SubBufferPresenter::copy(int x, int y, int width, int height, int windowHeight) {
    // GLX counts rows from the bottom.
    impl_->copySubBuffer(impl_->display, impl_->drawable, x, windowHeight - y - height, width,
                         height);
}

}  // namespace kiosk::platform
