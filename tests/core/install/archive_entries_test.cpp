// The checks each archive header and entry passes on its way into the index,
// one message each, and what the index holds for a well-formed archive.
#include <fcntl.h>
#include <unistd.h>

#include "install/tar_archive.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Indexes these archive bytes into `index`; what is wrong, or "".
std::string indexInto(const std::string& bytes, TarIndex& index, const PackLimits& limits = {}) {
    TempDir dir;
    writeText(dir.path("a.tar"), bytes);
    const int fd = ::open(dir.path("a.tar").c_str(), O_RDONLY);
    const std::string why = indexTarArchive(fd, bytes.size(), limits, index);
    ::close(fd);
    return why;
}

std::string indexProblem(const std::string& bytes, const PackLimits& limits = {}) {
    TarIndex index;
    return indexInto(bytes, index, limits);
}

// One header with `value` written at `at`, its checksum made right again, and
// the end-of-archive marker after it.
std::string withField(const TarItem& item, size_t at, const std::string& value) {
    std::string h = tarHeader(item);
    h.replace(at, value.size(), value);
    h.replace(148, 8, "        ");
    unsigned sum = 0;
    for (unsigned char c : h) sum += c;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06o", sum);
    h.replace(148, 7, std::string(buf, 6) + '\0');
    return h + std::string(1024, '\0');
}

const TarItem kFolder{"dir/", "", '5', "", ""};

}  // namespace

TEST_CASE("An archive header that is not ustar, or whose size is not octal, is refused") {
    CHECK(indexProblem(withField(kFolder, 257, std::string(8, 'x'))) ==
          "entry 1 at byte 0: not a ustar header; expected an uncompressed tar archive");
    CHECK(indexProblem(withField(kFolder, 257, std::string("ustar  \0", 8))) == "");
    CHECK(indexProblem(withField(kFolder, 124, "12345678x")) ==
          "entry 1 (\"dir/\"): size field is not an octal number");
    CHECK(indexProblem(withField(kFolder, 124, std::string(12, ' '))) ==
          "entry 1 (\"dir/\"): size field is not an octal number");
}

TEST_CASE("A folder entry with data, or a path both file and folder, is refused") {
    CHECK(indexProblem(tarBytes({{"dir/", "x", '5', "", ""}})) ==
          "entry 1 (\"dir/\"): a folder with data");
    CHECK(indexProblem(tarBytes({{"a", "x", '0', "", ""}, {"a/", "", '5', "", ""}})) ==
          "entry 2 (\"a\"): is both a file and a folder");
    CHECK(indexProblem(tarBytes({{"a/", "", '5', "", ""}, {"a", "x", '0', "", ""}})) ==
          "entry 2 (\"a\"): appears twice");
}

TEST_CASE("An archive over the entry or total size limits is refused") {
    PackLimits limits;
    limits.maxFiles = 1;  // and so 66 entries, folders included
    std::vector<TarItem> folders;
    for (int i = 0; i < 67; ++i)
        folders.push_back({"d" + std::to_string(i) + "/", "", '5', "", ""});
    CHECK(indexProblem(tarBytes(folders), limits) ==
          "has more than 66 entries; the limit is 1 files");
    folders.pop_back();
    CHECK(indexProblem(tarBytes(folders), limits) == "");
    limits = {};
    limits.maxTotalBytes = 150;
    CHECK(indexProblem(tarBytes({{"a", std::string(100, 'x'), '0', "", ""},
                                 {"b", std::string(100, 'x'), '0', "", ""}}),
                       limits) == "holds more than 150 bytes; that is the limit for a pack");
}

TEST_CASE("An archive's paths are indexed without ./, with the folders they imply") {
    TarIndex index;
    const std::string bytes = tarBytes({{"./", "", '5', "", ""},
                                        {"./pack.json", "{}", '0', "", ""},
                                        {"././events/", "", '5', "", ""},
                                        {"./events/2014/a.json", "[1]", '0', "", ""}});
    REQUIRE(indexInto(bytes, index) == "");
    REQUIRE(index.files.size() == 2);
    CHECK(index.files.at("pack.json").offset == 1024);
    CHECK(index.files.at("pack.json").size == 2);
    CHECK(index.files.at("events/2014/a.json").size == 3);
    CHECK(index.folders == std::set<std::string>{"events", "events/2014"});
}

TEST_CASE("An archive holding its pack in one top folder is indexed from inside it") {
    TarIndex index;
    REQUIRE(indexInto(tarBytes({{"top/", "", '5', "", ""},
                                {"top/pack.json", "{}", '0', "", ""},
                                {"top/events/a.json", "[]", '0', "", ""}}),
                      index) == "");
    CHECK(index.files.count("pack.json") == 1);
    CHECK(index.files.count("events/a.json") == 1);
    CHECK(index.folders == std::set<std::string>{"events"});
}
