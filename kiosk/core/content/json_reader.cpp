#include "content/json_reader.hpp"

#include <sys/stat.h>

#include "content/pack_paths.hpp"
#include "system/small_file.hpp"
#include "content/strict_json.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

// Deepest nesting of arrays and objects, scanning outside strings. Done before
// parsing so that a file of a million '[' is refused without building it.
int nestingDepth(const std::string& text) {
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

}  // namespace

const char* jsonTypeName(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::object:
            return "an object";
        case json::value_t::array:
            return "an array";
        case json::value_t::string:
            return "a string";
        case json::value_t::boolean:
            return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return "an integer";
        case json::value_t::number_float:
            return "a number";
        default:
            return "an unsupported value";
    }
}

std::optional<json> readJsonFile(const std::string& packRoot, const std::string& path,
                                 ProblemList& problems, const JsonLimits& limits) {
    const std::string pathProblem = packPathProblem(path);
    if (!pathProblem.empty()) {
        problems.error(path, "", pathProblem);
        return std::nullopt;
    }
    struct stat st {};
    const std::string kindProblem = plainFileBelowProblem(packRoot, path, st);
    if (!kindProblem.empty()) {
        problems.error(path, "", kindProblem == "file is missing"
                                     ? "file is missing; expected it in the pack"
                                     : kindProblem);
        return std::nullopt;
    }
    return readJsonFileAt(joinPackPath(packRoot, path), path, problems, limits);
}

std::optional<json> readJsonFileAt(const std::string& fullPath, const std::string& file,
                                   ProblemList& problems, const JsonLimits& limits) {
    // One read of a regular file within the cap (system/small_file), so that a
    // name swapped for a FIFO or a device after a look cannot block or flood it.
    std::string text;
    const std::string why = readSmallFile(fullPath, limits.maxFileBytes, text);
    if (!why.empty()) {
        problems.error(file, "", "file " + why);
        return std::nullopt;
    }
    const int depth = nestingDepth(text);
    if (depth > limits.maxDepth) {
        problems.error(file, "",
                       "nesting is " + std::to_string(depth) + " levels deep; expected at most " +
                           std::to_string(limits.maxDepth));
        return std::nullopt;
    }
    return parseStrictJson(text, file, problems);
}

std::string childPointer(const std::string& pointer, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + "/" + escaped;
}

std::string childPointer(const std::string& pointer, size_t index) {
    return pointer + "/" + std::to_string(index);
}

const json* JsonReader::field(const json& object, const std::string& pointer,
                              const std::string& key, bool required) {
    if (!object.is_object()) return nullptr;
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) error(childPointer(pointer, key), "missing; this field is required");
        return nullptr;
    }
    return &*it;
}

bool JsonReader::requireObject(const json& value, const std::string& pointer) {
    if (value.is_object()) return true;
    error(pointer, std::string("is ") + jsonTypeName(value) + "; expected an object");
    return false;
}

bool JsonReader::requireArray(const json& value, const std::string& pointer) {
    if (value.is_array()) return true;
    error(pointer, std::string("is ") + jsonTypeName(value) + "; expected an array");
    return false;
}

bool JsonReader::stringValue(const json& value, const std::string& pointer, std::string& out) {
    if (!value.is_string()) {
        error(pointer, std::string("is ") + jsonTypeName(value) + "; expected a string");
        return false;
    }
    const auto& s = value.get_ref<const std::string&>();
    if (s.size() > limits_.maxStringBytes) {
        error(pointer, "string is " + std::to_string(s.size()) + " bytes; expected at most " +
                           std::to_string(limits_.maxStringBytes));
        return false;
    }
    out = s;
    return true;
}

bool JsonReader::readString(const json& object, const std::string& pointer, const std::string& key,
                            std::string& out, bool required) {
    const json* value = field(object, pointer, key, required);
    if (!value) return false;
    return stringValue(*value, childPointer(pointer, key), out);
}

