#pragma once

namespace kiosk::platform {

// Makes the ImGui OpenGL 3 backend's device objects (its shader program and
// buffers) now, after ImGui_ImplOpenGL3_Init with the context current, without
// the RGBA texture of the font atlas that the backend would otherwise make at
// its first NewFrame. The kiosk draws glyphs from a one-byte atlas texture of
// its own (uploadAlphaAtlas); the backend's RGBA copy, 4 bytes a pixel of an
// atlas holding five languages' glyphs in four faces (over 100 MB at
// 1920x1080), was converted, uploaded and thrown away before the first frame:
// about a third of the time from the atlas being ready to the first frame,
// and a peak of memory that malloc kept afterwards. False when the backend
// cannot make them (its shaders do not compile).
bool startImGuiRendererWithoutRgbaAtlas();

}  // namespace kiosk::platform
