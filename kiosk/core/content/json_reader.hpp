#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/problem.hpp"

namespace kiosk {

// Limits that keep a hostile or broken file from exhausting the kiosk.
struct JsonLimits {
    size_t maxFileBytes = 8u << 20;  // one JSON file
    int maxDepth = 32;               // nesting of arrays and objects
    size_t maxStringBytes = 16384;   // one string value
};

// Reads a JSON file inside a pack. Reports a missing, oversized, too deeply
// nested or malformed file as an error naming the file and returns nothing.
std::optional<nlohmann::json> readJsonFile(const std::string& packRoot, const std::string& path,
                                           ProblemList& problems, const JsonLimits& limits = {});
// The same for a file anywhere (a configuration file): `fullPath` is read,
// problems name it as `file`.
std::optional<nlohmann::json> readJsonFileAt(const std::string& fullPath, const std::string& file,
                                             ProblemList& problems, const JsonLimits& limits = {});

// Appends a key to a JSON pointer, escaping it as RFC 6901 asks.
std::string childPointer(const std::string& pointer, const std::string& key);
std::string childPointer(const std::string& pointer, size_t index);

// Typed field access that reports every problem with its place and keeps going,
// so one run lists all that is wrong with a file.
class JsonReader {
  public:
    JsonReader(std::string file, ProblemList& problems, JsonLimits limits = {})
        : file_(std::move(file)), problems_(problems), limits_(limits) {}

    const std::string& file() const { return file_; }
    ProblemList& problems() { return problems_; }

    // The value of `key`, or null after reporting it (when required) as missing.
    const nlohmann::json* field(const nlohmann::json& object, const std::string& pointer,
                                const std::string& key, bool required);

    bool requireObject(const nlohmann::json& value, const std::string& pointer);
    bool requireArray(const nlohmann::json& value, const std::string& pointer);

    bool readString(const nlohmann::json& object, const std::string& pointer,
                    const std::string& key, std::string& out, bool required);
    bool readInt(const nlohmann::json& object, const std::string& pointer, const std::string& key,
                 int& out, bool required, int minValue, int maxValue);
    bool readBool(const nlohmann::json& object, const std::string& pointer, const std::string& key,
                  bool& out);
    bool readNumber(const nlohmann::json& object, const std::string& pointer,
                    const std::string& key, double& out, bool required, double minValue,
                    double maxValue);
    // {"ja": ..., "en": ...}; a missing or empty translation is a warning.
    bool readText(const nlohmann::json& object, const std::string& pointer, const std::string& key,
                  LocalizedText& out, bool required);
    bool readTextValue(const nlohmann::json& value, const std::string& pointer, LocalizedText& out);
    bool readTextList(const nlohmann::json& object, const std::string& pointer,
                      const std::string& key, std::vector<LocalizedText>& out);
    bool readStringList(const nlohmann::json& object, const std::string& pointer,
                        const std::string& key, std::vector<std::string>& out, bool required);

    void error(const std::string& pointer, const std::string& message) {
        problems_.error(file_, pointer, message);
    }
    void warning(const std::string& pointer, const std::string& message) {
        problems_.warning(file_, pointer, message);
    }

  private:
    bool stringValue(const nlohmann::json& value, const std::string& pointer, std::string& out);

    std::string file_;
    ProblemList& problems_;
    JsonLimits limits_;
};

const char* jsonTypeName(const nlohmann::json& value);

}  // namespace kiosk
