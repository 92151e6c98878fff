#include "narration_step.hpp"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "build/narration_readings.hpp"
#include "build/narration_sources.hpp"
#include "build/narration_texts.hpp"
#include "content/json_reader.hpp"
#include "content/narration_file.hpp"
#include "content/pack_paths.hpp"
#include "content/sha256.hpp"
#include "content/sound_file_check.hpp"
#include "ogg_encoder.hpp"
#include "process_runner.hpp"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

constexpr int kClipRate = 16000;
constexpr const char* kNaistDictionary = "/var/lib/mecab/dic/naist-jdic";

}  // namespace

std::optional<std::vector<std::string>> runMecab(const std::vector<std::string>& lines) {
    std::string input;
    for (const auto& l : lines) input += l + "\n";
    std::vector<std::string> argv = {"mecab", "-Oyomi"};
    if (fs::exists(kNaistDictionary)) argv.insert(argv.end(), {"-d", kNaistDictionary});
    const ProcessResult result = runProcess(argv, input);
    if (!result.started || result.exitCode != 0) return std::nullopt;
    std::vector<std::string> out;
    std::istringstream stream(result.out);
    for (std::string line; std::getline(stream, line);) out.push_back(line);
    return out;
}

namespace {

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

bool writeBytes(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return bool(out);
}

// The clip's name: the same voice saying the same words is the same file.
std::string clipPath(const NarrationLine& line) {
    return std::string("narration/") + languageCode(line.language) + "/" +
           sha256OfBytes(line.voice + "\n" + line.speak).substr(0, 12) + ".ogg";
}

// espeak-ng speaking `line` into an OGG Vorbis file's bytes; empty on failure.
std::string synthesise(const NarrationLine& line, float quality) {
    // espeak-ng's own pace (175 words a minute) for both voices.
    const ProcessResult result =
        runProcess({"espeak-ng", "-v", line.voice, "-s", "175", "--stdout"}, line.speak);
    if (!result.started || result.exitCode != 0) return {};
    auto audio = readSpeechWav(result.out);
    if (!audio || audio->samples.empty()) return {};
    trimSilence(*audio, 0.05);
    if (audio->samples.empty()) return {};
    return encodeOggVorbis(resampled(*audio, kClipRate), quality);
}

struct ClipJob {
    NarrationLine line;
    std::string path;
    bool failed = false;
};

// Synthesises the clips no earlier build left, `processes` at a time.
void synthesiseAll(std::vector<ClipJob>& jobs, const fs::path& staging, int processes,
                   float quality) {
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < jobs.size(); i = next++) {
            const std::string bytes = synthesise(jobs[i].line, quality);
            jobs[i].failed = bytes.empty() || !writeBytes(staging / jobs[i].path, bytes);
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < std::max(1, processes); ++i) threads.emplace_back(work);
    for (auto& t : threads) t.join();
}

bool copyRecording(const std::string& sourceDir, const std::string& path, const fs::path& staging,
                   ProblemList& problems) {
    const std::string bytes = readBytes(fs::path(sourceDir) / path);
    if (bytes.empty()) {
        problems.error(kRecordingsFile, "", "recording \"" + path + "\" is missing or empty");
        return false;
    }
    const std::string problem = soundFileProblem(bytes);
    if (!problem.empty() || bytes.compare(0, 4, "OggS") != 0) {
        problems.error(kRecordingsFile, "",
                       "recording \"" + path + "\" is not OGG Vorbis that plays" +
                           (problem.empty() ? "" : ": " + problem));
        return false;
    }
    return writeBytes(staging / path, bytes);
}

