#include "support/temp_pack.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "content/sha256.hpp"

#ifndef KIOSK_SOURCE_DIR
#error "KIOSK_SOURCE_DIR must name the repository"
#endif

namespace kiosk::test {

namespace fs = std::filesystem;
using nlohmann::json;

std::string sourceDir() {
    return KIOSK_SOURCE_DIR;
}
std::string defaultPackDir() {
    return sourceDir() + "/content/default";
}

TempPack::TempPack(const std::string& from, Narration narration) {
    std::string pattern = (fs::temp_directory_path() / "kiosk-pack-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    const bool drop = narration == Narration::Drop && fs::exists(fs::path(from) / "narration.json");
    for (const auto& entry : fs::directory_iterator(from)) {
        const std::string name = entry.path().filename().string();
        if (drop && (name == "narration" || name == "narration.json")) continue;
        fs::copy(entry.path(), fs::path(dir_) / name,
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    }
    if (!drop) return;
    json manifest = readJson("pack.json");
    manifest["content"].erase("narration");
    json files = json::array();
    for (const auto& f : manifest["files"]) {
        const std::string path = f["path"].get<std::string>();
        if (path != "narration.json" && path.rfind("narration/", 0) != 0) files.push_back(f);
    }
    manifest["files"] = files;
    writeJson("pack.json", manifest);
}

TempPack::~TempPack() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

json TempPack::readJson(const std::string& relative) const {
    std::ifstream in(path(relative));
    return json::parse(in);
}

void TempPack::writeJson(const std::string& relative, const json& document, bool rehashIt) {
    writeText(relative, document.dump(2, ' ', false) + "\n", rehashIt);
}

void TempPack::writeText(const std::string& relative, const std::string& text, bool rehashIt) {
    fs::create_directories(fs::path(path(relative)).parent_path());
    std::ofstream(path(relative), std::ios::binary) << text;
    if (rehashIt && relative != "pack.json") rehash(relative);
}

void TempPack::remove(const std::string& relative) {
    fs::remove(path(relative));
}

void TempPack::rehash(const std::string& relative) {
    json manifest = readJson("pack.json");
    json* entry = nullptr;
    for (auto& f : manifest["files"])
        if (f["path"] == relative) entry = &f;
    if (!entry) {
        manifest["files"].push_back({{"path", relative}});
        entry = &manifest["files"].back();
    }
    (*entry)["size"] = fs::file_size(path(relative));
    (*entry)["sha256"] = sha256OfFile(path(relative)).value_or("");
    std::ofstream(path("pack.json"), std::ios::binary) << manifest.dump(2, ' ', false) << "\n";
}

}  // namespace kiosk::test
