#include <cstring>

#include "geo/map_data.hpp"
#include "geo/map_format.hpp"

namespace kiosk {

namespace {

class ByteWriter {
  public:
    void u16(uint16_t v) {
        for (int i = 0; i < 2; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    }
    void u32(uint32_t v) {
        for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    }
    void u64(uint64_t v) {
        for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    }
    void f32(float v) {
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        u32(bits);
    }
    void f64(double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void point(MapPoint p) {
        f32(p.x);
        f32(p.y);
    }
    void box(const MapBox& b) {
        f32(b.minX);
        f32(b.minY);
        f32(b.maxX);
        f32(b.maxY);
    }
    void bytes(const std::string& s) { out_ += s; }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
};

void writeRegion(ByteWriter& w, const MapRegion& region) {
    // The decoder refuses anything else, so an encoder bug shows up at once.
    std::string code = region.code;
    code.resize(mapformat::kCodeBytes, '0');
    w.bytes(code);
    const std::string name = region.name.substr(0, mapformat::kMaxNameBytes);
    w.u16(static_cast<uint16_t>(name.size()));
    w.bytes(name);
    w.point(region.label);
    w.box(region.bounds);
    w.u32(static_cast<uint32_t>(region.rings.size()));
    for (const auto& ring : region.rings) {
        w.u32(static_cast<uint32_t>(ring.size()));
        for (const auto& p : ring) w.point(p);
    }
    w.u32(static_cast<uint32_t>(region.triangles.size()));
    for (uint32_t index : region.triangles) w.u32(index);
}

void writeLayer(ByteWriter& w, const MapLayer& layer) {
    w.u32(static_cast<uint32_t>(layer.regions.size()));
    for (const auto& region : layer.regions) writeRegion(w, region);
}

}  // namespace

std::string encodeMapData(const MapData& map) {
    ByteWriter w;
    w.bytes(std::string(mapformat::kMagic, sizeof mapformat::kMagic));
    w.u32(mapformat::kVersion);
    w.f64(map.projection.lon0);
    w.f64(map.projection.lat0);
    w.box(map.bounds);
    writeLayer(w, map.prefectures);
    writeLayer(w, map.municipalities);
    return w.take();
}

}  // namespace kiosk
