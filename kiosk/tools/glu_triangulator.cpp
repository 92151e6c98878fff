#include "glu_triangulator.hpp"

#include <GL/glu.h>

#include <array>
#include <cstdint>
#include <memory>

namespace kiosk {

namespace {

// What the callbacks write into; passed as GLU's polygon data, so nothing is global.
struct Tessellation {
    std::vector<uint32_t> indices;
    bool failed = false;
};

// GLU carries a vertex as a pointer; ours carry their point index plus one (so
// that no vertex is null, which is what GLU passes for an unused slot).
void* vertexData(uint32_t index) {
    return reinterpret_cast<void*>(static_cast<uintptr_t>(index) + 1);
}
uint32_t indexOf(void* data) {
    return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(data) - 1);
}

void GLAPIENTRY onBegin(GLenum type, void* polygon) {
    // With an edge-flag callback GLU emits independent triangles only.
    if (type != GL_TRIANGLES) static_cast<Tessellation*>(polygon)->failed = true;
}

void GLAPIENTRY onVertex(void* vertex, void* polygon) {
    static_cast<Tessellation*>(polygon)->indices.push_back(indexOf(vertex));
}

void GLAPIENTRY onEdgeFlag(GLboolean, void*) {}

void GLAPIENTRY onCombine(GLdouble[3], void* vertices[4], GLfloat weights[4], void** out, void*) {
    int best = 0;
    for (int k = 1; k < 4; ++k)
        if (vertices[k] && weights[k] > weights[best]) best = k;
    *out = vertices[best];
}

void GLAPIENTRY onError(GLenum, void* polygon) {
    static_cast<Tessellation*>(polygon)->failed = true;
}

template <typename Function>
void setCallback(GLUtesselator* tess, GLenum which, Function* function) {
    gluTessCallback(tess, which, reinterpret_cast<_GLUfuncptr>(function));
}

}  // namespace

std::vector<uint32_t> triangulateWithGlu(const std::vector<std::vector<MapPoint>>& rings) {
    std::unique_ptr<GLUtesselator, void (*)(GLUtesselator*)> tess(gluNewTess(), gluDeleteTess);
    if (!tess) return {};
    setCallback(tess.get(), GLU_TESS_BEGIN_DATA, &onBegin);
    setCallback(tess.get(), GLU_TESS_VERTEX_DATA, &onVertex);
    setCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, &onEdgeFlag);
    setCallback(tess.get(), GLU_TESS_COMBINE_DATA, &onCombine);
    setCallback(tess.get(), GLU_TESS_ERROR_DATA, &onError);
    gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(tess.get(), 0, 0, 1);

    // GLU keeps pointers to the coordinates until the polygon ends.
    std::vector<std::array<GLdouble, 3>> coordinates;
    for (const auto& ring : rings)
        for (const MapPoint& p : ring) coordinates.push_back({p.x, p.y, 0});

    Tessellation result;
    gluTessBeginPolygon(tess.get(), &result);
    uint32_t index = 0;
    for (const auto& ring : rings) {
        gluTessBeginContour(tess.get());
        for (size_t k = 0; k < ring.size(); ++k, ++index)
            gluTessVertex(tess.get(), coordinates[index].data(), vertexData(index));
        gluTessEndContour(tess.get());
    }
    gluTessEndPolygon(tess.get());
    if (result.failed || result.indices.size() % 3 != 0) return {};

    // A crossing moved onto a ring point can leave a triangle with a repeated
    // corner, which covers nothing.
    std::vector<uint32_t> triangles;
    for (size_t t = 0; t + 2 < result.indices.size(); t += 3) {
        const uint32_t a = result.indices[t], b = result.indices[t + 1], c = result.indices[t + 2];
        if (a == b || b == c || a == c) continue;
        triangles.insert(triangles.end(), {a, b, c});
    }
    return triangles;
}

}  // namespace kiosk
