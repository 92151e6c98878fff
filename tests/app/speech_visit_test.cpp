// Spoken guidance through a whole visit, on the null display and a simulated
// clock: the default pack with a clip for every text it shows (a short tone,
// one file per text), the real KioskApp, and its sound recorded as a scripted
// session records it (SessionSoundRecorder). The path is the one a visitor who
// cannot see the screen takes: from the attract loop, wake and hear the offer,
// press the access button in the bottom right corner, turn speech on, explore
// to the timeline, find an event of 2016 and hear its date, title and summary.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>

#include "content/date_format.hpp"
#include "kiosk_app.hpp"
#include "kiosk_sound.hpp"
#include "session/attract_call_to_action.hpp"
#include "sound/wav_file.hpp"
#include "speech/utterance.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

constexpr int kWidth = 1920, kHeight = 1080;
constexpr double kFrame = 1.0 / 60.0;
constexpr double kClipSeconds = 0.3;

// Every text the default pack can show, in both languages.
std::vector<std::pair<Language, std::string>> textsOf(const Pack& pack) {
    std::vector<std::pair<Language, std::string>> out;
    for (Language l : {Language::Japanese, Language::English}) {
        const auto add = [&](const std::string& t) { out.push_back({l, t}); };
        for (const auto& [key, text] : pack.strings) {
            add(text.in(l));
            for (const std::string& piece : templatePieces(text.in(l), {})) add(piece);
        }
        for (const Event& e : pack.events) {
            add(formatEventDate(e.date, l));
            add(e.title.in(l));
            add(e.summary.in(l));
        }
        for (const Association& a : pack.associations) add(a.name.in(l));
        for (int n = 0; n <= 400; ++n) add(std::to_string(n));
        for (int year = 1990; year <= 2040; ++year) add(std::to_string(year));
    }
    return out;
}

// A pack whose narration has a clip of kClipSeconds for every text, each its
// own file (a link to one tone), so that what is said can be read back from
// the files played.
struct NarratedPack {
    test::TempDir dir;
    Pack pack = test::defaultPack();
    std::map<std::string, std::string> textOfFile;  // absolute path -> "en: text"

    NarratedPack() {
        PcmAudio tone;
        tone.channels = 1;
        for (int i = 0; i < int(44100 * kClipSeconds); ++i)
            tone.samples.push_back(int16_t(8000 * std::sin(2 * M_PI * 440.0 * i / 44100)));
        std::string error;
        REQUIRE(writeWav(dir.path("tone.wav"), tone, error));
        fs::create_directories(dir.path("narration"));
        pack.root = dir.dir();
        pack.narration = {};
        int n = 0;
        for (const auto& [language, text] : textsOf(pack)) {
            if (text.empty() || pack.narration.find(language, text)) continue;
            const std::string file = "narration/" + std::to_string(n++) + ".wav";
            fs::create_symlink(dir.path("tone.wav"), dir.path(file));
            pack.narration.add(language, text, {file, kClipSeconds});
            textOfFile[dir.path(file)] = std::string(languageCode(language)) + ": " + text;
        }
    }
};

// The kiosk on a null display, driven as a script drives it.
class SpokenVisit {
  public:
    SpokenVisit(const Pack& pack, const ui::LanguageFonts& fonts)
        : app_(pack, fonts, SessionSettings{}, float(kHeight)),
          sound_(quietButSpeech(), soundFilesFor(test::defaultPack())),
          pack_(pack) {
        platform::NullDisplaySettings panel;
        panel.width = kWidth;
        panel.height = kHeight;
        display_ = std::make_unique<platform::NullDisplay>(panel);
        app_.recordEveryFrame(true);  // the test finds targets before speech is on
        app_.start(0.0);
        sound_.start(0.0);
        frame();
    }

