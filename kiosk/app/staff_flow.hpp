#pragma once
#include <memory>

#include "input/pointer_event.hpp"
#include "input/rect.hpp"
#include "input/touch_frame.hpp"
#include "staff/staff_gesture.hpp"
#include "staff/staff_panel_state.hpp"
#include "staff/staff_services.hpp"
#include "staff_panel.hpp"

namespace kiosk {

// Everything about the staff: the hidden gesture (four corners clockwise from
// the top left) watching the visitors' touches, the PIN pad, the panel and its
// state, and the confirmed exit. Without attach() there are no staff: the
// gesture opens nothing.
class StaffFlow {
  public:
    // The PIN is handed to `check` (off the render thread; the verdict
    // follows a frame or more later); the panel works over `services`.
    void attach(StaffServices* services, PinCheck check);
    bool attached() const { return state_ != nullptr; }
    StaffServices* services() const { return services_; }

    // The PIN pad or the panel is up: every touch is the staff's.
    bool hasScreen() const { return state_ && !state_->closed(); }
    bool padUp() const { return state_ && state_->stage() == StaffPanelState::Stage::PinEntry; }
    // A PIN is being checked: the pad says so at once and the verdict shows
    // the frame it lands.
    bool checkingPin() const { return state_ && state_->checking(); }
    bool panelOpen() const { return state_ && state_->stage() == StaffPanelState::Stage::Open; }

    // A touch on its way to the visitors' screens, watched for the gesture.
    void watch(const PointerEvent& event, const Rect& screen);
    // Closes the pad or the panel once left alone long enough.
    void update(double now);
    // Draws the pad or the panel with the staff's touches in `ui`. True when
    // that closed it (back to the visitors' screens).
    bool draw(const ui::UiContext& ui);
    // The staff confirmed "exit kiosk".
    bool exitRequested() const { return exitRequested_; }

  private:
    void checkPin(double now);

    StaffServices* services_ = nullptr;
    std::unique_ptr<StaffPanelState> state_;
    StaffGesture gesture_;
    ui::StaffPanel panel_;
    bool exitRequested_ = false;
};

}  // namespace kiosk
