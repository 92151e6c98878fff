#pragma once
#include "screen.hpp"

namespace kiosk::ui {

// Big tiles, one for each screen the screen table gives a Home tile.
class HomeScreen : public Screen {
  protected:
    Intent drawContent(const UiContext& ui) override;
};

}  // namespace kiosk::ui