    void frame() {
        test::drawNullFrame(*display_, kWidth, kHeight, [&] {
            app_.drawFrame(now_, Rect{0, 0, float(kWidth), float(kHeight)});
        });
        sound_.frame(app_, pack_, now_);
    }
    void wait(double seconds) {
        for (const double end = now_ + seconds; now_ < end;) {
            now_ += kFrame;
            frame();
        }
    }
    void down(Point p) {
        app_.onPointer({PointerEvent::Type::Down, p, now_});
        lastDown_ = now_;
    }
    void tap(Point p) {
        down(p);
        wait(kFrame * 5);
        app_.onPointer({PointerEvent::Type::Up, p, now_});
        wait(kFrame);
    }
    void doubleTap(Point p) {
        tap(p);
        wait(0.1);
        tap(p);
    }
    // The middle of the target the last frame drew with this label.
    Point target(const std::string& label) const {
        for (const TouchTarget& t : app_.inventory().targets())
            if (t.label == label) return t.rect.center();
        FAIL("no target labelled \"" << label << "\"");
        return {};
    }
    std::vector<std::string> targetLabels() const {
        std::vector<std::string> out;
        for (const TouchTarget& t : app_.inventory().targets()) out.push_back(t.label);
        return out;
    }

    KioskApp& app() { return app_; }
    double now() const { return now_; }
    double lastDown() const { return lastDown_; }
    const SessionSoundRecorder& sound() const { return sound_; }

  private:
    // Music and clicks off: the recording holds speech alone.
    static SoundSettings quietButSpeech() {
        SoundSettings s;
        s.volume = 0.5;
        s.musicVolume = 0.0;
        s.cueVolume = 0.0;
        return s;
    }

    KioskApp app_;
    SessionSoundRecorder sound_;
    const Pack& pack_;
    std::unique_ptr<platform::NullDisplay> display_;
    double now_ = 0.0, lastDown_ = 0.0;
};

// What was said from `from` on: each utterance's time and texts, stops as "stop".
struct Said {
    double time = 0.0;
    double gain = 0.0;
    std::vector<std::string> texts;  // empty: a stop
};
std::vector<Said> saidSince(const SpokenVisit& visit, const NarratedPack& narrated, double from) {
    std::vector<Said> out;
    for (const MixRecorder::SpeechAt& s : visit.sound().recorder().speech()) {
        if (s.time < from) continue;
        Said said{s.time, s.play.gain, {}};
        for (const std::string& f : s.play.files) said.texts.push_back(narrated.textOfFile.at(f));
        out.push_back(said);
    }
    return out;
}

Point englishCallToAction() {
    const CallToAction cta =
        layoutCallToAction(Rect{0, 0, float(kWidth), float(kHeight)}, float(kHeight) / 1080.0f,
                           visitorLanguages(test::defaultPack().manifest.languages));
    for (const CallToActionPart& part : cta.parts)
        if (part.language == Language::English) return part.box.center();
    return {kWidth * 0.5f, kHeight * 0.5f};
}

bool contains(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

}  // namespace

