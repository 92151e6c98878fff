#pragma once
// The layout of "map.bin", shared by its encoder and decoder. All numbers are
// little-endian; floats are IEEE 754 binary32, the projection's centre binary64.
//
//   header   "KMAP", u32 version, f64 lon0, f64 lat0, 4 x f32 bounds
//   layer    u32 region count, then the regions (prefectures, then municipalities)
//   region   5 ASCII digits code, u16 name length, UTF-8 name, 2 x f32 label,
//            4 x f32 bounds, u32 ring count, per ring u32 point count and
//            2 x f32 per point, u32 index count, u32 indices (3 per triangle)
//
// Nothing follows the municipality layer.
#include <cstddef>
#include <cstdint>

namespace kiosk::mapformat {

constexpr char kMagic[4] = {'K', 'M', 'A', 'P'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 4 + 4 + 8 + 8 + 16;

// Limits far above Japan's ~1,900 municipalities and their simplified shapes,
// low enough that a hostile count cannot make the kiosk allocate gigabytes.
constexpr uint32_t kMaxRegions = 20000;
constexpr uint32_t kMaxRings = 20000;            // per region
constexpr uint32_t kMaxPoints = 4'000'000;       // per region, all rings together
constexpr uint32_t kMaxIndices = 3 * 8'000'000;  // per region
constexpr size_t kMaxNameBytes = 256;
constexpr size_t kCodeBytes = 5;

// The fewest bytes a region can take: code, name length, label, bounds, ring
// count, index count.
constexpr size_t kMinRegionBytes = kCodeBytes + 2 + 8 + 16 + 4 + 4;

}  // namespace kiosk::mapformat
