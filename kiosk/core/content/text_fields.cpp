#include "content/text_fields.hpp"

#include "content/json_reader.hpp"
#include "content/manifest.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

void collect(const json& value, const std::string& file, const std::string& pointer,
             std::vector<TextField>& out) {
    if (isTextObject(value)) {
        out.push_back({file, pointer, &value});
        return;
    }
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            collect(child, file, childPointer(pointer, key), out);
    else if (value.is_array())
        for (size_t i = 0; i < value.size(); ++i)
            collect(value[i], file, childPointer(pointer, i), out);
}

}  // namespace

std::string TextField::in(Language language) const {
    if (!value) return "";
    const auto it = value->find(languageCode(language));
    return it != value->end() && it->is_string() ? it->get<std::string>() : "";
}

bool isTextObject(const json& value) {
    if (!value.is_object() || value.empty()) return false;
    Language language;
    for (const auto& [key, child] : value.items())
        if (!parseLanguageCode(key, language)) return false;
    return true;
}

std::vector<TextField> findTextFields(const json& document, const std::string& file) {
    std::vector<TextField> out;
    collect(document, file, "", out);
    return out;
}

std::vector<TextDocument> readTextDocuments(const std::string& packRoot,
                                            const PackContentFiles& content) {
    std::vector<std::string> files = {kManifestFile};
    files.insert(files.end(), content.events.begin(), content.events.end());
    for (const std::string* p : {&content.partners, &content.stats, &content.playlist,
                                 &content.strings, &content.schedule})
        if (!p->empty()) files.push_back(*p);
    std::vector<TextDocument> documents;
    for (const auto& file : files) {
        ProblemList ignored;  // the loader has read and reported these files
        if (auto document = readJsonFile(packRoot, file, ignored))
            documents.push_back({file, std::move(*document)});
    }
    return documents;
}

std::vector<TextField> findTextFields(const std::vector<TextDocument>& documents) {
    std::vector<TextField> out;
    for (const auto& d : documents) {
        auto found = findTextFields(d.json, d.file);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace kiosk
