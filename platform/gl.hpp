#pragma once
// OpenGL entry points (3.0 to 3.3: the context ladder, gl_context.hpp). Mesa's
// libGL exports them all, so on the Linux kiosk targets the prototypes are
// enough and no loader is needed.
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
