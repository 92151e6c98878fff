#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace kiosk {

// One line of a scripted session (kiosk --script FILE).
struct ScriptCommand {
    enum class Type { Tap, Drag, Wait, Shot, ExpectScreen, ExpectVersion, UsbScan };
    Type type = Type::Wait;
    int line = 0;          // 1-based line number in the file, for messages
    float x1 = 0, y1 = 0;  // tap X Y; drag X1 Y1 X2 Y2 MS
    float x2 = 0, y2 = 0;
    double milliseconds = 0;  // drag duration, wait; the version for expect-version
    std::string name;         // shot NAME, expect-screen NAME
};

struct ScriptParseResult {
    std::vector<ScriptCommand> commands;
    std::vector<std::string> errors;  // "FILE:LINE: what is wrong; expected ..."
};

// A script is a few hundred lines of under 100 bytes. Far above that, a file
// is something else given by mistake (a log, a picture, /dev/zero), refused
// with one message before it is read, or parsed, whole.
constexpr size_t kMaxScriptBytes = 1u << 20;
constexpr size_t kMaxScriptLineBytes = 1000;

// Reads the script at `path`: a regular file of at most kMaxScriptBytes.
// Returns "FILE: what is wrong", or an empty string.
std::string readSessionScriptFile(const std::string& path, std::string& text);

// Parses a script of lines `tap X Y`, `drag X1 Y1 X2 Y2 MS`, `wait MS`,
// `shot NAME`, `expect-screen NAME`, `expect-version N` (the pack on screen),
// `usb-scan` (one look at the mount roots
// for packs on USB sticks, installing what is there); blank lines and lines starting with '#' are
// ignored. NAME for shots is limited to [A-Za-z0-9_-] so it is a safe file name.
// A script must play input (a tap, drag or usb-scan) unless it has the line
// `no-input` (it only watches the kiosk left alone, as the attract loop's
// render tests do); one that does neither, or both, is refused with one
// message once its lines are otherwise right.
// A line over kMaxScriptLineBytes ends the parse with one error for it.
ScriptParseResult parseSessionScript(const std::string& text, const std::string& fileName);

// Taps and drags that land off a `width` x `height` screen reach nothing (a
// script written for a larger screen than the one it is played on): one
// message for each such line, "FILE:LINE: tap at X, Y is off the WxH screen
// ...", at most the first 100 and a count of the rest. Empty when all land.
std::vector<std::string> inputOffScreen(const std::vector<ScriptCommand>& commands, int width,
                                        int height, const std::string& fileName);

}  // namespace kiosk
