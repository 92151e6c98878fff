#include <sys/stat.h>
#include <fstream>
#include <sstream>

#include "content/pack_paths.hpp"
#include "content/section_readers.hpp"

namespace kiosk {

namespace {

// Far above the default pack's map; keeps a hostile file from being read whole.
constexpr size_t kMaxMapBytes = 64u << 20;

}  // namespace

std::shared_ptr<const MapData> readMapFile(const std::string& root, const std::string& path,
                                           const MapFacts& facts, ProblemList& problems) {
    const std::string full = joinPackPath(root, path);
    struct stat st {};
    const std::string kindProblem = plainFileBelowProblem(root, path, st);
    if (!kindProblem.empty()) {
        problems.error(path, "",
                       kindProblem == "file is missing" ? "file is missing; expected it in the pack"
                                                        : kindProblem);
        return nullptr;
    }
    if (static_cast<size_t>(st.st_size) > kMaxMapBytes) {
        problems.error(path, "",
                       "file is " + std::to_string(st.st_size) + " bytes; expected at most " +
                           std::to_string(kMaxMapBytes));
        return nullptr;
    }
    std::ifstream in(full, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        problems.error(path, "", "file cannot be read");
        return nullptr;
    }
    std::string error;
    auto map = decodeMapData(buffer.str(), error);
    if (!map) {
        problems.error(path, "", error);
        return nullptr;
    }
    map->facts = facts;
    return std::make_shared<const MapData>(std::move(*map));
}

}  // namespace kiosk
