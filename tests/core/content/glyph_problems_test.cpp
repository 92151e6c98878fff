// The validator's glyph check: every character of a pack's texts must be in
// each font file the kiosk sets it in (the regular one for the body and
// caption faces, the bold one for title and display), reported by file, field
// and character.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const char* kRegular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const char* kBold = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

PackLoadResult loadWithFonts(const TempPack& pack) {
    PackLoadOptions options;
    options.checkImages = false;
    options.fontPath = kRegular;
    options.boldFontPath = kBold;
    return loadPack(pack.dir(), options);
}

}  // namespace

TEST_CASE("the default pack has every glyph in both fonts") {
    const TempPack pack;
    const PackLoadResult result = loadWithFonts(pack);
    REQUIRE(result.pack);
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("a character a font lacks is reported once per font, by file, field and character") {
    TempPack pack;
    // An emoji: Noto Sans CJK has none, and this ImGui draws nothing beyond U+FFFF.
    editEvent(pack, "events/2014.json", 0, [](nlohmann::json& event) {
        event["summary"]["ja"] = "知見を収集した\U0001F600。\U0001F600";
    });
    const PackLoadResult result = loadWithFonts(pack);
    REQUIRE(result.pack);  // a warning: the pack still loads
    const auto lacks = [](const std::string& font) {
        return "events/2014.json: (file): the " + font +
               " lacks \"\U0001F600\" (U+1F600), needed by events/2014.json: event "
               "2014-09-10-roundtable-mayors-exchange summary (shown in ja)";
    };
    const Lines expected = {lacks("regular font (body, caption)"),
                            lacks("bold font (title, display)")};
    CHECK(addedWarnings(result) == expected);
}

TEST_CASE("a text is checked in the face of every language it is shown in") {
    TempPack pack;
    editJson(pack, "pack.json", [](nlohmann::json& manifest) {
        manifest["languages"] = {"ja", "en", "zh-Hans", "zh-Hant", "ko"};
    });
    // Simplified Chinese only: traditional Chinese readers are shown it too;
    // Korean readers are shown the English.
    editEvent(pack, "events/2014.json", 0, [](nlohmann::json& event) {
        event["summary"]["zh-Hans"] = "收集了见解\U0001F600";
        event["summary"].erase("zh-Hant");
        event["summary"].erase("ko");
    });
    const PackLoadResult result = loadWithFonts(pack);
    REQUIRE(result.pack);
    Lines emoji;
    for (const std::string& line : addedWarnings(result))
        if (line.find("U+1F600") != std::string::npos) emoji.push_back(line);
    const auto lacks = [](const std::string& font, const char* language) {
        return "events/2014.json: (file): the " + font +
               " lacks \"\U0001F600\" (U+1F600), needed by events/2014.json: event "
               "2014-09-10-roundtable-mayors-exchange summary (shown in " +
               language + ")";
    };
    const Lines expected = {lacks("regular font (body, caption)", "zh-Hans"),
                            lacks("regular font (body, caption)", "zh-Hant"),
                            lacks("bold font (title, display)", "zh-Hans"),
                            lacks("bold font (title, display)", "zh-Hant")};
    CHECK(emoji == expected);
}
