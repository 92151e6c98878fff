#include <catch2/catch.hpp>
#include <string>
#include <type_traits>

#include "content/pack.hpp"

using namespace kiosk;

TEST_CASE("A UI string comes back as a copy, so a missing key given as a temporary is safe") {
    Pack pack;
    pack.strings["still_there"] = {"まだご覧になりますか？", "Still there?"};
    // A reference to the key argument would dangle once the temporary is gone.
    static_assert(!std::is_reference_v<decltype(pack.text(std::string(), Language::English))>);
    const auto& shown = pack.text(std::string("no_such_key"), Language::English);
    CHECK(shown == "no_such_key");
    CHECK(pack.text("still_there", Language::English) == "Still there?");
    CHECK(pack.text("still_there", Language::Japanese) == "まだご覧になりますか？");
}
