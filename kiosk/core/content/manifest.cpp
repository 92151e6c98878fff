#include "content/manifest.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <set>

#include "content/json_reader.hpp"
#include "content/pack_paths.hpp"
#include "content/sha256.hpp"
#include "system/plain_file.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

bool endsWith(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The kinds of sound a pack may hold (sound_file_check.hpp).
bool isSoundFileName(const std::string& path) {
    return endsWith(path, ".ogg") || endsWith(path, ".wav");
}

bool isPackId(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool isSha256Hex(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// "2026-11-29T00:00:00Z" or with an offset; the kiosk only shows it.
bool isIsoTimestamp(const std::string& s) {
    if (s.size() < 20) return false;
    if (!parseIsoDate(s.substr(0, 10), false)) return false;
    return s[10] == 'T' && s[13] == ':' && s[16] == ':';
}

void readPath(JsonReader& reader, const json& object, const std::string& pointer,
              const std::string& key, std::string& out, bool required) {
    if (!reader.readString(object, pointer, key, out, required)) return;
    const std::string problem = packPathProblem(out);
    if (!problem.empty()) {
        reader.error(childPointer(pointer, key), problem);
        out.clear();
    }
}

void parseContent(JsonReader& reader, const json& content, PackContentFiles& out) {
    const std::string ptr = "/content";
    if (!reader.requireObject(content, ptr)) return;
    std::vector<std::string> events;
    if (reader.readStringList(content, ptr, "events", events, true)) {
        if (events.empty())
            reader.error(ptr + "/events", "is empty; expected at least one events file");
        for (size_t i = 0; i < events.size(); ++i) {
            const std::string problem = packPathProblem(events[i]);
            if (!problem.empty())
                reader.error(childPointer(ptr + "/events", i), problem);
            else
                out.events.push_back(events[i]);
        }
    }
    readPath(reader, content, ptr, "partners", out.partners, true);
    readPath(reader, content, ptr, "stats", out.stats, true);
    readPath(reader, content, ptr, "playlist", out.playlist, true);
    readPath(reader, content, ptr, "theme", out.theme, true);
    readPath(reader, content, ptr, "strings", out.strings, true);
    readPath(reader, content, ptr, "municipalities", out.municipalities, false);
    readPath(reader, content, ptr, "map", out.map, false);
    readPath(reader, content, ptr, "schedule", out.schedule, false);
    readPath(reader, content, ptr, "narration", out.narration, false);
}

void parseFiles(JsonReader& reader, const json& files, std::vector<PackFile>& out) {
    if (!reader.requireArray(files, "/files")) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < files.size(); ++i) {
        const std::string ptr = childPointer("/files", i);
        const json& entry = files[i];
        if (!reader.requireObject(entry, ptr)) continue;
        PackFile file;
        readPath(reader, entry, ptr, "path", file.path, true);
        const json* size = reader.field(entry, ptr, "size", true);
        if (size) {
            if (size->is_number_integer() && !size->is_number_unsigned() &&
                size->get<long long>() < 0)
                reader.error(ptr + "/size",
                             "is " + size->dump() + "; expected a byte count (0 or more)");
            else if (!size->is_number_integer())
                reader.error(ptr + "/size", std::string("is ") + jsonTypeName(*size) +
                                                "; expected a byte count (integer, 0 or more)");
            else
                file.size = size->get<uint64_t>();
        }
        if (reader.readString(entry, ptr, "sha256", file.sha256, true) &&
            !isSha256Hex(file.sha256)) {
            reader.error(ptr + "/sha256", "is not a SHA-256; expected 64 lower-case hex digits");
            file.sha256.clear();
        }
        if (file.path.empty()) continue;
        if (file.path == kManifestFile) {
            reader.error(ptr + "/path", "the manifest cannot list itself");
            continue;
        }
        if (!seen.insert(file.path).second) {
            reader.error(ptr + "/path",
                         "\"" + file.path + "\" is listed twice; expected each file once");
            continue;
        }
        out.push_back(file);
    }
}

}  // namespace

std::vector<std::string> contentPaths(const PackContentFiles& content) {
    std::vector<std::string> paths = content.events;
    for (const std::string* p :
         {&content.partners, &content.stats, &content.playlist, &content.theme, &content.strings,
          &content.municipalities, &content.map, &content.schedule, &content.narration})
        if (!p->empty()) paths.push_back(*p);
    return paths;
}

bool parseManifest(const json& document, bool requireFileList, Manifest& out,
                   ProblemList& problems) {
    JsonReader reader(kManifestFile, problems);
    if (!reader.requireObject(document, "")) return false;
    const size_t errorsBefore = problems.errorCount();

    if (reader.readInt(document, "", "schema", out.schema, true, 0, 1000000) &&
        out.schema != kPackSchemaVersion) {
        reader.error("/schema", "is " + std::to_string(out.schema) + "; this kiosk reads schema " +
                                    std::to_string(kPackSchemaVersion));
        return false;  // the rest of an unknown schema means nothing to us
    }
    if (reader.readString(document, "", "id", out.id, true) && !isPackId(out.id))
        reader.error("/id",
                     "\"" + out.id + "\" is not a pack id; expected 1 to 64 of a-z, 0-9 and '-'");
    reader.readInt(document, "", "version", out.version, true, 1, 1000000000);
    reader.readText(document, "", "title", out.title, true);
    if (reader.readStringList(document, "", "languages", out.languages, true)) {
        for (const char* lang : {"ja", "en"}) {
            bool found = false;
            for (const auto& l : out.languages) found = found || l == lang;
            if (!found)
                reader.error("/languages",
                             std::string("lacks \"") + lang + "\"; expected [\"ja\", \"en\"]");
        }
    }
    if (reader.readString(document, "", "created", out.created, true) &&
        !isIsoTimestamp(out.created))
        reader.error("/created",
                     "\"" + out.created +
                         "\" is not a timestamp; expected ISO 8601 like 2026-11-29T09:00:00Z");
    reader.readText(document, "", "credit", out.credit, false);
    readMapFacts(reader, document, out.mapFacts);
    if (const json* content = reader.field(document, "", "content", true))
        parseContent(reader, *content, out.content);
    if (const json* files = reader.field(document, "", "files", requireFileList))
        parseFiles(reader, *files, out.files);
    return problems.errorCount() == errorsBefore;
}

namespace {

// What is wrong with the listed file `index`, or nothing: it is not a plain
// file of the pack, has another size or, when `hash`, other bytes. Unhashed it
// is looked at by name, not opened (a sound checked by its size).
std::string listedFileProblem(PlainFilesBelow& below, const PackFile& file, size_t index,
                              bool hash) {
    struct stat st {};
    std::string why;
    const int fd = hash ? below.open(file.path, st, why) : -1;
    if (!hash) why = below.look(file.path, st);
    if (why == "file is missing")
        return "file is missing; the manifest lists it at /files/" + std::to_string(index);
    if (!why.empty()) return why;
    std::optional<std::string> digest;
    const bool sizeAgrees = static_cast<uint64_t>(st.st_size) == file.size;
    // What is hashed is the file just looked at, not one swapped in since.
    if (fd >= 0) {
        if (sizeAgrees) digest = sha256OfOpenFile(fd);
        ::close(fd);
    }
    if (!sizeAgrees)
        return "file is " + std::to_string(st.st_size) + " bytes; the manifest says " +
               std::to_string(file.size);
    if (!hash) return {};
    if (!digest) return "file cannot be read";
    if (!file.sha256.empty() && *digest != file.sha256)
        return "SHA-256 is " + *digest + "; the manifest says " + file.sha256 +
               " (the file was changed or damaged)";
    return {};
}

}  // namespace

ListedFiles listedFiles(const Manifest& manifest) {
    ListedFiles listed;
    for (const PackFile& f : manifest.files) listed.sizes[f.path] = f.size;
    return listed;
}

void verifyManifestFiles(const std::string& packRoot, const Manifest& manifest,
                         ProblemList& problems, bool hashSounds) {
    std::set<std::string> listed;
    // Each folder opened once: a pack holds thousands of narration clips.
    PlainFilesBelow below(packRoot);
    for (size_t i = 0; i < manifest.files.size(); ++i) {
        const PackFile& file = manifest.files[i];
        listed.insert(file.path);
        const bool hash = hashSounds || !isSoundFileName(file.path);
        const std::string problem = listedFileProblem(below, file, i, hash);
        if (!problem.empty()) problems.error(file.path, "", problem);
    }
    const auto paths = contentPaths(manifest.content);
    for (const auto& path : paths)
        if (!listed.count(path))
            problems.error(
                kManifestFile, "/files",
                "lacks \"" + path +
                    "\"; every file the pack uses must be listed with its size and SHA-256");
}

}  // namespace kiosk
