#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/calendar.hpp"
#include "content/localized_text.hpp"
#include "content/narration.hpp"
#include "content/schedule_data.hpp"
#include "geo/map_data.hpp"
#include "qr/qr_matrix.hpp"

namespace kiosk {

// The fixed category vocabulary of events (see content/README.md).
enum class EventCategory {
    Agreement,
    EventFair,
    Exhibition,
    LectureSymposium,
    MayorsMeeting,
    NationalPolicy,
    PublicationWeb,
    Other
};
const char* categoryId(EventCategory category);
std::optional<EventCategory> parseCategoryId(const std::string& id);
const std::vector<EventCategory>& allCategories();

// How much of an event's date the source gives.
enum class DatePrecision { Day, Days, Range, Month, Unknown };
const char* precisionId(DatePrecision precision);

struct EventDate {
    DatePrecision precision = DatePrecision::Unknown;
    CalendarDate start;  // unset (year 0) when unknown
    CalendarDate end;    // equals start for Day and Month
    int yearHint = 0;    // for Unknown: the year the source files it under, or 0
    std::string after;   // for Unknown: the id of the event it follows

    bool known() const { return precision != DatePrecision::Unknown; }
    // The year the timeline files it under (0 when nothing is known).
    int timelineYear() const { return known() ? start.year : yearHint; }
};

struct BodyBlock {
    // Either a paragraph or a bullet list.
    std::optional<LocalizedText> paragraph;
    std::vector<LocalizedText> items;
};

// Where a picture's subject is, as fractions of its width and height (0, 0 at
// its top left): a crop to another shape keeps this point in view.
struct PictureFocus {
    float x = 0.5f;
    float y = 0.5f;
};

struct Event {
    std::string id;
    std::string file;        // pack file it came from, for messages
    size_t indexInFile = 0;  // its place in that file's "events" array
    EventCategory category = EventCategory::Other;
    EventDate date;
    std::string era;  // era label as the source writes it, e.g. "平成26年"
    LocalizedText title;
    LocalizedText summary;
    std::vector<BodyBlock> body;
    LocalizedText venue;
    std::vector<LocalizedText> people;
    std::vector<std::string> places;  // local-government codes
    std::vector<std::string> associations;
    std::string image;  // path inside the pack, or empty
    PictureFocus imageFocus;  // of `image`, or of the title card `build` draws
    std::string url;
    bool highlight = false;
};

enum class AssociationKind { Cities, Towns };

struct Association {
    std::string id;
    LocalizedText name;
    std::string prefecture;  // two-digit prefecture code
    AssociationKind kind = AssociationKind::Towns;
    CalendarDate agreementDate;
    int declaredMembers = 0;
    std::string color;  // "#RRGGBB"
    LocalizedText summary;
    std::vector<std::string> members;  // local-government codes
    std::vector<std::string> exclude;  // codes left out of the membership rule
    std::string image;                 // path inside the pack (its region's silhouette), or empty
    std::string url;                   // its https link (content/web_link.hpp), or empty
    size_t indexInFile = 0;            // its place in partners.json "associations"
};

struct Company {
    std::string id;
    LocalizedText name;
    LocalizedText formerName;
    CalendarDate agreementDate;
    std::vector<LocalizedText> initiatives;
    std::string url;         // its https link, or empty
    size_t indexInFile = 0;  // its place in partners.json "companies"
};

struct StatsYear {
    int fiscalYear = 0;
    LocalizedText label;
};

struct StatsSeries {
    std::string id;
    LocalizedText label;
    std::vector<std::optional<int>> values;  // one per year; empty where the source has a dash
    bool total = false;
};

struct Stats {
    LocalizedText asOf;
    std::vector<StatsYear> years;
    std::vector<StatsSeries> series;
    std::vector<LocalizedText> notes;
};

struct Slide {
    std::string type;  // title, event, highlights, numbers, partners, map, qr, tour, spotlight
    std::string event;
    std::string url;
    LocalizedText caption;
    double seconds = 8.0;
    // highlights: events per pass; tour: events it stops on; 0: the kiosk's default.
    size_t count = 0;
    // Local dates (the schedule's time zone) between which the slide shows,
    // both included; unset means no limit. An announcement shows until its day.
    std::optional<CalendarDate> from, until;
    size_t indexInFile = 0;  // its place in playlist.json "slides"

