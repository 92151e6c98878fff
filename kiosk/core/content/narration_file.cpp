#include "content/narration_file.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace kiosk {

std::string narrationFileDocument(const NarrationFile& file) {
    using nlohmann::json;
    std::string out = "{\n  \"voices\": {";
    size_t i = 0;
    for (const auto& [lang, voice] : file.voices)
        out += (i++ ? ", " : "") + json(lang).dump() + ": " + json(voice).dump();
    out += "},\n  \"clips\": [\n";
    for (size_t c = 0; c < file.clips.size(); ++c) {
        const NarrationFileClip& clip = file.clips[c];
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f", clip.seconds);
        out += "    {\"lang\": " + json(languageCode(clip.language)).dump() +
               ", \"text\": " + json(clip.text).dump(-1, ' ', false) +
               ", \"file\": " + json(clip.file).dump() + ", \"seconds\": " + seconds + "}" +
               (c + 1 < file.clips.size() ? ",\n" : "\n");
    }
    return out + "  ]\n}\n";
}

}  // namespace kiosk
