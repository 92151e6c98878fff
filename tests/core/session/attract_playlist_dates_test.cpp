// Slides with from/until dates in the attract playlist.
#include <catch2/catch.hpp>

#include "session/attract_playlist.hpp"

using namespace kiosk;

namespace {

Slide slide(std::string type, std::optional<CalendarDate> from = {},
            std::optional<CalendarDate> until = {}) {
    Slide s;
    s.type = std::move(type);
    s.seconds = 10;
    s.from = from;
    s.until = until;
    return s;
}

std::vector<std::string> typesOn(const Pack& pack, std::optional<CalendarDate> date) {
    AttractSettings settings;
    settings.showOn = date;
    std::vector<std::string> types;
    for (const auto& s : AttractPlaylist(pack, settings).slidesForPass(0)) types.push_back(s.type);
    return types;
}

}  // namespace

TEST_CASE("Dated slides play only within their dates, undated ones always") {
    Pack pack;
    pack.playlist = {slide("title"),
                     slide("qr", CalendarDate{2026, 12, 1}, CalendarDate{2026, 12, 5}),
                     slide("numbers", std::nullopt, CalendarDate{2026, 11, 30}),
                     slide("partners", CalendarDate{2026, 12, 6})};
    using Types = std::vector<std::string>;
    CHECK(typesOn(pack, CalendarDate{2026, 11, 30}) == Types{"title", "numbers"});
    CHECK(typesOn(pack, CalendarDate{2026, 12, 1}) == Types{"title", "qr"});
    CHECK(typesOn(pack, CalendarDate{2026, 12, 5}) == Types{"title", "qr"});
    CHECK(typesOn(pack, CalendarDate{2026, 12, 6}) == Types{"title", "partners"});
    // No date known (no wall clock): every slide.
    CHECK(typesOn(pack, std::nullopt) == Types{"title", "qr", "numbers", "partners"});
}

TEST_CASE("A day on which no slide is due still shows the title") {
    Pack pack;
    pack.playlist = {slide("qr", CalendarDate{2026, 12, 1}, CalendarDate{2026, 12, 5})};
    CHECK(typesOn(pack, CalendarDate{2027, 1, 1}) == std::vector<std::string>{"title"});
}
