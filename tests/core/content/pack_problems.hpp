// Helpers shared by the malformed-pack tests: load a broken copy of the default
// pack and compare what the loader says, line for line, with what it should say.
#pragma once
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

namespace kiosk::test {

using Lines = std::vector<std::string>;

// The three warnings the unmodified default pack has (`kiosk-pack validate content/default`).
inline const Lines& defaultPackWarnings() {
    static const Lines warnings = {
        "partners.json: /associations/8/declared_members: 群馬県市長会 declares 23 members; the "
        "boundary data yields 12 (every 市 of prefecture 10)",
        "partners.json: /associations/9/declared_members: 群馬県町村会 declares 12 members; the "
        "boundary data yields 23 (every 町 and 村 of prefecture 10)",
        "stats.json: /series/2/values/4: 令和元年度 states 372; the 11 associations with "
        "agreements "
        "by 2019-08-01 have 321 members (321 declared)",
    };
    return warnings;
}

inline Lines formatted(const std::vector<Problem>& problems) {
    Lines lines;
    for (const auto& p : problems) lines.push_back(p.format());
    return lines;
}

inline Lines errorLines(const PackLoadResult& result) {
    return formatted(result.problems.errors());
}
inline Lines warningLines(const PackLoadResult& result) {
    return formatted(result.problems.warnings());
}

// Warnings beyond the default pack's own three.
inline Lines addedWarnings(const PackLoadResult& result) {
    Lines added;
    for (const auto& line : warningLines(result))
        if (std::find(defaultPackWarnings().begin(), defaultPackWarnings().end(), line) ==
            defaultPackWarnings().end())
            added.push_back(line);
    return added;
}

inline bool contains(const Lines& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Index of a path in pack.json "files".
inline size_t fileIndex(const TempPack& pack, const std::string& path) {
    const auto files = pack.readJson("pack.json")["files"];
    for (size_t i = 0; i < files.size(); ++i)
        if (files[i]["path"] == path) return i;
    return files.size();
}

// Edits one event of an events file in place (and rehashes the file).
template <typename Edit>
void editEvent(TempPack& pack, const std::string& file, size_t index, Edit&& edit) {
    auto document = pack.readJson(file);
    edit(document["events"][index]);
    pack.writeJson(file, document);
}

// Edits any JSON file of the pack (and rehashes it).
template <typename Edit>
void editJson(TempPack& pack, const std::string& file, Edit&& edit) {
    auto document = pack.readJson(file);
    edit(document);
    pack.writeJson(file, document);
}

}  // namespace kiosk::test