TEST_CASE("a visitor who cannot see the screen finds an event of 2016 and hears it") {
    test::ScopedImGui imgui;
    NarratedPack narrated;
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(narrated.pack, float(kHeight), fonts));
    SpokenVisit visit(narrated.pack, fonts);
    visit.wait(2.0);

    // Waking: the offer, once, at the venue's level.
    visit.tap(englishCallToAction());
    visit.wait(1.0);
    auto said = saidSince(visit, narrated, 0.0);
    REQUIRE(said.size() == 1);
    CHECK(said[0].texts ==
          std::vector<std::string>{"en: " + narrated.pack.text("speech_offer", Language::English)});
    CHECK(said[0].gain == Approx(0.5));
    CHECK(visit.app().currentScreen() == ScreenId::Home);

    // The access button, bottom right: its screen is spoken with speech still off.
    const Point access = visit.target("Accessibility");
    CHECK(access.x > kWidth * 0.85f);
    CHECK(access.y > kHeight * 0.85f);
    double t = visit.now();
    visit.tap(access);
    visit.wait(0.2);
    CHECK(visit.app().currentScreen() == ScreenId::Access);
    said = saidSince(visit, narrated, t);
    REQUIRE(!said.empty());
    REQUIRE(said[0].texts.size() > 4);
    CHECK(said[0].texts[0] == "en: Accessibility");
    CHECK(contains(said[0].texts, "en: Spoken guidance"));
    CHECK(said[0].gain == Approx(0.5));

    // Speech on: the touch stops what is said, and the new state is said.
    t = visit.now();
    visit.tap(visit.target("Spoken guidance: Off"));
    visit.wait(2.0);
    CHECK(visit.app().currentScreen() == ScreenId::Access);
    said = saidSince(visit, narrated, t);
    REQUIRE(said.size() == 2);
    CHECK(said[0].texts.empty());  // the stop
    CHECK(said[0].time - visit.lastDown() < 0.1);
    CHECK(said[1].texts == std::vector<std::string>{"en: Spoken guidance", "en: On"});

    // Exploring: a tap on Home says it and opens nothing; a double tap opens it.
    t = visit.now();
    visit.tap(visit.target("Home"));
    visit.wait(0.5);
    CHECK(visit.app().currentScreen() == ScreenId::Access);
    said = saidSince(visit, narrated, t);
    REQUIRE(said.size() == 1);
    CHECK(said[0].texts == std::vector<std::string>{"en: Home"});
    visit.doubleTap(visit.target("Home"));
    visit.wait(1.0);
    CHECK(visit.app().currentScreen() == ScreenId::Home);

    // To the timeline, by its tile.
    visit.tap(visit.target("Timeline"));
    visit.wait(0.5);
    t = visit.now();
    visit.doubleTap(visit.target("Timeline"));
    visit.wait(2.0);
    REQUIRE(visit.app().currentScreen() == ScreenId::Timeline);
    said = saidSince(visit, narrated, t);
    REQUIRE(!said.empty());
    CHECK(said.back().texts.at(0) == "en: Timeline");
    CHECK(said.back().texts.at(1) == "en: 2014");

    // The year bar's 2016: said, then scrolled to, and the year said.
    visit.tap(visit.target("2016"));
    visit.wait(0.5);
    t = visit.now();
    visit.doubleTap(visit.target("2016"));
    visit.wait(3.0);
    said = saidSince(visit, narrated, t);
    REQUIRE(!said.empty());
    CHECK(contains(said.back().texts, "en: 2016"));

    // A 2016 event's card: its title said, then opened and heard whole.
    const Event* event = nullptr;
    for (const Event& e : narrated.pack.events)
        if (e.date.timelineYear() == 2016 &&
            contains(visit.targetLabels(), e.title.in(Language::English))) {
            event = &e;
            break;
        }
    REQUIRE(event);
    const std::string title = event->title.in(Language::English);
    visit.tap(visit.target(title));
    visit.wait(0.5);
    t = visit.now();
    visit.doubleTap(visit.target(title));
    visit.wait(0.5);
    REQUIRE(visit.app().currentScreen() == ScreenId::Event);
    said = saidSince(visit, narrated, t);
    REQUIRE(!said.empty());
    const Said heard = said.back();
    CHECK(heard.texts == std::vector<std::string>{
                             "en: Event", "en: " + formatEventDate(event->date, Language::English),
                             "en: " + title, "en: " + event->summary.in(Language::English)});
    // Spoken on the frame after the screen opened (the double tap's release).
    CHECK(heard.time - visit.lastDown() < 0.15);

    // A touch stops it within a tenth of a second, in the recording too.
    visit.wait(0.3);
    const double touchedAt = visit.now();
    visit.tap({kWidth * 0.5f, kHeight * 0.5f});
    visit.wait(1.0);
    said = saidSince(visit, narrated, touchedAt);
    REQUIRE(!said.empty());
    CHECK(said[0].texts.empty());
    CHECK(said[0].time - touchedAt < 0.1);

    // Left alone with speech on, the visitor hears "still there?" asked aloud
    // (after SessionSettings' default idle time).
    t = visit.now();
    visit.wait(SessionSettings{}.idleSeconds + 1.0);
    REQUIRE(visit.app().phase() == SessionPhase::StillThere);
    said = saidSince(visit, narrated, t);
    REQUIRE(!said.empty());
    CHECK(said.back().texts ==
          std::vector<std::string>{
              "en: " + narrated.pack.text("still_there", Language::English),
              "en: " + narrated.pack.text("touch_to_continue", Language::English)});

    test::TempDir out;
    std::string error;
    REQUIRE(visit.sound().write(out.path("visit.wav"), visit.now(), error));
    PcmAudio wav;
    REQUIRE(readWav(out.path("visit.wav"), wav, error));
    INFO("speech from " << heard.time << " s, touched at " << touchedAt << " s");
    CHECK(rmsLevel(wav, heard.time - 0.05, heard.time - 0.01) < 0.001);
    CHECK(rmsLevel(wav, heard.time + 0.01, heard.time + 0.05) > 0.05);
    CHECK(rmsLevel(wav, touchedAt - 0.05, touchedAt) > 0.05);
    CHECK(peakLevel(wav, touchedAt + 0.1, touchedAt + 0.5) == 0.0);
}
