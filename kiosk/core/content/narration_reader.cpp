// narration.json: the pack's recordings of the texts a visitor may hear. Every
// clip is checked at load time like a sound, so that speech never plays silence
// or a stranger's file.
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "content/json_reader.hpp"
#include "content/narration_file.hpp"
#include "content/pack_paths.hpp"
#include "content/sound_file_check.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

// A narration clip is short: a long summary spoken slowly is under two minutes.
constexpr uint64_t kMaxClipBytes = 4u << 20;

void rejectOtherKeys(JsonReader& reader, const json& object, const std::string& pointer,
                     const std::set<std::string>& known) {
    std::string names;
    for (const auto& key : known) names += (names.empty() ? "" : ", ") + key;
    for (const auto& [key, value] : object.items())
        if (!known.count(key))
            reader.error(childPointer(pointer, key), "unknown key; expected " + names);
}

// Empty when the clip at `full` is OGG Vorbis: its headers and length are read
// (thousands of clips decoded whole would slow every load; the build made them
// with libvorbis and the manifest's SHA-256 says they are unchanged since).
std::string clipProblem(const std::string& full) {
    std::ifstream in(full, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string b = bytes.str();
    if (b.compare(0, 4, "OggS") != 0)
        return "is not OGG Vorbis (narration clips are OGG; a WAV must be encoded first)";
    const std::string problem = oggHeaderProblem(b);
    return problem.empty() ? "" : "cannot be played: " + problem;
}

class ClipReader {
  public:
    ClipReader(const std::string& root, JsonReader& reader, const ListedFiles& listed,
               bool checkClips)
        : root_(root), reader_(reader), listed_(listed), checkClips_(checkClips), below_(root) {}

    void read(const json& entry, const std::string& ptr, NarrationIndex& out) {
        if (!reader_.requireObject(entry, ptr)) return;
        rejectOtherKeys(reader_, entry, ptr, {"lang", "text", "file", "seconds"});
        std::string lang, text, path;
        double seconds = 0;
        const bool complete =
            reader_.readString(entry, ptr, "lang", lang, true) &
            reader_.readString(entry, ptr, "text", text, true) &
            reader_.readString(entry, ptr, "file", path, true) &
            reader_.readNumber(entry, ptr, "seconds", seconds, true, 0.0, double(kMaxSoundSeconds));
        if (!complete) return;
        Language language;
        if (!parseLanguageCode(lang, language)) {
            reader_.error(
                ptr + "/lang",
                "\"" + lang + "\" is not a language; expected ja, en, zh-Hans, zh-Hant or ko");
            return;
        }
        if (!seen_.insert({language, text}).second) {
            reader_.error(ptr + "/text",
                          "\"" + text + "\" (" + lang + ") has a clip already; expected one each");
            return;
        }
        if (!fileIsGood(ptr + "/file", path)) return;
        out.add(language, text, NarrationClip{path, seconds});
    }

  private:
    // Each file is checked once, however many texts share it.
    bool fileIsGood(const std::string& ptr, const std::string& path) {
        const auto known = checked_.find(path);
        if (known != checked_.end()) return known->second;
        bool good = false;
        if (const auto full =
                checkReferencedFile(below_, root_, reader_.file(), ptr, path, listed_,
                                    "narration clip", kMaxClipBytes, reader_.problems())) {
            const std::string problem = checkClips_ ? clipProblem(*full) : std::string();
            if (!problem.empty()) reader_.error(ptr, "narration clip \"" + path + "\" " + problem);
            good = problem.empty();
        }
        return checked_[path] = good;
    }

    const std::string& root_;
    JsonReader& reader_;
    const ListedFiles& listed_;
    const bool checkClips_;
    PlainFilesBelow below_;
    std::set<std::pair<Language, std::string>> seen_;
    std::map<std::string, bool> checked_;
};

}  // namespace

void readNarrationFile(const std::string& root, const json& document, const std::string& file,
                       const ListedFiles& listed, NarrationIndex& out, ProblemList& problems,
                       bool checkClips) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    rejectOtherKeys(reader, document, "", {"voices", "clips"});
    if (const json* voices = reader.field(document, "", "voices", true);
        voices && reader.requireObject(*voices, "/voices"))
        for (const auto& [lang, voice] : voices->items()) {
            Language language;
            if (!parseLanguageCode(lang, language))
                reader.error(
                    childPointer("/voices", lang),
                    "\"" + lang + "\" is not a language; expected ja, en, zh-Hans, zh-Hant or ko");
            else if (!voice.is_string())
                reader.error(childPointer("/voices", lang), "expected who speaks, as a string");
        }
    const json* clips = reader.field(document, "", "clips", true);
    if (!clips || !reader.requireArray(*clips, "/clips")) return;
    ClipReader clipReader(root, reader, listed, checkClips);
    for (size_t i = 0; i < clips->size(); ++i)
        clipReader.read((*clips)[i], childPointer("/clips", i), out);
}

}  // namespace kiosk
