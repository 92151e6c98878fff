#pragma once
#include <string>
#include <vector>

namespace kiosk {

// A program run as a separate process (espeak-ng, mecab): never linked, so the
// kiosk and its package need neither at run time.
struct ProcessResult {
    bool started = false;
    int exitCode = -1;
    std::string out;  // all of its standard output
};

// Runs `argv` (argv[0] looked up on PATH) with `input` on its standard input
// (from a temporary file, so a large input and output cannot block each
// other), collecting its standard output; its standard error is discarded.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& input);

}  // namespace kiosk
