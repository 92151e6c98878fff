#include <stb_image.h>
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>

#include "build/pack_images.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// A square region from (x0, y0) to (x1, y1) map kilometres, as two triangles.
MapRegion square(const std::string& code, float x0, float y0, float x1, float y1) {
    MapRegion r;
    r.code = code;
    r.rings = {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}};
    r.triangles = {0, 1, 2, 0, 2, 3};
    r.bounds = {x0, y0, x1, y1};
    r.label = {(x0 + x1) / 2, (y0 + y1) / 2};
    return r;
}

fs::path makeTempFolder() {
    std::string pattern = (fs::temp_directory_path() / "kiosk-pack-images-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    return pattern;
}

// A prefecture 200 km wide and 100 km high; its west half is the member town.
struct Fixture {
    Pack pack;
    MapData map;
    // A folder of its own: tests of this file run side by side (ctest -j).
    fs::path root = makeTempFolder();

    Fixture() {
        map.prefectures.regions = {square("07000", 0, 0, 200, 100),
                                   square("13000", 300, 200, 320, 220)};
        map.municipalities.regions = {square("07301", 0, 0, 100, 100),
                                      square("07201", 100, 0, 200, 100),
                                      square("13101", 300, 200, 320, 220)};
        map.bounds = {0, 0, 320, 220};
        Association a;
        a.id = "fukushima-towns";
        a.prefecture = "07";
        a.color = "#FF0000";
        a.members = {"07301"};
        pack.associations = {a};
        Event e;
        e.id = "2016-01-01-signing";
        e.highlight = true;
        e.associations = {"fukushima-towns"};
        Event plain;
        plain.id = "2016-02-01-other";
        Event pictured = e;
        pictured.id = "2016-03-01-photo";
        pictured.image = "images/photo.jpg";
        pack.events = {e, plain, pictured};
    }
    ~Fixture() { fs::remove_all(root); }
};

struct Decoded {
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    const uint8_t* at(int x, int y) const { return &rgba[(size_t(y) * w + x) * 4]; }
};

Decoded load(const fs::path& path) {
    Decoded d;
    int channels = 0;
    stbi_uc* pixels = stbi_load(path.string().c_str(), &d.w, &d.h, &channels, 4);
    REQUIRE(pixels);
    d.rgba.assign(pixels, pixels + size_t(d.w) * d.h * 4);
    stbi_image_free(pixels);
    return d;
}

}  // namespace

TEST_CASE("a silhouette shows the members in the association's colour over the prefecture") {
    Fixture f;
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    REQUIRE(out.associations.at("fukushima-towns") == "images/partners/fukushima-towns.png");
    const Decoded s = load(f.root / "images/partners/fukushima-towns.png");
    CHECK(s.w == 640);  // the longer side; 2:1 like the prefecture, plus a margin all round
    CHECK(s.h >= 330);
    CHECK(s.h <= 350);
    const uint8_t* member = s.at(s.w / 4, s.h / 2);
    CHECK(member[0] == 255);
    CHECK(member[1] == 0);
    CHECK(member[3] == 255);
    const uint8_t* other = s.at(s.w * 3 / 4, s.h / 2);  // prefecture, not a member: faint white
    CHECK(other[0] == 255);
    CHECK(other[3] > 20);
    CHECK(other[3] < 60);
    CHECK(s.at(2, 2)[3] == 0);  // transparent around it
}

TEST_CASE("highlighted events without a picture get a title card, others keep theirs") {
    Fixture f;
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    CHECK(out.events.size() == 1);
    REQUIRE(out.events.count("2016-01-01-signing"));
    const Decoded card = load(f.root / out.events.at("2016-01-01-signing"));
    CHECK(card.w == 1280);
    CHECK(card.h == 720);
    CHECK(card.at(10, 10)[3] == 255);  // opaque: it fills the screen
    CHECK(out.paths.size() == 2);
    CHECK(out.bytes == fs::file_size(f.root / out.paths[0]) + fs::file_size(f.root / out.paths[1]));
    CHECK(problems.size() == 0);
}

