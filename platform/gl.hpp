#pragma once
// OpenGL 3.3 entry points. Mesa's libGL exports them all, so on the Linux kiosk
// targets the prototypes are enough and no loader is needed.
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

// The GLSL version of every shader the kiosk builds, ImGui's renderer's and
// its own (shading_states.cpp), so that they always agree.
#define KIOSK_GLSL_VERSION "#version 330 core"