std::optional<ReadingUpdate> readingsFor(const std::vector<NarrationText>& texts,
                                         const std::string& sourceDir, ProblemList& problems) {
    const ReadingSources sources = readReadingSources(sourceDir, problems);
    auto update = updateReadings(texts, sources, runMecab);
    if (!update) {
        problems.error(kJapaneseReadingsFile, "",
                       "readings are missing and mecab (packages mecab and mecab-naist-jdic) "
                       "cannot be run to derive them");
        return std::nullopt;
    }
    const std::string document = readingsDocument(update->readings);
    const fs::path file = fs::path(sourceDir) / kJapaneseReadingsFile;
    if (readBytes(file) != document && !writeBytes(file, document)) {
        problems.error(kJapaneseReadingsFile, "", "cannot write the readings into the source");
        return std::nullopt;
    }
    for (const auto& text : update->withKanji)
        problems.warning(kJapaneseReadingsFile, childPointer("", text),
                         "the reading still has kanji; give one in katakana");
    return update;
}

}  // namespace

bool buildNarration(const Pack& pack, const std::string& stagingDir,
                    const NarrationBuildOptions& options, std::vector<std::string>& written,
                    ProblemList& problems) {
    const fs::path staging(stagingDir);
    const std::vector<NarrationText> texts = narrationTexts(pack);
    const auto readings = readingsFor(texts, options.sourceDir, problems);
    if (!readings) return false;
    const Recordings recordings = readRecordings(options.sourceDir, problems);
    if (problems.hasErrors()) return false;

    size_t synthesised = 0;
    if (!writeNarration(narrationLines(texts, readings->readings), recordings, stagingDir, options,
                        written, synthesised, problems))
        return false;
    std::fprintf(stderr, "narration: %zu texts, %zu files, %zu synthesised, %zu readings derived\n",
                 texts.size(), written.size() - 1, synthesised, readings->derived);
    return true;
}

bool writeNarration(const std::vector<NarrationLine>& lines, const Recordings& recordings,
                    const std::string& stagingDir, const NarrationBuildOptions& options,
                    std::vector<std::string>& written, size_t& synthesised, ProblemList& problems) {
    const fs::path staging(stagingDir);
    NarrationFile file;
    std::vector<ClipJob> jobs;
    std::set<std::string> files;
    for (const NarrationLine& line : lines) {
        const auto recorded = recordings.find({line.language, line.text});
        std::string path = recorded != recordings.end() ? recorded->second : clipPath(line);
        file.clips.push_back({line.language, line.text, path, 0.0});
        if (!files.insert(path).second) continue;
        if (recorded != recordings.end()) {
            if (!copyRecording(options.sourceDir, path, staging, problems)) return false;
        } else if (const fs::path earlier = fs::path(options.previousOutput) / path;
                   !options.previousOutput.empty() && fs::exists(earlier)) {
            fs::create_directories((staging / path).parent_path());
            fs::copy_file(earlier, staging / path, fs::copy_options::overwrite_existing);
        } else {
            jobs.push_back({line, path});
        }
    }
    synthesiseAll(jobs, staging, options.processes, options.quality);
    synthesised = jobs.size();
    for (const auto& job : jobs)
        if (job.failed) {
            problems.error(kNarrationFile, "",
                           "espeak-ng (package espeak-ng) could not speak \"" + job.line.speak +
                               "\" (" + job.line.voice + ")");
            return false;
        }
    std::map<std::string, double> seconds;
    for (const auto& path : files) seconds[path] = oggVorbisSeconds((staging / path).string());
    for (auto& clip : file.clips) clip.seconds = std::round(seconds[clip.file] * 100.0) / 100.0;
    file.voices = {{"ja", "espeak-ng (ja) reading MeCab/NAIST readings"},
                   {"en", "espeak-ng (en-us)"},
                   {"ko", "espeak-ng (ko)"}};
    if (!writeBytes(staging / kNarrationFile, narrationFileDocument(file))) {
        problems.error(kNarrationFile, "", "cannot write");
        return false;
    }
    written.push_back(kNarrationFile);
    written.insert(written.end(), files.begin(), files.end());
    return true;
}

}  // namespace kiosk
