#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "input/rect.hpp"

namespace kiosk {

// One part of the attract loop's call to action: "touch to start" in one
// language, and the box a touch on it hits.
struct CallToActionPart {
    Language language = Language::Japanese;
    Rect box;
};

// The attract loop's call to action: one part per language the pack speaks,
// in the pack's order, side by side along the bottom of the screen (in
// balanced rows when one row would make them too narrow), low enough to reach
// from a wheelchair. A touch on a part starts the visit in its language.
struct CallToAction {
    std::vector<CallToActionPart> parts;
    // Every part with its pulsing ring at its widest: slides keep their
    // content above reach.y, so nothing is drawn under the call to action.
    Rect reach;
    // How far the ring around each part reaches out at its widest.
    float ringReach = 0.0f;

    // The language of the part under `p`; none when `p` misses every part.
    std::optional<Language> languageAt(Point p) const;
};

// Design sizes of the call to action, in pixels of a 1080-pixel short side.
struct CallToActionMetrics {
    float partHeight = 120.0f;    // a large touch target, the type inside at title size
    float partWidth = 560.0f;     // each part at most
    float minRowPartWidth = 420;  // narrower than this, the parts stack
    float gap = 32.0f;            // between two parts
    float margin = 56.0f;         // from the screen's sides (the layout grid's margin)
    float bottomInset = 72.0f;    // from the screen's bottom edge to the lowest part
    float ringReach = 16.0f;      // the pulsing ring at its widest, outside a part
    float gridPartHeight = 0.8f;  // each part's height, as a share, when they take several rows
};

// Lays out the call to action on `screen` for `languages` (the pack's, in its
// order); `unit` is pixels per design pixel (the shorter side / 1080).
CallToAction layoutCallToAction(const Rect& screen, float unit,
                                const std::vector<Language>& languages,
                                const CallToActionMetrics& metrics = {});

// The pack's languages (pack.json "languages", in order) that the kiosk can
// show; a code it does not know is left out.
std::vector<Language> visitorLanguages(const std::vector<std::string>& codes);

}  // namespace kiosk
