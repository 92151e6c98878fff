// Every count and length in "map.bin" is checked against the bytes that remain
// and against fixed limits before anything is allocated, and every error says
// what is wrong and at which byte, so a damaged or hostile file is refused with
// a message an author can act on.
#include <cmath>
#include <cstring>

#include "geo/map_data.hpp"
#include "geo/map_format.hpp"

namespace kiosk {

namespace {

namespace fmt = mapformat;

bool isValidUtf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto lead = static_cast<unsigned char>(s[i]);
        size_t length;
        char32_t c, min;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            c = lead & 0x1F;
            min = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            c = lead & 0x0F;
            min = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            c = lead & 0x07;
            min = 0x10000;
        } else
            return false;
        if (i + length > s.size()) return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            c = (c << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
        if (c < min || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return false;
        i += length;
    }
    return true;
}

class ByteReader {
  public:
    ByteReader(const std::string& bytes, std::string& error) : bytes_(bytes), error_(error) {}

    size_t offset() const { return pos_; }
    size_t remaining() const { return bytes_.size() - pos_; }
    bool ok() const { return error_.empty(); }

    // Records the first error, at the current offset unless told otherwise.
    bool fail(const std::string& message) { return failAt(pos_, message); }
    bool failAt(size_t offset, const std::string& message) {
        if (error_.empty()) error_ = "byte " + std::to_string(offset) + ": " + message;
        return false;
    }

    bool need(size_t count, const char* what) {
        if (remaining() >= count) return true;
        return fail(std::string("file ends inside ") + what + " (needs " + std::to_string(count) +
                    " bytes, " + std::to_string(remaining()) + " remain)");
    }
    bool u16(uint16_t& v, const char* what) {
        if (!need(2, what)) return false;
        v = static_cast<uint16_t>(byte(0) | byte(1) << 8);
        pos_ += 2;
        return true;
    }
    bool u32(uint32_t& v, const char* what) {
        if (!need(4, what)) return false;
        v = byte(0) | byte(1) << 8 | byte(2) << 16 | static_cast<uint32_t>(byte(3)) << 24;
        pos_ += 4;
        return true;
    }
    bool f32(float& v, const char* what) {
        const size_t at = pos_;
        uint32_t bits;
        if (!u32(bits, what)) return false;
        std::memcpy(&v, &bits, sizeof v);
        return std::isfinite(v) || failAt(at, std::string(what) + " is not a finite number");
    }
    bool f64(double& v, const char* what) {
        const size_t at = pos_;
        if (!need(8, what)) return false;
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(byte(i)) << (8 * i);
        pos_ += 8;
        std::memcpy(&v, &bits, sizeof v);
        return std::isfinite(v) || failAt(at, std::string(what) + " is not a finite number");
    }
    bool text(size_t count, std::string& out, const char* what) {
        if (!need(count, what)) return false;
        out.assign(bytes_, pos_, count);
        pos_ += count;
        return true;
    }
    bool point(MapPoint& p, const char* what) { return f32(p.x, what) && f32(p.y, what); }
    bool box(MapBox& b, const char* what) {
        return f32(b.minX, what) && f32(b.minY, what) && f32(b.maxX, what) && f32(b.maxY, what);
    }
    // A count that must fit the limit and the bytes left, each item taking at
    // least `itemBytes`.
    bool count(uint32_t& n, uint32_t limit, size_t itemBytes, const std::string& what) {
        const size_t at = pos_;
        if (!u32(n, what.c_str())) return false;
        if (n > limit)
            return failAt(at, what + " is " + std::to_string(n) + "; at most " +
                                  std::to_string(limit) + " allowed");
        if (static_cast<uint64_t>(n) * itemBytes > remaining())
            return failAt(at, what + " is " + std::to_string(n) + ", needing at least " +
                                  std::to_string(static_cast<uint64_t>(n) * itemBytes) +
                                  " bytes; " + std::to_string(remaining()) + " remain");
        return true;
    }

  private:
    uint32_t byte(size_t i) const { return static_cast<unsigned char>(bytes_[pos_ + i]); }

