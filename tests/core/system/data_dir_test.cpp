#include <catch2/catch.hpp>
#include <set>

#include "system/data_dir.hpp"

using kiosk::dataDirFor;

namespace {
auto holding(std::set<std::string> dirs) {
    return [dirs](const std::string& path) { return dirs.count(path) > 0; };
}
}  // namespace

TEST_CASE("an installed kiosk's data is in share/kiosk beside its bin folder") {
    CHECK(dataDirFor("/usr/bin/kiosk", holding({"/usr/bin/../share/kiosk/content/default"})) ==
          "/usr/bin/../share/kiosk");
    CHECK(dataDirFor("/opt/k/bin/kiosk-pack",
                     holding({"/opt/k/bin/../share/kiosk/content/default"})) ==
          "/opt/k/bin/../share/kiosk");
}

TEST_CASE("a build tree's data is its share/kiosk, two folders above the executable") {
    CHECK(dataDirFor("/b/kiosk/app/kiosk", holding({"/b/kiosk/app/../../share/kiosk/content/default"})) ==
          "/b/kiosk/app/../../share/kiosk");
}

TEST_CASE("the installed place wins over the build tree's, and is named when neither is there") {
    CHECK(dataDirFor("/usr/bin/kiosk", holding({"/usr/bin/../share/kiosk/content/default",
                                                "/usr/bin/../../share/kiosk/content/default"})) ==
          "/usr/bin/../share/kiosk");
    CHECK(dataDirFor("/usr/bin/kiosk", holding({})) == "/usr/bin/../share/kiosk");
    CHECK(dataDirFor("kiosk", holding({})) == "./../share/kiosk");
}
