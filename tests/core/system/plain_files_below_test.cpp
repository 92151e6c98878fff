// PlainFilesBelow opens each folder once for many files; it must answer every
// path as the one-file rule (plainFileBelowProblem) does, links and special
// files included, however the paths share folders, whether it opens the file
// or only looks at it by name.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"
#include "system/plain_file.hpp"

namespace fs = std::filesystem;
using kiosk::PlainFilesBelow;
using kiosk::test::TempDir;

namespace {

void writeFile(const TempDir& dir, const std::string& relative, const std::string& text) {
    fs::create_directories(fs::path(dir.path(relative)).parent_path());
    std::ofstream(dir.path(relative)) << text;
}

// A pack-like folder with one of each thing the rule tells apart.
void makeFolder(const TempDir& dir, const TempDir& outside) {
    writeFile(dir, "top.json", "{}");
    writeFile(dir, "narration/ja/a.ogg", "aaaa");
    writeFile(dir, "narration/ja/b.ogg", "bb");
    writeFile(dir, "narration/en/c.ogg", "c");
    writeFile(outside, "elsewhere/d.ogg", "dddd");
    fs::create_symlink(dir.path("narration/ja/a.ogg"), dir.path("narration/ja/link.ogg"));
    fs::create_symlink(outside.path("elsewhere"), dir.path("narration/ko"));
    fs::create_directories(dir.path("narration/ja/folder.ogg"));
    REQUIRE(::mkfifo(dir.path("narration/ja/pipe.ogg").c_str(), 0600) == 0);
    writeFile(dir, "narration/zh", "a file where a folder should be");
}

}  // namespace

TEST_CASE("Many files below one folder get the same answers as one file at a time") {
    TempDir dir, outside;
    makeFolder(dir, outside);
    const std::vector<std::string> paths = {
        "top.json",           "narration/ja/a.ogg",      "narration/ja/b.ogg",
        "narration/en/c.ogg", "narration/ja/link.ogg",   "narration/ko/d.ogg",
        "narration/ko/e.ogg", "narration/ja/folder.ogg", "narration/ja/pipe.ogg",
        "narration/zh/f.ogg", "narration/gone/g.ogg",    "narration/ja/gone.ogg",
        "narration/ja/a.ogg",  // asked twice: the folder is kept open
    };
    PlainFilesBelow below(dir.dir());
    for (const std::string& path : paths) {
        INFO(path);
        struct stat one {
        }, many{}, looked{};
        const std::string expected = kiosk::plainFileBelowProblem(dir.dir(), path, one);
        CHECK(below.problem(path, many) == expected);
        CHECK(below.look(path, looked) == expected);  // all of them readable
        if (!expected.empty()) continue;
        CHECK(many.st_size == one.st_size);
        CHECK(looked.st_size == one.st_size);
    }
}

TEST_CASE("Many files below one folder: what each refusal says") {
    TempDir dir, outside;
    makeFolder(dir, outside);
    PlainFilesBelow below(dir.dir());
    struct stat st {};
    CHECK(below.problem("narration/ja/b.ogg", st).empty());
    CHECK(st.st_size == 2);
    CHECK(below.problem("narration/ja/link.ogg", st) ==
          "is a symbolic link; a pack holds plain files only");
    CHECK(below.problem("narration/ko/d.ogg", st) ==
          "folder \"narration/ko\" is a symbolic link; a pack holds plain files only");
    CHECK(below.problem("narration/ja/folder.ogg", st) == "is a folder; expected a file");
    CHECK(below.problem("narration/ja/pipe.ogg", st) ==
          "is not a plain file (a device, pipe or socket); a pack holds plain files only");
    CHECK(below.problem("narration/zh/f.ogg", st) ==
          "folder \"narration/zh\" is not a plain file (a device, pipe or socket); a pack "
          "holds plain files only");
    CHECK(below.problem("narration/gone/g.ogg", st) == "file is missing");
}

TEST_CASE("Many files below a folder that is not there: each is missing") {
    TempDir dir;
    PlainFilesBelow below(dir.path("no-such-pack"));
    struct stat st {};
    CHECK(below.problem("pack.json", st) == "file is missing");
    CHECK(below.problem("narration/ja/a.ogg", st) == "file is missing");
}

TEST_CASE("A file opened below the folder reads as the file named") {
    TempDir dir, outside;
    makeFolder(dir, outside);
    PlainFilesBelow below(dir.dir());
    struct stat st {};
    std::string why;
    const int fd = below.open("narration/ja/a.ogg", st, why);
    REQUIRE(fd >= 0);
    char bytes[8] = {};
    CHECK(::read(fd, bytes, sizeof bytes) == 4);
    ::close(fd);
    CHECK(std::string(bytes) == "aaaa");
    CHECK(below.open("narration/ja/link.ogg", st, why) == -1);
    CHECK(why == "is a symbolic link; a pack holds plain files only");
}

namespace {

size_t openDescriptors() {
    size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd")) ++count;
    return count;
}

}  // namespace

TEST_CASE("Many files in as many folders keep only one chain of folders open") {
    // A hostile pack of 2,000 folders (more than the 1,024 descriptors a
    // process may hold by default) must not run the kiosk out of them.
    TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 2000; ++i) {
        const std::string path = "deep/" + std::to_string(i) + "/clip.ogg";
        writeFile(dir, path, "x");
        paths.push_back(path);
    }
    const size_t before = openDescriptors();
    PlainFilesBelow below(dir.dir());
    size_t most = 0;
    for (const std::string& path : paths) {
        struct stat st {};
        REQUIRE(below.look(path, st).empty());
        most = std::max(most, openDescriptors());
    }
    CHECK(most <= before + 4);  // the root, "deep", one of its folders (and the listing's own)
}
