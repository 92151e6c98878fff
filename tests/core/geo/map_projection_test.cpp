#include <catch2/catch.hpp>

#include "geo/map_data.hpp"

using namespace kiosk;

TEST_CASE("The projection's centre is the origin, north is up and east is right") {
    const MapProjection projection;  // centred on 137°E, 36°N
    const MapPoint centre = projection.project(137.0, 36.0);
    CHECK(centre.x == Approx(0).margin(1e-6));
    CHECK(centre.y == Approx(0).margin(1e-6));
    // A degree of latitude is ~111.2 km; y grows downwards like the screen.
    CHECK(projection.project(137.0, 37.0).y == Approx(-111.19).epsilon(1e-3));
    // A degree of longitude at 36°N is cos(36°) as long.
    CHECK(projection.project(138.0, 36.0).x == Approx(111.19 * 0.80902).epsilon(1e-3));
}

TEST_CASE("Unproject undoes project across Japan") {
    const MapProjection projection;
    const double places[][2] = {{141.354, 43.062},   // Sapporo
                                {138.530, 36.516},   // 嬬恋村
                                {127.681, 26.212},   // Naha
                                {153.986, 24.284},   // Minamitorishima
                                {145.817, 43.386}};  // Nemuro
    for (const auto& place : places) {
        double lon = 0, lat = 0;
        projection.unproject(projection.project(place[0], place[1]), lon, lat);
        // Float map coordinates keep ~0.1 m over ±2,000 km: far below a tap.
        CHECK(lon == Approx(place[0]).margin(1e-5));
        CHECK(lat == Approx(place[1]).margin(1e-5));
    }
}

TEST_CASE("Another centre moves the origin with it") {
    MapProjection projection;
    projection.lon0 = 140.0;
    projection.lat0 = 40.0;
    const MapPoint p = projection.project(140.0, 40.0);
    CHECK(p.x == Approx(0).margin(1e-6));
    CHECK(p.y == Approx(0).margin(1e-6));
    double lon = 0, lat = 0;
    projection.unproject(MapPoint{100, -50}, lon, lat);
    const MapPoint back = projection.project(lon, lat);
    CHECK(back.x == Approx(100).margin(1e-3));
    CHECK(back.y == Approx(-50).margin(1e-3));
}
