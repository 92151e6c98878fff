#pragma once
#include "screen.hpp"

namespace kiosk::ui {

// The language list, opened by the language button when the pack offers more
// than two languages: one large button per language, each named in its own
// language and script, the one showing marked. A touch sets the language and
// returns to the screen the visitor came from.
class LanguageScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;

  protected:
    Intent drawContent(const UiContext& ui) override;
};

}  // namespace kiosk::ui
