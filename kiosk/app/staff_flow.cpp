#include "staff_flow.hpp"

#include <utility>

namespace kiosk {

void StaffFlow::attach(StaffServices* services, PinCheck check) {
    services_ = services;
    // The gate only counts and locks out here: `check` does the verifying.
    state_ = std::make_unique<StaffPanelState>(PinGate(PinVerifier{}));
    state_->setPinCheck(std::move(check));
}

void StaffFlow::watch(const PointerEvent& event, const Rect& screen) {
    // The gesture only watches; the touches still reach the screen below.
    if (state_ && gesture_.onPointer(event, screen)) state_->askForPin(event.time);
}

void StaffFlow::update(double now) {
    if (state_) state_->update(now);
}

bool StaffFlow::draw(const ui::UiContext& ui) {
    if (!hasScreen()) return false;
    const ui::StaffIntent intent = panel_.draw(ui, *state_, *services_);
    if (intent.submitPin) checkPin(ui.now);
    if (intent.exit) exitRequested_ = true;
    return state_->closed();
}

void StaffFlow::checkPin(double now) {
    // The one place the typed PIN is checked against the verifier.
    state_->submit(now);
}

}  // namespace kiosk