bool JsonReader::readInt(const json& object, const std::string& pointer, const std::string& key,
                         int& out, bool required, int minValue, int maxValue) {
    const json* value = field(object, pointer, key, required);
    if (!value) return false;
    const std::string where = childPointer(pointer, key);
    if (!value->is_number_integer()) {
        error(where, std::string("is ") + jsonTypeName(*value) + "; expected an integer");
        return false;
    }
    // Above LLONG_MAX get<long long>() wraps; show the number as written.
    const bool tooLarge =
        value->is_number_unsigned() &&
        value->get<unsigned long long>() > static_cast<unsigned long long>(maxValue);
    const long long v = tooLarge ? 0 : value->get<long long>();
    if (tooLarge || v < minValue || v > maxValue) {
        error(where, "is " + value->dump() + "; expected " + std::to_string(minValue) + " to " +
                         std::to_string(maxValue));
        return false;
    }
    out = static_cast<int>(v);
    return true;
}

bool JsonReader::readNumber(const json& object, const std::string& pointer, const std::string& key,
                            double& out, bool required, double minValue, double maxValue) {
    const json* value = field(object, pointer, key, required);
    if (!value) return false;
    const std::string where = childPointer(pointer, key);
    if (!value->is_number()) {
        error(where, std::string("is ") + jsonTypeName(*value) + "; expected a number");
        return false;
    }
    const double v = value->get<double>();
    if (!(v >= minValue && v <= maxValue)) {
        std::ostringstream msg;
        msg << "is " << v << "; expected " << minValue << " to " << maxValue;
        error(where, msg.str());
        return false;
    }
    out = v;
    return true;
}

bool JsonReader::readBool(const json& object, const std::string& pointer, const std::string& key,
                          bool& out) {
    const json* value = field(object, pointer, key, false);
    if (!value) return false;
    if (!value->is_boolean()) {
        error(childPointer(pointer, key),
              std::string("is ") + jsonTypeName(*value) + "; expected true or false");
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool JsonReader::readTextValue(const json& value, const std::string& pointer, LocalizedText& out) {
    if (!value.is_object()) {
        error(pointer, std::string("is ") + jsonTypeName(value) +
                           "; expected an object with \"ja\" and \"en\" strings");
        return false;
    }
    bool ok = true;
    for (const Language language : allLanguages()) {
        const std::string code = languageCode(language);
        std::string& slot = out.exactly(language);
        // Japanese and English are every text's base; the other languages are
        // the pack's choice, and the validator sums up what each one lacks.
        const bool base = language == Language::Japanese || language == Language::English;
        auto it = value.find(code);
        if (it == value.end() || it->is_null()) {
            if (base)
                warning(childPointer(pointer, code),
                        std::string("missing translation; expected the text in ") +
                            languageEnglishName(language));
            continue;
        }
        if (!stringValue(*it, childPointer(pointer, code), slot)) {
            ok = false;
            continue;
        }
        if (slot.empty() && base)
            warning(childPointer(pointer, code),
                    std::string("empty translation; expected the text in ") +
                        languageEnglishName(language));
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        Language known;
        if (!parseLanguageCode(it.key(), known))
            warning(childPointer(pointer, it.key()),
                    "is not a language this kiosk shows; expected ja, en, zh-Hans, zh-Hant or ko");
    }
    if (ok && out.empty()) {
        error(pointer, "has no text in any language; expected \"ja\" and \"en\"");
        return false;
    }
    return ok;
}

bool JsonReader::readText(const json& object, const std::string& pointer, const std::string& key,
                          LocalizedText& out, bool required) {
    const json* value = field(object, pointer, key, required);
    if (!value) return false;
    return readTextValue(*value, childPointer(pointer, key), out);
}

bool JsonReader::readTextList(const json& object, const std::string& pointer,
                              const std::string& key, std::vector<LocalizedText>& out) {
    const json* value = field(object, pointer, key, false);
    if (!value) return false;
    const std::string where = childPointer(pointer, key);
    if (!requireArray(*value, where)) return false;
    bool ok = true;
    for (size_t i = 0; i < value->size(); ++i) {
        LocalizedText text;
        if (readTextValue((*value)[i], childPointer(where, i), text))
            out.push_back(text);
        else
            ok = false;
    }
    return ok;
}

bool JsonReader::readStringList(const json& object, const std::string& pointer,
                                const std::string& key, std::vector<std::string>& out,
                                bool required) {
    const json* value = field(object, pointer, key, required);
    if (!value) return false;
    const std::string where = childPointer(pointer, key);
    if (!requireArray(*value, where)) return false;
    bool ok = true;
    for (size_t i = 0; i < value->size(); ++i) {
        std::string s;
        if (stringValue((*value)[i], childPointer(where, i), s))
            out.push_back(s);
        else
            ok = false;
    }
    return ok;
}

}  // namespace kiosk
