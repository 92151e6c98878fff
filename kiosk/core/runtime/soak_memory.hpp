#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

// Judges a soak's resident memory: flat for weeks means no growth once the
// kiosk has seen what it will keep. The picture cache keeps what was shown
// lately up to its byte budget, so the first time a visitor's taps reach a
// rare picture (hour 29 of one 72-hour soak) memory steps up by that picture
// and stays there; that is the cache filling, not a leak. So the baseline is
// the last sample at which the cache held more than ever before (its
// high-water mark in pictures or bytes), and growth counts from there.
//
// A step at the baseline is forgiven; a slow leak is not: besides the growth
// since the baseline, the rate over the later half of what was measured after
// it (least squares over the samples; all of it after the baseline when the
// half is shorter than 12 hours) must stay under a daily limit, so 1 MiB a day
// fails a 72-hour soak unless the cache filled up in its last 12 hours.
struct SoakMemorySample {
    double hours = 0.0;  // simulated hours since the soak's start
    long residentKiB = 0;
    size_t cachedPictures = 0;
    uint64_t cachedPictureBytes = 0;
};

struct SoakMemoryLimits {
    long maxGrowthKiB = 2048;         // since the baseline
    long maxGrowthKiBPerDay = 512;    // the later half's trend
    double leastHoursForRate = 12.0;  // the later half must span this much to be judged
};

class SoakMemoryJudge {
  public:
    explicit SoakMemoryJudge(SoakMemoryLimits limits = {}) : limits_(limits) {}

    void add(const SoakMemorySample& sample);

    const SoakMemorySample& baseline() const { return samples_.at(baselineIndex_); }
    const SoakMemorySample& last() const { return samples_.back(); }
    long growthKiB() const { return last().residentKiB - baseline().residentKiB; }
    // Growth from the first sample, as the soak counted it before.
    long growthSinceStartKiB() const { return last().residentKiB - samples_.front().residentKiB; }
    double hoursMeasured() const { return last().hours - baseline().hours; }
    // KiB a day over the later half after the baseline (or all of it after
    // the baseline when the half is too short); false when even that is too
    // short, or has too few samples, to judge.
    bool trendKiBPerDay(double& kibPerDay) const;

    bool withinLimits() const;
    // One line for the soak's report: baseline, growth, trend and limits.
    std::string summary() const;

  private:
    double trendFromHours() const;

    SoakMemoryLimits limits_;
    std::vector<SoakMemorySample> samples_;
    size_t baselineIndex_ = 0;
    size_t mostPictures_ = 0;
    uint64_t mostPictureBytes_ = 0;
};

}  // namespace kiosk