    const std::string& bytes_;
    std::string& error_;
    size_t pos_ = 0;
};

bool readCode(ByteReader& r, std::string& code) {
    const size_t at = r.offset();
    if (!r.text(fmt::kCodeBytes, code, "a region code")) return false;
    for (char c : code)
        if (c < '0' || c > '9') return r.failAt(at, "region code is not 5 ASCII digits");
    return true;
}

bool readName(ByteReader& r, const std::string& code, std::string& name) {
    const size_t at = r.offset();
    uint16_t length;
    if (!r.u16(length, "a region name's length")) return false;
    if (length == 0) return r.failAt(at, "region " + code + " has an empty name");
    if (length > fmt::kMaxNameBytes)
        return r.failAt(at, "name of region " + code + " is " + std::to_string(length) +
                                " bytes; at most " + std::to_string(fmt::kMaxNameBytes) +
                                " allowed");
    if (!r.text(length, name, "a region name")) return false;
    if (!isValidUtf8(name))
        return r.failAt(at + 2, "name of region " + code + " is not valid UTF-8");
    return true;
}

bool readRings(ByteReader& r, MapRegion& region, uint32_t& totalPoints) {
    uint32_t ringCount;
    // A ring takes at least its point count and three points.
    if (!r.count(ringCount, fmt::kMaxRings, 4 + 3 * 8, "ring count of region " + region.code))
        return false;
    region.rings.resize(ringCount);
    totalPoints = 0;
    for (auto& ring : region.rings) {
        const size_t at = r.offset();
        uint32_t points;
        if (!r.count(points, fmt::kMaxPoints, 8, "point count of a ring of region " + region.code))
            return false;
        if (points < 3)
            return r.failAt(at, "a ring of region " + region.code + " has " +
                                    std::to_string(points) + " points; a ring needs 3");
        if (totalPoints + points > fmt::kMaxPoints)
            return r.failAt(at, "region " + region.code + " has more than " +
                                    std::to_string(fmt::kMaxPoints) + " points");
        totalPoints += points;
        ring.resize(points);
        for (auto& p : ring)
            if (!r.point(p, "a ring point")) return false;
    }
    return true;
}

bool readTriangles(ByteReader& r, MapRegion& region, uint32_t totalPoints) {
    const size_t at = r.offset();
    uint32_t indices;
    if (!r.count(indices, fmt::kMaxIndices, 4, "triangle index count of region " + region.code))
        return false;
    if (indices % 3 != 0)
        return r.failAt(at, "triangle index count of region " + region.code + " is " +
                                std::to_string(indices) + "; expected a multiple of 3");
    region.triangles.resize(indices);
    for (auto& index : region.triangles) {
        const size_t indexAt = r.offset();
        if (!r.u32(index, "a triangle index")) return false;
        if (index >= totalPoints)
            return r.failAt(indexAt, "triangle index " + std::to_string(index) + " of region " +
                                         region.code + " is out of range (the region has " +
                                         std::to_string(totalPoints) + " points)");
    }
    return true;
}

bool readRegion(ByteReader& r, MapRegion& region) {
    uint32_t totalPoints;
    return readCode(r, region.code) && readName(r, region.code, region.name) &&
           r.point(region.label, "a label point") && r.box(region.bounds, "a region's bounds") &&
           readRings(r, region, totalPoints) && readTriangles(r, region, totalPoints);
}

bool readLayer(ByteReader& r, const char* name, MapLayer& layer) {
    uint32_t regions;
    if (!r.count(regions, fmt::kMaxRegions, fmt::kMinRegionBytes,
                 std::string("region count of the ") + name + " layer"))
        return false;
    layer.regions.resize(regions);
    for (auto& region : layer.regions)
        if (!readRegion(r, region)) return false;
    return true;
}

bool readHeader(ByteReader& r, MapData& map) {
    std::string magic;
    if (!r.text(sizeof fmt::kMagic, magic, "the header")) return false;
    if (magic != std::string(fmt::kMagic, sizeof fmt::kMagic))
        return r.failAt(0, "not a map file (it does not start with \"KMAP\")");
    uint32_t version;
    if (!r.u32(version, "the header")) return false;
    if (version != fmt::kVersion)
        return r.failAt(4, "format version " + std::to_string(version) +
                               "; this kiosk reads version " + std::to_string(fmt::kVersion));
    if (!r.f64(map.projection.lon0, "the projection's longitude") ||
        !r.f64(map.projection.lat0, "the projection's latitude"))
        return false;
    // Near a pole the projection's x scale (cos lat0) vanishes and unproject divides by it.
    if (std::fabs(map.projection.lon0) > 180 || std::fabs(map.projection.lat0) > 85)
        return r.failAt(8, "projection centre (" + std::to_string(map.projection.lon0) + ", " +
                               std::to_string(map.projection.lat0) + ") is not a place on the map");
    return r.box(map.bounds, "the map's bounds");
}

}  // namespace

std::optional<MapData> decodeMapData(const std::string& bytes, std::string& error) {
    error.clear();
    ByteReader r(bytes, error);
    MapData map;
    if (!readHeader(r, map) || !readLayer(r, "prefecture", map.prefectures) ||
        !readLayer(r, "municipality", map.municipalities))
        return std::nullopt;
    if (r.remaining() != 0) {
        r.fail(std::to_string(r.remaining()) + " bytes follow the end of the map");
        return std::nullopt;
    }
    return map;
}

}  // namespace kiosk
