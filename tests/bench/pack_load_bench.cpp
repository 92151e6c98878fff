// How long loading a pack takes, as the kiosk loads it at start-up (pictures
// by their headers, sounds by their sizes: kiosk/app/startup.cpp) and as
// `kiosk-pack validate` does (everything decoded and hashed). The median and
// the fastest of N loads, the files in the page cache after the first.
//
//   pack_load_bench [PACK_DIR] [RUNS]   (default: the default pack, 15 runs)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "content/pack_loader.hpp"

namespace {

// Milliseconds of each of `runs` loads, sorted; empty when the pack fails.
std::vector<double> timeLoads(const std::string& dir, const kiosk::PackLoadOptions& options,
                              int runs) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const kiosk::PackLoadResult result = kiosk::loadPack(dir, options);
        const auto end = std::chrono::steady_clock::now();
        if (!result.pack) {
            for (const auto& p : result.problems.errors())
                std::fprintf(stderr, "%s/%s\n", dir.c_str(), p.format().c_str());
            return {};
        }
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : std::string(KIOSK_SOURCE_DIR) + "/content/default";
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    kiosk::PackLoadOptions startUp;
    startUp.imageLimits.decode = false;
    startUp.checkSounds = false;
    const std::pair<const char*, kiosk::PackLoadOptions> ways[] = {
        {"start-up", startUp}, {"validate", kiosk::PackLoadOptions{}}};
    for (const auto& [name, options] : ways) {
        const std::vector<double> ms = timeLoads(dir, options, runs);
        if (ms.empty()) return 1;
        std::printf("%-9s median %.1f ms, fastest %.1f ms (%d loads)\n", name, ms[ms.size() / 2],
                    ms.front(), runs);
    }
    return 0;
}
