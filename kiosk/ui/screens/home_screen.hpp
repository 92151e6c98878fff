#pragma once
#include "screen.hpp"

namespace kiosk::ui {

// Six big tiles: timeline, highlights, map, partners, numbers, about.
class HomeScreen : public Screen {
  protected:
    Intent drawContent(const UiContext& ui) override;
};

}  // namespace kiosk::ui
