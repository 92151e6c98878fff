#include "content/strict_json.hpp"

#include <unordered_set>
#include <vector>

#include "content/json_reader.hpp"
#include "content/shown_value.hpp"

namespace kiosk {

namespace {

// A hostile file may repeat a key a million times; the first few say enough.
constexpr size_t kMaxListedRepeats = 10;

// Where the parser is, as the stack of objects and arrays it has opened, and
// which keys each open object has named so far.
class KeyTracker {
  public:
    void open(bool isObject) {
        elementBegins();
        open_.push_back(Container{isObject, {}, {}, 0});
    }
    void close() {
        if (!open_.empty()) open_.pop_back();
    }
    void value() { elementBegins(); }
    void key(const std::string& name) {
        if (open_.empty()) return;
        Container& object = open_.back();
        if (!object.keys.insert(name).second) repeated_.push_back({pointerTo(name), name});
        object.key = name;
    }
    struct Repeat {
        std::string pointer;
        std::string key;
    };
    // The keys named again, in the order the parser met them.
    const std::vector<Repeat>& repeated() const { return repeated_; }

  private:
    struct Container {
        bool isObject = false;
        std::unordered_set<std::string> keys;
        std::string key;      // the member being read
        size_t elements = 0;  // array elements begun so far
    };

    void elementBegins() {
        if (!open_.empty() && !open_.back().isObject) ++open_.back().elements;
    }
    std::string pointerTo(const std::string& key) const {
        std::string pointer;
        for (size_t i = 0; i + 1 < open_.size(); ++i)
            pointer = open_[i].isObject ? childPointer(pointer, open_[i].key)
                                        : childPointer(pointer, open_[i].elements - 1);
        return childPointer(pointer, key);
    }

    std::vector<Container> open_;
    std::vector<Repeat> repeated_;
};

// nlohmann quotes what it read ("last read: '...'", "parsing '...'"), which
// may be a whole megabyte-long string; the message shows the start of it.
std::string withQuotedTokenCut(std::string message, const std::string& marker) {
    const size_t start = message.find(marker);
    if (start == std::string::npos) return message;
    const size_t from = start + marker.size();
    size_t end = message.rfind("'; expected ");
    if (end == std::string::npos || end < from) end = message.rfind('\'');
    if (end == std::string::npos || end < from) return message;
    return message.substr(0, from) + shownValue(message.substr(from, end - from)) +
           message.substr(end);
}

// "[json.exception.parse_error.101] parse error at line 3, ..." -> "at line 3, ...".
std::string parseErrorText(const std::string& what) {
    std::string text = what;
    const std::string tag = "] parse error ";
    const size_t at = text.find(tag);
    if (text.compare(0, 1, "[") == 0 && at != std::string::npos)
        text = text.substr(at + tag.size());
    return withQuotedTokenCut(text, "last read: '");
}

// "[json.exception.out_of_range.406] number overflow parsing '1e400'": a number
// too large for a double.
std::string outOfRangeText(const std::string& what) {
    std::string text = what;
    const size_t tag = text.find("] ");
    if (tag != std::string::npos) text = text.substr(tag + 2);
    return withQuotedTokenCut(text, "parsing '");
}

template <class Json>
std::optional<Json> parseStrict(const std::string& text, const std::string& file,
                                ProblemList& problems) {
    using Event = typename Json::parse_event_t;
    KeyTracker tracker;
    // The callback is copied into the parser; the tracker stays here.
    const auto track = [&tracker](int, Event event, Json& parsed) {
        switch (event) {
            case Event::object_start:
                tracker.open(true);
                break;
            case Event::array_start:
                tracker.open(false);
                break;
            case Event::object_end:
            case Event::array_end:
                tracker.close();
                break;
            case Event::key:
                tracker.key(parsed.template get_ref<const std::string&>());
                break;
            case Event::value:
                tracker.value();
                break;
        }
        return true;
    };
    Json document;
    try {
        document = Json::parse(text, track);
    } catch (const typename Json::parse_error& e) {
        problems.error(file, "", "not valid JSON: " + parseErrorText(e.what()));
        return std::nullopt;
    } catch (const typename Json::out_of_range& e) {
        problems.error(file, "", "not valid JSON: " + outOfRangeText(e.what()));
        return std::nullopt;
    }
    const auto& repeated = tracker.repeated();
    for (size_t i = 0; i < repeated.size() && i < kMaxListedRepeats; ++i)
        problems.error(file, shownValue(repeated[i].pointer),
                       "key \"" + shownValue(repeated[i].key) +
                           "\" is given more than once in its object; expected each key once "
                           "(a JSON reader would silently keep only the last)");
    if (repeated.size() > kMaxListedRepeats)
        problems.error(file, "",
                       std::to_string(repeated.size() - kMaxListedRepeats) +
                           " more keys given more than once (only the first " +
                           std::to_string(kMaxListedRepeats) + " are listed)");
    if (!repeated.empty()) return std::nullopt;
    return document;
}

}  // namespace

std::optional<nlohmann::json> parseStrictJson(const std::string& text, const std::string& file,
                                              ProblemList& problems) {
    return parseStrict<nlohmann::json>(text, file, problems);
}

std::optional<nlohmann::ordered_json> parseStrictOrderedJson(const std::string& text,
                                                             const std::string& file,
                                                             ProblemList& problems) {
    return parseStrict<nlohmann::ordered_json>(text, file, problems);
}

}  // namespace kiosk
