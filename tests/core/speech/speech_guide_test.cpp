// What the kiosk says and when it falls silent, on a fake clock.
#include <catch2/catch.hpp>

#include "speech/speech_guide.hpp"

using namespace kiosk;

namespace {

NarrationIndex narration() {
    NarrationIndex n;
    n.add(Language::English, "Timeline", {"en/timeline.ogg", 1.0});
    n.add(Language::English, "2016", {"en/2016.ogg", 0.5});
    n.add(Language::English, "Spoken guidance", {"en/speech.ogg", 1.0});
    n.add(Language::Japanese, "年表", {"ja/timeline.ogg", 1.2});
    n.add(Language::English, "offer", {"en/offer.ogg", 4.0});
    return n;
}

AccessChoices speechOn(int louder = 0) {
    AccessChoices c;
    c.speech = true;
    c.speechLouder = louder;
    return c;
}

}  // namespace

TEST_CASE("With speech off a screen is silent, except the access screen") {
    const NarrationIndex n = narration();
    SpeechGuide guide(n);
    guide.screenShown({"Timeline", "2016"}, Language::English, {}, false, 1.0);
    CHECK(guide.takeRequests().empty());
    CHECK_FALSE(guide.speaking(1.0));
    guide.screenShown({"Spoken guidance"}, Language::English, {}, true, 2.0);
    const auto requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].type == SpeechRequest::Type::Say);
    CHECK(requests[0].utterance.louderSteps == 0);
}

TEST_CASE("With speech on a screen is spoken as it opens, title first, in its language") {
    const NarrationIndex n = narration();
    SpeechGuide guide(n);
    guide.screenShown({"Timeline", "2016"}, Language::English, speechOn(2), false, 10.0);
    auto requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    const Utterance& u = requests[0].utterance;
    REQUIRE(u.clips.size() == 2);
    CHECK(u.clips[0].file == "en/timeline.ogg");
    CHECK(u.clips[1].file == "en/2016.ogg");
    CHECK(u.louderSteps == 2);
    CHECK(guide.speaking(11.4));
    CHECK_FALSE(guide.speaking(11.5));
    // The language changes: the same screen in Japanese.
    guide.screenShown({"年表"}, Language::Japanese, speechOn(), false, 20.0);
    requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].utterance.clips[0].file == "ja/timeline.ogg");
    CHECK(requests[0].utterance.language == Language::Japanese);
}

TEST_CASE("A touch stops speech at once, and only speech that still plays") {
    const NarrationIndex n = narration();
    SpeechGuide guide(n);
    guide.screenShown({"Timeline", "2016"}, Language::English, speechOn(), false, 0.0);
    guide.takeRequests();
    guide.touched(0.7);
    auto requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].type == SpeechRequest::Type::Stop);
    CHECK_FALSE(guide.speaking(0.71));
    guide.touched(0.8);  // already silent
    CHECK(guide.takeRequests().empty());
    guide.say({"2016"}, Language::English, speechOn(), 5.0);
    guide.takeRequests();
    guide.touched(6.0);  // over by then
    CHECK(guide.takeRequests().empty());
}

TEST_CASE("The offer plays at the venue's level whatever the last visitor chose") {
    const NarrationIndex n = narration();
    SpeechGuide guide(n);
    guide.woke("offer", Language::English, 3.0);
    const auto requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].utterance.louderSteps == 0);
    CHECK(requests[0].utterance.clips[0].file == "en/offer.ogg");
    CHECK(guide.speaking(6.9));
}

TEST_CASE("A text with no clip is skipped and named once, and the rest is said") {
    const NarrationIndex n = narration();
    SpeechGuide guide(n);
    guide.say({"Timeline", "Nowhere", "2016"}, Language::English, speechOn(), 0.0);
    CHECK(guide.takeRequests()[0].utterance.clips.size() == 2);
    CHECK(guide.takeMissing() == std::vector<std::string>{"en: Nowhere"});
    guide.say({"Nowhere"}, Language::English, speechOn(), 1.0);
    CHECK(guide.takeMissing().empty());
    // Nothing left to say: what was playing stops rather than run on.
    const auto requests = guide.takeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].type == SpeechRequest::Type::Stop);
}
