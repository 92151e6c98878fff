#pragma once
#include <map>
#include <string>
#include <utility>

#include "content/localized_text.hpp"

namespace kiosk {

// One recording in the pack: an OGG file (a path inside the pack) and how
// long it plays.
struct NarrationClip {
    std::string file;
    double seconds = 0.0;
};

// The pack's spoken texts (narration.json): for each language, a recording
// of each text a visitor may hear, found by the exact text the screen shows
// in that language ("2016年9月16日", "Timeline", a summary, a place's name).
// Speech at run time only looks clips up and plays them in a row; what it
// composes ("3 of 13") it builds from clips of the pieces ("3", "of", "13").
class NarrationIndex {
  public:
    void add(Language language, std::string text, NarrationClip clip) {
        clips_[{language, std::move(text)}] = std::move(clip);
    }
    // The clip for this text in this language; null when the pack has none.
    const NarrationClip* find(Language language, const std::string& text) const {
        auto it = clips_.find({language, text});
        return it == clips_.end() ? nullptr : &it->second;
    }
    bool empty() const { return clips_.empty(); }
    // Whether any text is recorded in `language`: spoken guidance is offered
    // only in a language the pack's narration speaks.
    bool speaks(Language language) const {
        auto it = clips_.lower_bound({language, std::string()});
        return it != clips_.end() && it->first.first == language;
    }
    size_t size() const { return clips_.size(); }
    const std::map<std::pair<Language, std::string>, NarrationClip>& all() const { return clips_; }

  private:
    std::map<std::pair<Language, std::string>, NarrationClip> clips_;
};

}  // namespace kiosk
