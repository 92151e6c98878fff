// libFuzzer target: see fuzz_entry_points.hpp and tests/fuzz/run.sh.
#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    kiosk::fuzz::pictureHeader(data, size);
    return 0;
}
