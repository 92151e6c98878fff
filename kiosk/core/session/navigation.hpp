#pragma once
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "session/access_choices.hpp"
#include "session/screen_id.hpp"

namespace kiosk {

// What a screen asks for when touched. Screens return intents; they never
// switch screens themselves.
struct Intent {
    enum class Type { None, Open, Back, Home, SetLanguage, SetAccess };
    Type type = Type::None;
    ScreenRef target{};                      // for Open
    AccessChoices access{};                  // for SetAccess: the visitor's choices from now on
    Language language = Language::Japanese;  // for SetLanguage

    static Intent none() { return {}; }
    static Intent open(ScreenId screen, std::string param = {}) {
        return {Type::Open, {screen, std::move(param)}};
    }
    static Intent back() { return {Type::Back, {}}; }
    static Intent home() { return {Type::Home, {}}; }
    static Intent setLanguage(Language language) {
        Intent i{Type::SetLanguage, {}};
        i.language = language;
        return i;
    }
    static Intent setAccess(const AccessChoices& choices) {
        Intent i{Type::SetAccess, {}};
        i.access = choices;
        return i;
    }
    explicit operator bool() const { return type != Type::None; }
};

// The visitor's path as a stack of screens: Back pops, Home returns to the root.
class Navigator {
  public:
    explicit Navigator(ScreenRef root = {ScreenId::Home, {}});

    const ScreenRef& current() const { return stack_.back(); }
    const ScreenRef& root() const { return stack_.front(); }
    bool canGoBack() const { return stack_.size() > 1; }
    size_t depth() const { return stack_.size(); }
    // The whole path, root first: what the header shows.
    const std::vector<ScreenRef>& path() const { return stack_; }

    // Opens a screen on top (nothing when it is already the current one). The
    // stack is capped so that a long visit cannot grow it without bound; the
    // oldest entries above the root go first.
    void open(const ScreenRef& screen);
    void back();
    void home();
    // Forgets the whole path (the next visitor starts fresh).
    void reset(const ScreenRef& root);

    static constexpr size_t kMaxDepth = 32;

  private:
    std::vector<ScreenRef> stack_;
};

}  // namespace kiosk
