#include "runtime/soak_memory.hpp"

#include <cstdio>

namespace kiosk {

void SoakMemoryJudge::add(const SoakMemorySample& sample) {
    samples_.push_back(sample);
    const bool first = samples_.size() == 1;
    if (first || sample.cachedPictures > mostPictures_ ||
        sample.cachedPictureBytes > mostPictureBytes_) {
        baselineIndex_ = samples_.size() - 1;
        if (sample.cachedPictures > mostPictures_) mostPictures_ = sample.cachedPictures;
        if (sample.cachedPictureBytes > mostPictureBytes_)
            mostPictureBytes_ = sample.cachedPictureBytes;
    }
}

double SoakMemoryJudge::trendFromHours() const {
    // The later half, where whatever settles after the baseline has settled,
    // when it is long enough; else everything after the baseline.
    const double laterHalf = baseline().hours + hoursMeasured() / 2.0;
    return last().hours - laterHalf >= limits_.leastHoursForRate ? laterHalf : baseline().hours;
}

bool SoakMemoryJudge::trendKiBPerDay(double& kibPerDay) const {
    const double from = trendFromHours();
    if (last().hours - from < limits_.leastHoursForRate) return false;
    double n = 0, sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
    for (size_t i = baselineIndex_; i < samples_.size(); ++i) {
        const auto& s = samples_[i];
        if (s.hours < from) continue;
        const double x = s.hours - from, y = double(s.residentKiB);
        n += 1, sumX += x, sumY += y, sumXX += x * x, sumXY += x * y;
    }
    const double spread = n * sumXX - sumX * sumX;
    if (n < 3 || spread <= 0) return false;
    kibPerDay = (n * sumXY - sumX * sumY) / spread * 24.0;
    return true;
}

bool SoakMemoryJudge::withinLimits() const {
    if (samples_.empty()) return true;
    double perDay = 0;
    const bool rateOk = !trendKiBPerDay(perDay) || perDay <= double(limits_.maxGrowthKiBPerDay);
    return growthKiB() <= limits_.maxGrowthKiB && rateOk;
}

std::string SoakMemoryJudge::summary() const {
    if (samples_.empty()) return "no memory samples";
    char line[512];
    double perDay = 0;
    const bool judged = trendKiBPerDay(perDay);
    char trend[96];
    if (judged)
        std::snprintf(trend, sizeof trend, "%+.0f KiB a day over the last %.1f h (limit %ld)",
                      perDay, last().hours - trendFromHours(), limits_.maxGrowthKiBPerDay);
    else
        std::snprintf(trend, sizeof trend, "too short after the baseline to judge a daily trend");
    std::snprintf(line, sizeof line,
                  "baseline at %.1f simulated h, when the picture cache last grew (%zu pictures, "
                  "%.1f MB); rss since then %+ld KiB over %.1f h (limit %ld), %s; %+ld KiB since "
                  "the start",
                  baseline().hours, baseline().cachedPictures,
                  double(baseline().cachedPictureBytes) / 1e6, growthKiB(), hoursMeasured(),
                  limits_.maxGrowthKiB, trend, growthSinceStartKiB());
    return line;
}

}  // namespace kiosk
