#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/pack.hpp"

namespace kiosk {

// A visitor text as it stands in a pack file: an object whose keys are all
// language codes ({"ja": ..., "en": ..., "zh-Hans": ...}). Checks that read the
// files themselves, rather than the loaded Pack, can name the exact field.
struct TextField {
    std::string file;
    std::string pointer;  // the object's; one language's is childPointer(pointer, code)
    const nlohmann::json* value = nullptr;  // owned by the document it was found in

    // The text exactly in `language`; "" when absent, null or not a string.
    std::string in(Language language) const;
    std::string place() const { return file + ": " + pointer; }
};

// A non-empty object whose every key is a language code (languageCode()).
bool isTextObject(const nlohmann::json& value);

// Every text object in `document`, in document order (an object's keys sorted,
// as nlohmann::json keeps them); none is looked for inside one.
std::vector<TextField> findTextFields(const nlohmann::json& document, const std::string& file);

// A pack file that carries visitor texts, read whole.
struct TextDocument {
    std::string file;
    nlohmann::json json;
};

// The files whose texts a visitor reads: pack.json, the events, partners,
// stats, playlist, strings and schedule (not the generated municipality list,
// map or narration). A file that does not read is left out: the loader has
// already reported it.
std::vector<TextDocument> readTextDocuments(const std::string& packRoot,
                                            const PackContentFiles& content);

// Every text of those documents, which must outlive the result.
std::vector<TextField> findTextFields(const std::vector<TextDocument>& documents);

}  // namespace kiosk
