#include "sheet/sheet_pack_files.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "content/pack_paths.hpp"
#include "content/strict_json.hpp"
#include "system/small_file.hpp"

namespace kiosk {

namespace {

constexpr size_t kMostPackFileBytes = 64u << 20;

}  // namespace

std::optional<std::string> readPackText(const std::string& packDir, const std::string& path,
                                        ProblemList& problems) {
    if (const std::string why = packPathProblem(path); !why.empty()) {
        problems.error(path, "", why);
        return std::nullopt;
    }
    struct stat st {};
    const std::string problem = plainFileBelowProblem(packDir, path, st);
    if (problem == "file is missing") return std::nullopt;
    if (!problem.empty()) {
        problems.error(path, "", problem);
        return std::nullopt;
    }
    std::string text;
    if (const std::string why =
            readSmallFile(joinPackPath(packDir, path), kMostPackFileBytes, text);
        !why.empty()) {
        problems.error(path, "", why);
        return std::nullopt;
    }
    return text;
}

std::optional<nlohmann::ordered_json> readPackJson(const std::string& packDir,
                                                   const std::string& path, ProblemList& problems) {
    const size_t errorsBefore = problems.errorCount();
    const auto text = readPackText(packDir, path, problems);
    if (!text) {
        if (problems.errorCount() == errorsBefore) problems.error(path, "", "file is missing");
        return std::nullopt;
    }
    return parseStrictOrderedJson(*text, path, problems);
}

std::vector<std::string> manifestEventsFiles(const nlohmann::ordered_json& manifest,
                                             ProblemList& problems) {
    std::vector<std::string> paths;
    const auto pointer = "/content/events"_json_pointer;
    if (!manifest.contains(pointer) || !manifest[pointer].is_array()) {
        problems.error(kPackManifestFile, "/content/events", "is not a list of events files");
        return paths;
    }
    for (size_t i = 0; i < manifest[pointer].size(); ++i) {
        const auto& path = manifest[pointer][i];
        const std::string where = "/content/events/" + std::to_string(i);
        if (!path.is_string() || !packPathProblem(path.get<std::string>()).empty())
            problems.error(kPackManifestFile, where, "is not a path inside the pack");
        else
            paths.push_back(path.get<std::string>());
    }
    return paths;
}

bool writePackText(const std::string& packDir, const std::string& path, const std::string& text,
                   ProblemList& problems) {
    const std::string full = joinPackPath(packDir, path);
    const std::string temporary = full + ".importing";
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path(), ec);
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(text.data(), std::streamsize(text.size()));
    out.close();
    if (!out || std::rename(temporary.c_str(), full.c_str()) != 0) {
        std::remove(temporary.c_str());
        problems.error(path, "", "cannot be written");
        return false;
    }
    return true;
}

}  // namespace kiosk