    bool shownOn(const CalendarDate& date) const {
        return !(from && date < *from) && !(until && *until < date);
    }
};

struct Theme {
    // Colours as 0xRRGGBB.
    uint32_t background = 0x0B2545;
    uint32_t surface = 0x13315C;
    uint32_t text = 0xFFFFFF;
    uint32_t muted = 0x8DA9C4;
    uint32_t accent = 0xEEB902;
    // The edge of a control (button, chip, tile), at least 3:1 against the
    // background and the surface so that a visitor sees what can be touched.
    // theme.json "outline"; a theme without it outlines in its muted colour.
    uint32_t outline = 0x6A8FC0;
    // Type sizes as fractions of the screen's shorter side.
    double display = 0.075;
    double title = 0.045;
    double body = 0.028;
    double caption = 0.020;
    // Sound files inside the pack by the name the kiosk plays them under
    // ("tap", "page", "wake", "music"; theme.json "sounds"). A name left out
    // plays the kiosk's own default (assets/sounds).
    std::map<std::string, std::string> sounds;
};

// A municipality, or a prefecture (code PP000, named as its own prefecture).
struct Municipality {
    std::string code;
    std::string prefecture;  // 北海道, 青森県, ...: what the rules and checks go by
    std::string name;        // 札幌市, 白糠町, ... as the boundary data names it
    // The name as each language's screens show it (Sapporo City, 札幌市, 삿포로시),
    // made by kiosk-pack build from `reading`; its ja is `name`. A pack built
    // before names in every language has only the ja.
    LocalizedText shownName{};
    std::string reading{};  // さっぽろし, hiragana; empty when the pack has none
};

struct PackFile {
    std::string path;
    uint64_t size = 0;
    std::string sha256;  // lower-case hex
};

struct PackContentFiles {
    std::vector<std::string> events;
    std::string partners, stats, playlist, theme, strings, municipalities;
    std::string map;       // "map.bin"; optional
    std::string schedule;  // "schedule.json"; optional
    std::string narration;  // "narration.json"; optional: a pack without it has no speech
};

struct Manifest {
    int schema = 0;
    std::string id;
    int version = 0;
    LocalizedText title;
    std::vector<std::string> languages;
    std::string created;
    LocalizedText credit;
    PackContentFiles content;
    std::vector<PackFile> files;
    // The hub and the whole-country framing ("hub", "overview_omits"); the
    // loader attaches them to the map.
    MapFacts mapFacts;
};

// A loaded, validated pack: everything the kiosk shows.
struct Pack {
    std::string root;  // folder it was loaded from
    Manifest manifest;
    std::vector<Event> events;  // in timeline order
    std::vector<Association> associations;
    std::vector<Company> companies;
    Stats stats;
    std::vector<Slide> playlist;
    PackSchedule schedule;  // always on when the pack has none
    Theme theme;
    // The colours with "high contrast" chosen (theme.json "high_contrast";
    // without it the kiosk's own, at least 7:1 for text).
    Theme highContrastTheme;
    // Recordings of the texts for spoken guidance (empty: the pack has none).
    NarrationIndex narration;
    std::map<std::string, LocalizedText> strings;
    std::vector<Municipality> municipalities;
    // Prefecture and municipality shapes; null when the pack has no map. Shared
    // and immutable, so screens may keep it while a new pack loads.
    std::shared_ptr<const MapData> map;
    // Every link of the pack (events, associations, companies, QR slides) as
    // its QR code, made once by the loader so that drawing only reads them.
    std::map<std::string, QrMatrix> linkCodes;

    // Lookups by id, code or string key, all alike: null when the pack has none.
    const Event* findEvent(const std::string& id) const;
    const Association* findAssociation(const std::string& id) const;
    const Municipality* findMunicipality(const std::string& code) const;
    const QrMatrix* findLinkCode(const std::string& link) const;
    // A municipality's name ("10425") or a prefecture's ("10" or "10000") as
    // `language`'s screens show it: Tsumagoi Village, Gunma Prefecture; the
    // code itself for a place the pack does not have.
    std::string placeName(const std::string& code, Language language) const;
    // A municipality with its prefecture, in the order `language` writes them
    // (群馬県 嬬恋村; Tsumagoi Village, Gunma Prefecture); a prefecture alone.
    std::vector<std::string> placeWithPrefecture(const std::string& code, Language language) const;
    // Those parts as one line: 群馬県 嬬恋村, "Tsumagoi Village, Gunma Prefecture".
    std::string placeLine(const std::string& code, Language language) const;
    const LocalizedText* findString(const std::string& key) const;
    // The UI string for a key; the key itself when missing (the loader refuses
    // packs missing required keys, so this only shows during development).
    // A copy, not a reference: the key it may return is often a temporary
    // (text("still_there", ...)), which a reference would outlive.
    std::string text(const std::string& key, Language language) const;
};

}  // namespace kiosk
