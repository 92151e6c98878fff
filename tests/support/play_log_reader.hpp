#pragma once
// The proof-of-play CSV the kiosk writes (runtime/proof_of_play.hpp), read back
// as the screens it showed, for tests that watch the real loop from outside.
#include <fstream>
#include <string>
#include <vector>

namespace kiosk::test {

struct PlayedShowing {
    std::string screen;
    double seconds = 0.0;
};

// Every row of `file` in order; screens consecutive rows repeat (the attract
// loop's slides) are merged, their seconds added up.
inline std::vector<PlayedShowing> readPlayedScreens(const std::string& file) {
    std::vector<PlayedShowing> shown;
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        // start,screen,item,seconds,mode: the item may be quoted with commas in
        // it, so the seconds are found from the end.
        const size_t first = line.find(',');
        const size_t second = line.find(',', first + 1);
        const size_t last = line.rfind(',');
        const size_t beforeLast = line.rfind(',', last - 1);
        if (first == std::string::npos || beforeLast == std::string::npos) continue;
        const std::string screen = line.substr(first + 1, second - first - 1);
        const double seconds = std::stod(line.substr(beforeLast + 1, last - beforeLast - 1));
        if (!shown.empty() && shown.back().screen == screen)
            shown.back().seconds += seconds;
        else
            shown.push_back({screen, seconds});
    }
    return shown;
}

}  // namespace kiosk::test
