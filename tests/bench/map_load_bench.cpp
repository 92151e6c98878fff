// How long the kiosk takes to decode a pack's map.bin: the median of N decodes
// of the file already in memory (reading it is the loader's other cost, and
// the page cache's).
//
//   map_load_bench [MAP_BIN] [RUNS]   (default: the default pack's map.bin, 50 runs)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "geo/map_data.hpp"

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : std::string(KIOSK_SOURCE_DIR) + "/content/default/map.bin";
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        std::fprintf(stderr, "%s: cannot read\n", path.c_str());
        return 1;
    }
    const std::string bytes = buffer.str();

    std::vector<double> ms;
    size_t regions = 0, points = 0, triangles = 0;
    for (int i = 0; i < runs; ++i) {
        std::string error;
        const auto start = std::chrono::steady_clock::now();
        const auto map = kiosk::decodeMapData(bytes, error);
        const auto end = std::chrono::steady_clock::now();
        if (!map) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), error.c_str());
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        if (i == 0)
            for (const kiosk::MapLayer* layer : {&map->prefectures, &map->municipalities})
                for (const auto& r : layer->regions) {
                    ++regions;
                    triangles += r.triangles.size() / 3;
                    for (const auto& ring : r.rings) points += ring.size();
                }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s: %zu bytes, %zu regions, %zu points, %zu triangles\n", path.c_str(),
                bytes.size(), regions, points, triangles);
    std::printf("decode: median %.3f ms over %d runs (min %.3f, max %.3f)\n", ms[ms.size() / 2],
                runs, ms.front(), ms.back());
    return 0;
}
