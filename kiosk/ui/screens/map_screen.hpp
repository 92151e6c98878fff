#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// Partner regions. Until the map is drawn from boundary data, this lists the
// associations by prefecture; with an association id as parameter it shows that
// association's member municipalities.
class MapScreen : public Screen {
public:
    void enter(const std::string& param, double now) override;
    void reset() override { scroll_.reset(); }
    bool animating(double now) const override { return Screen::animating(now) || scroll_.scroll().animating(); }

protected:
    Intent drawContent(const UiContext& ui) override;

private:
    float drawAssociation(const UiContext& ui, const Association& a, float x, float y, float w);
    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

}  // namespace kiosk::ui
