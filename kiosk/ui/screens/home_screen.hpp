#pragma once
#include "screen.hpp"

namespace kiosk::ui {

// Big tiles, one for each screen the screen table gives a Home tile.
class HomeScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;

  protected:
    Intent drawContent(const UiContext& ui) override;
};

}  // namespace kiosk::ui
