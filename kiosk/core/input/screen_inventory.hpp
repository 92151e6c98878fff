#pragma once
#include <optional>
#include <string>
#include <vector>

#include "input/rect.hpp"

namespace kiosk {

// Something a visitor can touch, as drawn in one frame: where it is and what
// it says (its label, in the screen's language), which is what speech reads
// out when a finger explores it.
struct TouchTarget {
    Rect rect;
    std::string label;
    // Only part of it shows (a card scrolled half out of its list): `rect` is
    // that part, smaller than the target a visitor scrolls into view.
    bool cut = false;
};

// A run of text as drawn: where, how tall its type is (the font's size in
// pixels) and what it says.
struct TextRun {
    Rect rect;
    float typePx = 0.0f;
    std::string text;
};

// A QR code as drawn: where (its quiet zone included), how many modules
// across that is, and the link it opens.
struct CodeRun {
    Rect rect;
    int modules = 0;
    std::string link;
};

// What one frame put on screen that a visitor touches or reads. Drawing code
// records into it (widgets their targets, text blocks their runs); speech
// asks what lies under a finger, and the access check measures the smallest
// target and type and what lies out of reach. Plain data, no drawing.
class ScreenInventory {
  public:
    void clear() {
        targets_.clear();
        texts_.clear();
        codes_.clear();
    }
    void addTarget(const Rect& rect, std::string label, bool cut = false) {
        targets_.push_back({rect, std::move(label), cut});
    }
    void addText(const Rect& rect, float typePx, std::string text) {
        texts_.push_back({rect, typePx, std::move(text)});
    }
    void addCode(const Rect& rect, int modules, std::string link) {
        codes_.push_back({rect, modules, std::move(link)});
    }
    const std::vector<TouchTarget>& targets() const { return targets_; }
    const std::vector<CodeRun>& codes() const { return codes_; }
    const std::vector<TextRun>& texts() const { return texts_; }

    // The target under a point: the last one drawn there (drawn on top).
    std::optional<TouchTarget> targetAt(const Point& p) const {
        for (auto it = targets_.rbegin(); it != targets_.rend(); ++it)
            if (it->rect.contains(p)) return *it;
        return std::nullopt;
    }
    // The text under a point, last drawn first.
    std::optional<TextRun> textAt(const Point& p) const {
        for (auto it = texts_.rbegin(); it != texts_.rend(); ++it)
            if (it->rect.contains(p)) return *it;
        return std::nullopt;
    }

  private:
    std::vector<TouchTarget> targets_;
    std::vector<TextRun> texts_;
    std::vector<CodeRun> codes_;
};

}  // namespace kiosk
