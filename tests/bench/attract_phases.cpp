#include "attract_phases.hpp"

#include <map>
#include <stdexcept>

#include "content/pack_loader.hpp"
#include "pacing/attract_pacing.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk::bench {

namespace {

struct Share {
    double seconds = 0.0, cpuSeconds = 0.0;
};

nlohmann::json shares(const std::map<std::string, Share>& byName, double wholeSeconds) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [name, s] : byName)
        out[name] = {{"seconds", s.seconds},
                     {"cpu_seconds", s.cpuSeconds},
                     {"percent_of_one_core", 100.0 * s.cpuSeconds / wholeSeconds}};
    return out;
}

}  // namespace

nlohmann::json attractCpuByPhase(const std::string& packDir,
                                 const std::vector<LoopCpuInterval>& intervals) {
    const PackLoadResult loaded = loadPack(packDir);
    if (!loaded.pack) throw std::runtime_error("the pack does not load: " + packDir);
    const AttractPlaylist playlist(*loaded.pack);
    std::map<std::string, Share> phases, slides;
    double whole = 0.0;
    for (const LoopCpuInterval& i : intervals) {
        const double t = (i.fromLoopSeconds + i.toLoopSeconds) * 0.5;
        const AttractPosition at = playlist.positionAt(t);
        const AttractSlide slide = playlist.slideAt(t, at.index);
        const double seconds = i.toLoopSeconds - i.fromLoopSeconds;
        for (Share* s :
             {&phases[attractPhaseName(attractPhase(at, {}, slide.moves))], &slides[slide.type]}) {
            s->seconds += seconds;
            s->cpuSeconds += i.cpuSeconds;
        }
        whole += seconds;
    }
    if (whole <= 0.0) throw std::runtime_error("no time of the attract loop to share out");
    return {{"phases", shares(phases, whole)}, {"slides", shares(slides, whole)}};
}

nlohmann::json measureAttractPhases(const KioskRunSettings& run, double seconds) {
    // Nobody touches it: the loop runs on as in a lobby.
    const std::string err = run.workDir + "/phases.err";
    const auto kiosk = startKiosk(run, {"--idle-seconds", "3600"}, err);
    // The loop's clock started as the first frame began; startKiosk returns
    // within 50 ms of its being presented, which under llvmpipe is a tenth of
    // a second later (BENCHMARKS.md, "The glyph atlas kept between starts").
    // Off by a few hundredths at most, against pushes of a second.
    const double loopStart = monotonicSeconds() - 0.15;
    std::vector<LoopCpuInterval> intervals;
    double cpu = kiosk->cpuSeconds(), at = monotonicSeconds() - loopStart;
    while (at < seconds) {
        if (kiosk->waitExit(0.05) >= 0)
            throw std::runtime_error("kiosk exited: " + readTextFile(err));
        const double cpuNow = kiosk->cpuSeconds(), now = monotonicSeconds() - loopStart;
        intervals.push_back({at, now, cpuNow - cpu});
        cpu = cpuNow;
        at = now;
    }
    kiosk->stop();
    nlohmann::json result = attractCpuByPhase(run.packDir, intervals);
    double cpuSeconds = 0.0;
    for (const LoopCpuInterval& i : intervals) cpuSeconds += i.cpuSeconds;
    const double elapsed = intervals.back().toLoopSeconds - intervals.front().fromLoopSeconds;
    result["seconds"] = elapsed;
    result["cpu_seconds"] = cpuSeconds;
    result["cpu_percent_of_one_core"] = 100.0 * cpuSeconds / elapsed;
    return result;
}

}  // namespace kiosk::bench
