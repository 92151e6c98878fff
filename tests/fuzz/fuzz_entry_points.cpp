#include "fuzz_entry_points.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "content/cross_checks.hpp"
#include "content/json_reader.hpp"
#include "content/manifest.hpp"
#include "content/section_readers.hpp"
#include "content/sound_file_check.hpp"
#include "images/picture_decode.hpp"

namespace kiosk::fuzz {

namespace {

const char* const kScratchFiles[] = {
    "events/fuzz.json", "fuzz.json", "pack.json", "images/fuzz.img", "events", "images", ""};

std::string scratchPath() {
    const std::string base = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return base + "/kiosk-fuzz-" + std::to_string(::getpid());
}

void removeScratchFolder() {
    for (const char* name : kScratchFiles) {
        const std::string path = scratchPath() + (*name ? "/" : "") + name;
        if (::unlink(path.c_str()) != 0) ::rmdir(path.c_str());
    }
}

// A folder of its own in memory-backed /dev/shm when there is one (libFuzzer
// writes one file per run, thousands a second). libFuzzer's entry point has no
// context argument, hence the one static: made once, removed at exit.
const std::string& scratchFolder() {
    static const std::string folder = [] {
        const std::string dir = scratchPath();
        ::mkdir(dir.c_str(), 0700);
        ::mkdir((dir + "/events").c_str(), 0700);
        ::mkdir((dir + "/images").c_str(), 0700);
        std::atexit(removeScratchFolder);
        return dir;
    }();
    return folder;
}

void writeScratchFile(const std::string& path, const uint8_t* data, size_t size) {
    const std::string full = scratchFolder() + "/" + path;
    const int fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) std::abort();  // the harness itself is broken; nothing to learn from the input
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0) std::abort();
        done += size_t(n);
    }
    ::close(fd);
}

Outcome outcomeOf(const ProblemList& problems) {
    return {!problems.hasErrors(), problems.errorCount()};
}

Outcome outcomeOf(bool fileAccepted, const ProblemList& problems) {
    return {fileAccepted, problems.errorCount()};
}

}  // namespace

const char* sectionName(uint8_t selector) {
    static const char* const names[kSectionCount] = {
        "events", "partners", "stats", "playlist", "theme", "strings", "municipalities"};
    return names[selector % kSectionCount];
}

Outcome packSection(const uint8_t* data, size_t size) {
    if (size == 0) return {};
    const int which = data[0] % kSectionCount;
    const std::string file = which == 0 ? "events/fuzz.json" : "fuzz.json";
    writeScratchFile(file, data + 1, size - 1);
    ProblemList problems;
    const auto document = readJsonFile(scratchFolder(), file, problems);
    if (!document) return outcomeOf(problems);
    Pack pack;
    pack.root = scratchFolder();
    switch (which) {
        case 0:
            readEventsFile(*document, file, pack.events, problems);
            break;
        case 1:
            readPartnersFile(*document, file, false, pack.associations, pack.companies, problems);
            break;
        case 2:
            readStatsFile(*document, file, pack.stats, problems);
            break;
        case 3:
            readPlaylistFile(*document, file, pack.playlist, problems);
            break;
        case 4:
            readThemeFile(*document, file, pack.theme, problems);
            break;
        case 5:
            readStringsFile(*document, file, pack.strings, problems);
            break;
        default:
            readMunicipalitiesFile(*document, file, pack.municipalities, problems);
            break;
    }
    const bool fileAccepted = !problems.hasErrors();
    // The checks across files see whatever one hostile file produced, next to
    // empty sections, as they would in a pack missing the others.
    checkReferences(pack, problems);
    checkTimeline(pack, problems);
    checkMembership(pack, problems);
    checkStats(pack, problems);
    checkPlaceNames(pack, problems);
    return outcomeOf(fileAccepted, problems);
}

Outcome manifest(const uint8_t* data, size_t size) {
    writeScratchFile(kManifestFile, data, size);
    ProblemList problems;
    const auto document = readJsonFile(scratchFolder(), kManifestFile, problems);
    if (!document) return outcomeOf(problems);
    Manifest parsed;
    parseManifest(*document, true, parsed, problems);
    return outcomeOf(problems);
}

Outcome image(const uint8_t* data, size_t size) {
    const std::string path = "images/fuzz.img";
    writeScratchFile(path, data, size);
    Pack pack;
    pack.root = scratchFolder();
    pack.manifest.files.push_back({path, uint64_t(size), ""});
    Event event;
    event.id = "fuzz";
    event.file = "events/fuzz.json";
    event.image = path;
    pack.events.push_back(event);
    ProblemList problems;
    checkImages(pack, ImageLimits{}, problems);
    return outcomeOf(problems);
}

Outcome pictureHeader(const uint8_t* data, size_t size) {
    PictureHeader header;
    std::string problem = readPictureHeader(data, size, DecodeLimits{}, header);
    if (problem.empty()) problem = checkPictureStructure(data, size, header);
    Outcome outcome;
    outcome.fileAccepted = problem.empty();
    outcome.errors = problem.empty() ? 0 : 1;
    return outcome;
}

Outcome sound(const uint8_t* data, size_t size) {
    const std::string problem =
        soundFileProblem(std::string(reinterpret_cast<const char*>(data), size));
    Outcome outcome;
    outcome.fileAccepted = problem.empty();
    outcome.errors = problem.empty() ? 0 : 1;
    return outcome;
}

}  // namespace kiosk::fuzz