TEST_CASE("a title card's focus is the middle of what it lights") {
    Fixture f;
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    REQUIRE(out.eventFocus.count("2016-01-01-signing"));
    CHECK_FALSE(out.eventFocus.count("2016-03-01-photo"));  // its own picture: the source's
    const PictureFocus focus = out.eventFocus.at("2016-01-01-signing");
    const Decoded card = load(f.root / out.events.at("2016-01-01-signing"));
    // The member town, in the association's red, lies under the focus point.
    const uint8_t* atFocus = card.at(int(focus.x * card.w), int(focus.y * card.h));
    CHECK(atFocus[0] > 200);
    CHECK(atFocus[1] < 60);
    // It is west of the prefecture's middle, as the town is.
    CHECK(focus.x < 0.68f);
}

TEST_CASE("a title card's focus leaves out the hub unless the event names no other place") {
    Fixture f;
    f.map.facts.hub.municipalities = {"13101"};
    Event visit;  // a ward's visit to the prefecture's east town
    visit.id = "2016-05-01-visit";
    visit.highlight = true;
    visit.places = {"13101", "07201"};
    Event wardsOwn = visit;  // an event of the wards alone
    wardsOwn.id = "2016-06-01-wards";
    wardsOwn.places = {"13101"};
    f.pack.events = {visit, wardsOwn};
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    const PictureFocus onTown = out.eventFocus.at(visit.id);
    const PictureFocus onHub = out.eventFocus.at(wardsOwn.id);
    // The town lies west and north of the hub (map y grows southwards).
    CHECK(onTown.x < onHub.x);
    CHECK(onTown.y < onHub.y);
    const Decoded card = load(f.root / out.events.at(wardsOwn.id));
    const uint8_t* atHub = card.at(int(onHub.x * card.w), int(onHub.y * card.h));
    CHECK(atHub[0] > 200);  // the hub in the accent colour
    CHECK(atHub[2] < 100);
}

TEST_CASE("events whose cards come out alike share one file") {
    Fixture f;
    Event twin = f.pack.events[0];
    twin.id = "2017-01-01-same-partners";
    f.pack.events.push_back(twin);
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    CHECK(out.events.at("2017-01-01-same-partners") == "images/events/2016-01-01-signing.png");
    CHECK(out.paths.size() == 2);  // the silhouette and one card
    CHECK_FALSE(fs::exists(f.root / "images/events/2017-01-01-same-partners.png"));
}

TEST_CASE("an association whose prefecture is not on the map gets no silhouette, with a warning") {
    Fixture f;
    f.pack.associations[0].prefecture = "47";
    f.pack.events.clear();
    GeneratedImages out;
    ProblemList problems;
    REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
    CHECK(out.associations.empty());
    REQUIRE(problems.warnings().size() == 1);
    CHECK(problems.warnings()[0].message ==
          "fukushima-towns: the map has no prefecture 47; no silhouette");
}

TEST_CASE("a title card lights the hub the map's facts name, in the accent colour") {
    // The card fits the map (320 x 220 km) into 716.8 x 648 px at (512, 36):
    // 2.24 px a km, centred. Pixel centres of the two candidate hubs:
    const int wardX = 1206, wardY = 584;  // 13101's square, at (310, 210) km
    const int townX = 848, townY = 226;   // 07201's square, at (150, 50) km
    auto isAccent = [](const uint8_t* p) { return p[0] == 0xEE && p[1] == 0xB9 && p[2] == 0x02; };
    for (const std::string hub : {"13101", "07201"}) {
        Fixture f;
        f.map.facts.hub.prefecture = hub.substr(0, 2);
        f.map.facts.hub.municipalities = {hub};
        f.map.facts.hub.anchor = hub;
        f.pack.associations.clear();  // nothing else painted over the town
        GeneratedImages out;
        ProblemList problems;
        REQUIRE(generatePackImages(f.pack, f.map, f.root, {}, out, problems));
        const Decoded card = load(f.root / out.events.at("2016-01-01-signing"));
        INFO("hub " << hub);
        CHECK(isAccent(card.at(wardX, wardY)) == (hub == "13101"));
        CHECK(isAccent(card.at(townX, townY)) == (hub == "07201"));
    }
}
