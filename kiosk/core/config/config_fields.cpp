#include "config/config_fields.hpp"

#include <algorithm>

namespace kiosk::config_fields {

using nlohmann::json;

namespace {

// Edits (insert, delete, replace) between two keys: a typo is one or two away.
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += "\"" + names[i] + "\"";
    }
    return out;
}

bool isAbsolute(const std::string& path) {
    return !path.empty() && path[0] == '/';
}

std::string resolve(const std::string& baseDir, const std::string& path) {
    if (isAbsolute(path) || baseDir.empty()) return path;
    return baseDir + "/" + path;
}

}  // namespace

std::string shownJson(const json& value) {
    return shownValue(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::string shownString(const std::string& text) {
    return shownJson(json(text));
}

void rejectUnknownKeys(JsonReader& reader, const json& object, const std::string& pointer,
                       const std::vector<std::string>& known) {
    if (!object.is_object()) return;
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        if (key.compare(0, 2, "//") == 0) continue;  // a comment: JSON has no other kind
        const std::string* nearest = nullptr;
        size_t best = 3;  // suggest only what is at most two edits away
        for (const auto& candidate : known) {
            // At least the difference in length apart: spares a hostile
            // megabyte-long key the full comparison.
            if (key.size() > candidate.size() + best) continue;
            const size_t d = editDistance(key, candidate);
            if (d < best) best = d, nearest = &candidate;
        }
        // The key is the last step of the pointer; a hostile one is cut there.
        reader.error(shownValue(childPointer(pointer, key)),
                     nearest ? "unknown key; did you mean \"" + *nearest + "\"?"
                             : "unknown key; expected " + quotedList(known));
    }
}

const json* section(JsonReader& reader, const json& object, const std::string& pointer,
                    const std::string& key) {
    const json* value = reader.field(object, pointer, key, false);
    if (!value || !reader.requireObject(*value, childPointer(pointer, key))) return nullptr;
    return value;
}

bool readPath(JsonReader& reader, const json& object, const std::string& pointer,
              const std::string& key, const std::string& baseDir, bool allowEmpty,
              std::string& out) {
    std::string text;
    if (!reader.readString(object, pointer, key, text, false)) return false;
    if (text.empty()) {
        if (allowEmpty) {
            out.clear();
            return true;
        }
        reader.error(childPointer(pointer, key), "is empty; expected a path");
        return false;
    }
    out = resolve(baseDir, text);
    return true;
}

bool readPathList(JsonReader& reader, const json& object, const std::string& pointer,
                  const std::string& key, const std::string& baseDir, bool absoluteOnly,
                  std::vector<std::string>& out) {
    std::vector<std::string> texts;
    if (!reader.readStringList(object, pointer, key, texts, false)) return false;
    const std::string where = childPointer(pointer, key);
    std::vector<std::string> paths;
    bool ok = true;
    for (size_t i = 0; i < texts.size(); ++i) {
        const std::string& text = texts[i];
        if (text.empty()) {
            reader.error(childPointer(where, i), "is empty; expected a path");
            ok = false;
        } else if (absoluteOnly && !isAbsolute(text)) {
            reader.error(
                childPointer(where, i),
                "is " + shownString(text) + "; expected an absolute path such as \"/media\"");
            ok = false;
        } else {
            paths.push_back(resolve(baseDir, text));
        }
    }
    if (ok) out = paths;
    return ok;
}

bool readByteCount(JsonReader& reader, const json& object, const std::string& pointer,
                   const std::string& key, std::uint64_t minValue, std::uint64_t maxValue,
                   std::uint64_t& out) {
    const json* value = reader.field(object, pointer, key, false);
    if (!value) return false;
    const std::string where = childPointer(pointer, key);
    const bool whole =
        value->is_number_unsigned() || (value->is_number_integer() && value->get<long long>() >= 0);
    if (!whole) {
        reader.error(where, std::string("is ") + jsonTypeName(*value) +
                                (value->is_number_integer() ? " below 0" : "") +
                                "; expected a whole number of bytes");
        return false;
    }
    const std::uint64_t bytes = value->get<std::uint64_t>();
    if (bytes < minValue || bytes > maxValue) {
        reader.error(where, "is " + std::to_string(bytes) + "; expected " +
                                std::to_string(minValue) + " to " + std::to_string(maxValue) +
                                " bytes");
        return false;
    }
    out = bytes;
    return true;
}

bool parseDayMinute(const std::string& text, bool allowEndOfDay, int& minute) {
    if (text.size() != 5 || text[2] != ':') return false;
    for (size_t i : {0, 1, 3, 4})
        if (text[i] < '0' || text[i] > '9') return false;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59) return false;
    if (hours == 24 && minutes == 0 && allowEndOfDay) {
        minute = 24 * 60;
        return true;
    }
    if (hours > 23) return false;
    minute = hours * 60 + minutes;
    return true;
}

}  // namespace kiosk::config_fields
