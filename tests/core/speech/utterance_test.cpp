// The clips a list of texts becomes, composed phrases and the speech gain.
#include <catch2/catch.hpp>

#include <cmath>

#include "session/access_choices.hpp"
#include "speech/utterance.hpp"

using namespace kiosk;

TEST_CASE("Texts become the pack's clips in order, a text without one is left out") {
    NarrationIndex narration;
    narration.add(Language::English, "Timeline", {"narration/en/a.ogg", 0.8});
    narration.add(Language::English, "2016", {"narration/en/b.ogg", 0.6});
    narration.add(Language::Japanese, "年表", {"narration/ja/c.ogg", 0.7});
    const ClipLookup found =
        lookUpClips(narration, Language::English, {"Timeline", "Nowhere", "", "2016"});
    REQUIRE(found.utterance.clips.size() == 2);
    CHECK(found.utterance.clips[0].file == "narration/en/a.ogg");
    CHECK(found.utterance.clips[1].file == "narration/en/b.ogg");
    CHECK(found.utterance.seconds() == Approx(1.4));
    CHECK(found.utterance.language == Language::English);
    CHECK(found.missing == std::vector<std::string>{"Nowhere"});
    // The same text in the other language is another clip.
    CHECK(lookUpClips(narration, Language::Japanese, {"Timeline"}).utterance.empty());
}

TEST_CASE("A composed phrase is its values and the literal pieces between them") {
    const std::vector<std::pair<std::string, std::string>> values = {{"n", "3"}, {"total", "13"}};
    CHECK(templatePieces("{n} of {total}", values) == std::vector<std::string>{"3", "of", "13"});
    CHECK(templatePieces("{total}件中{n}件目", values) ==
          std::vector<std::string>{"13", "件中", "3", "件目"});
    CHECK(templatePieces("Page {n}", values) == std::vector<std::string>{"Page", "3"});
    // An unknown name stays as written; a brace never closed ends the phrase.
    CHECK(templatePieces("{x} and {n}", values) == std::vector<std::string>{"{x}", "and", "3"});
    CHECK(templatePieces("{n} {broken", values) == std::vector<std::string>{"3", "{broken"});
}

TEST_CASE("Speech is the venue's volume raised 6 dB a step the visitor asks for") {
    CHECK(speechGain(0.5, 0) == Approx(0.5));
    CHECK(speechGain(0.5, 1) == Approx(0.5 * 1.99526));
    CHECK(speechGain(0.5, 3) == Approx(0.5 * std::pow(10.0, 18.0 / 20.0)));
    CHECK(speechGain(0.5, 9) == Approx(speechGain(0.5, kSpeechLoudestStep)));
    CHECK(speechGain(0.0, 3) == 0.0);
}

TEST_CASE("A label joined from texts with clips is said in its parts") {
    NarrationIndex narration;
    narration.add(Language::English, "Spoken guidance", {"sg.ogg", 1.0});
    narration.add(Language::English, "On", {"on.ogg", 0.3});
    narration.add(Language::Japanese, "北海道", {"hk.ogg", 0.6});
    narration.add(Language::Japanese, "札幌市", {"sp.ogg", 0.6});
    const ClipLookup en = lookUpClips(narration, Language::English, {"Spoken guidance On"});
    REQUIRE(en.utterance.clips.size() == 2);
    CHECK(en.utterance.clips[0].file == "sg.ogg");
    CHECK(en.utterance.clips[1].file == "on.ogg");
    CHECK(en.missing.empty());
    CHECK(
        lookUpClips(narration, Language::English, {"Spoken guidance: On"}).utterance.clips.size() ==
        2);
    CHECK(lookUpClips(narration, Language::Japanese, {"北海道 札幌市"}).utterance.clips.size() ==
          2);
    // One word without a clip: the whole text is missing, nothing half said.
    const ClipLookup half = lookUpClips(narration, Language::English, {"Spoken guidance Off"});
    CHECK(half.utterance.empty());
    CHECK(half.missing == std::vector<std::string>{"Spoken guidance Off"});
}
