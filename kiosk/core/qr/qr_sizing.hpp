#pragma once

namespace kiosk {

// How large a QR code is drawn on the real screen.
//
// A visitor scans it with a phone held between themselves and the screen,
// 25 to 40 cm from the glass. A phone's camera preview (1080 pixels across,
// about 65 degrees wide) then sees 0.3 to 0.5 mm of the screen per camera
// pixel, and readers (ZXing, the phones' own) want two to three camera
// pixels a module: so a module of at least 1.2 mm. Modules are whole screen
// pixels, at least 2 (a one-pixel module blurs on a panel's subpixels).
struct QrSizeRules {
    double leastModuleMm = 1.2;
    int leastModulePx = 2;
};

struct QrSize {
    int modulePx = 0;     // screen pixels a module
    double moduleMm = 0;  // millimetres a module on the screen
    float sidePx = 0;     // the whole code with its quiet zone, pixels a side
    bool fits = true;     // false: the room given forced modules under the rules
};

// The size for a code `modules` across (quiet zone included) on a screen of
// `mmPerPx` (0: unknown, the rules' pixels alone), at least `preferredSidePx`
// wide where the room allows (so that a visitor notices it), and never wider
// than `roomPx`.
QrSize chooseQrSize(int modules, double mmPerPx, float roomPx, float preferredSidePx,
                    const QrSizeRules& rules = {});

}  // namespace kiosk
