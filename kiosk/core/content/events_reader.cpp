#include "content/json_reader.hpp"
#include "content/section_readers.hpp"
#include "content/web_link.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

std::optional<DatePrecision> parsePrecision(const std::string& id) {
    if (id == "day") return DatePrecision::Day;
    if (id == "days") return DatePrecision::Days;
    if (id == "range") return DatePrecision::Range;
    if (id == "month") return DatePrecision::Month;
    if (id == "unknown") return DatePrecision::Unknown;
    return std::nullopt;
}

void readDate(JsonReader& reader, const json& event, const std::string& ptr, EventDate& out) {
    const json* date = reader.field(event, ptr, "date", true);
    const std::string where = ptr + "/date";
    if (!date || !reader.requireObject(*date, where)) return;
    std::string precisionText;
    if (!reader.readString(*date, where, "precision", precisionText, true)) return;
    const auto precision = parsePrecision(precisionText);
    if (!precision) {
        reader.error(where + "/precision",
                     "\"" + precisionText +
                         "\" is not a precision; expected day, days, range, month or unknown");
        return;
    }
    out.precision = *precision;
    if (out.precision == DatePrecision::Unknown) {
        reader.readInt(*date, where, "year", out.yearHint, false, 1868, 2200);
        reader.readString(*date, where, "after", out.after, false);
        return;
    }
    const bool monthOnly = out.precision == DatePrecision::Month;
    std::string startText, endText;
    if (reader.readString(*date, where, "start", startText, true)) {
        const auto start = parseIsoDate(startText, monthOnly);
        if (!start)
            reader.error(where + "/start", "\"" + startText + "\" is not a real date; expected " +
                                               (monthOnly ? "YYYY-MM" : "YYYY-MM-DD"));
        else if (monthOnly && start->day != 0)
            reader.error(where + "/start",
                         "\"" + startText + "\" is a full date; precision month expects YYYY-MM");
        else
            out.start = *start;
    }
    out.end = out.start;
    const bool needsEnd =
        out.precision == DatePrecision::Days || out.precision == DatePrecision::Range;
    if (reader.readString(*date, where, "end", endText, needsEnd)) {
        const auto end = parseIsoDate(endText, monthOnly);
        if (!end) {
            reader.error(where + "/end",
                         "\"" + endText + "\" is not a real date; expected YYYY-MM-DD");
        } else {
            out.end = *end;
            if (out.start.year != 0 && *end < out.start)
                reader.error(where + "/end", "\"" + endText + "\" is before the start " +
                                                 out.start.iso() +
                                                 "; expected the end on or after the start");
        }
    }
}

void readBody(JsonReader& reader, const json& event, const std::string& ptr,
              std::vector<BodyBlock>& out) {
    const json* body = reader.field(event, ptr, "body", false);
    const std::string where = ptr + "/body";
    if (!body || !reader.requireArray(*body, where)) return;
    for (size_t i = 0; i < body->size(); ++i) {
        const std::string blockPtr = childPointer(where, i);
        const json& block = (*body)[i];
        if (!reader.requireObject(block, blockPtr)) continue;
        BodyBlock parsed;
        if (block.contains("p")) {
            LocalizedText text;
            if (reader.readText(block, blockPtr, "p", text, true)) parsed.paragraph = text;
        } else if (block.contains("list")) {
            reader.readTextList(block, blockPtr, "list", parsed.items);
        } else {
            reader.error(blockPtr,
                         "has neither \"p\" nor \"list\"; expected a paragraph or a bullet list");
            continue;
        }
        out.push_back(parsed);
    }
}

// "image_focus": {"x": 0.7, "y": 0.2}, each a fraction of the picture's side.
void readImageFocus(JsonReader& reader, const json& event, const std::string& ptr,
                    PictureFocus& out) {
    const json* focus = reader.field(event, ptr, "image_focus", false);
    const std::string where = ptr + "/image_focus";
    if (!focus || !reader.requireObject(*focus, where)) return;
    double x = out.x, y = out.y;
    const bool readX = reader.readNumber(*focus, where, "x", x, true, 0.0, 1.0);
    const bool readY = reader.readNumber(*focus, where, "y", y, true, 0.0, 1.0);
    if (readX && readY) out = {float(x), float(y)};
}

void readEvent(JsonReader& reader, const json& value, const std::string& ptr, Event& event) {
    if (reader.readString(value, ptr, "id", event.id, true) && !isStableId(event.id))
        reader.error(ptr + "/id", "\"" + event.id + "\" is not an id; expected a-z, 0-9 and '-'");
    std::string category;
    if (reader.readString(value, ptr, "category", category, true)) {
        const auto parsed = parseCategoryId(category);
        if (!parsed)
            reader.error(
                ptr + "/category",
                "\"" + category +
                    "\" is not a category; expected one of agreement, event_fair, exhibition, "
                    "lecture_symposium, mayors_meeting, national_policy, publication_web, other");
        else
            event.category = *parsed;
    }
    readDate(reader, value, ptr, event.date);
    reader.readString(value, ptr, "era", event.era, false);
    reader.readText(value, ptr, "title", event.title, true);
    reader.readText(value, ptr, "summary", event.summary, true);
    readBody(reader, value, ptr, event.body);
    reader.readText(value, ptr, "venue", event.venue, false);
    reader.readTextList(value, ptr, "people", event.people);
    if (reader.readStringList(value, ptr, "places", event.places, false)) {
        for (size_t i = 0; i < event.places.size(); ++i)
            if (!isLocalGovernmentCode(event.places[i]))
                reader.error(childPointer(ptr + "/places", i),
                             "\"" + event.places[i] +
                                 "\" is not a local-government code; expected five digits");
    }
    reader.readStringList(value, ptr, "associations", event.associations, false);
    reader.readString(value, ptr, "image", event.image, false);
    readImageFocus(reader, value, ptr, event.imageFocus);
    readWebLink(reader, value, ptr, "url", event.url);
    reader.readBool(value, ptr, "highlight", event.highlight);
}

}  // namespace

void readEventsFile(const json& document, const std::string& file, std::vector<Event>& out,
                    ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    const json* events = reader.field(document, "", "events", true);
    if (!events || !reader.requireArray(*events, "/events")) return;
    for (size_t i = 0; i < events->size(); ++i) {
        const std::string ptr = childPointer("/events", i);
        if (!reader.requireObject((*events)[i], ptr)) continue;
        const size_t errorsBefore = problems.errorCount();
        Event event;
        event.file = file;
        event.indexInFile = i;
        readEvent(reader, (*events)[i], ptr, event);
        if (problems.errorCount() == errorsBefore) out.push_back(std::move(event));
    }
}

}  // namespace kiosk
