#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "install/state_usability.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

uid_t me() { return ::geteuid(); }
// Any user but the one running the test, standing in for the kiosk's user.
uid_t someoneElse() { return me() == 65534 ? 65533 : 65534; }

}  // namespace

TEST_CASE("a state folder of the kiosk's own is usable, a missing one too") {
    test::TempDir dir;
    std::ofstream(dir.path("starts")) << "";
    CHECK(stateFolderProblem(dir.dir(), me()).empty());
    CHECK(stateFolderProblem(dir.path("not-yet"), me()).empty());
}

TEST_CASE("a state folder someone else owns is named as unusable") {
    test::TempDir dir;
    const std::string problem = stateFolderProblem(dir.dir(), someoneElse());
    CHECK(problem.find(dir.dir() + " belongs to user " + std::to_string(me())) == 0);
    CHECK(problem.find("cannot use the state folder") != std::string::npos);
}

TEST_CASE("a file in the state folder left to another user is named") {
    test::TempDir dir;
    std::ofstream(dir.path("lock")) << "";
    if (me() == 0) {
        // Root can make the folder another user's and leave the lock its own,
        // as `kiosk-pack install` run as root once did.
        REQUIRE(::chown(dir.dir().c_str(), someoneElse(), -1) == 0);
        const std::string problem = stateFolderProblem(dir.dir(), someoneElse());
        CHECK(problem.find(dir.path("lock") + " belongs to user 0") == 0);
    } else {
        // Without root the test cannot give a file away; the folder's own
        // owner check stands for it.
        CHECK(stateFolderProblem(dir.dir(), someoneElse()).find(dir.dir()) == 0);
    }
}

TEST_CASE("root can keep any state folder, a file in its place is not a folder") {
    test::TempDir dir;
    CHECK(stateFolderProblem(dir.dir(), 0).empty());
    std::ofstream(dir.path("file")) << "";
    CHECK(stateFolderProblem(dir.path("file"), me()) == dir.path("file") + ": is not a folder");
}
