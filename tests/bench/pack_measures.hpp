#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::bench {

// The pack as the kiosk loads it (manifest, hashes, every section, map), `runs`
// times: milliseconds each.
nlohmann::json measurePackLoad(const std::string& packDir, int runs);

// stb_image decoding the pack's JPEG and PNG pictures (or, for a pack without
// any, a 1920x1080 photo-like picture encoded by the benchmark in both formats)
// for at least `seconds`: megapixels and compressed megabytes per second.
nlohmann::json measureImageDecode(const std::string& packDir, double seconds);

// kiosk-pack install's work (copy with fsync, verify the copy, switch) of the
// pack into a fresh state folder under `workDir`: megabytes per second.
nlohmann::json measureInstall(const std::string& packDir, const std::string& workDir, int runs);

}  // namespace kiosk::bench
