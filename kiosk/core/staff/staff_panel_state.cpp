#include "staff/staff_panel_state.hpp"

namespace kiosk {

StaffPanelState::StaffPanelState(PinGate gate, StaffPanelTimeouts timeouts)
    : gate_(std::move(gate)), timeouts_(timeouts) {}

void StaffPanelState::askForPin(double now) {
    if (stage_ != Stage::Closed) return;
    stage_ = Stage::PinEntry;
    typed_.clear();
    hasVerdict_ = false;
    lastTouch_ = now;
}

void StaffPanelState::typeDigit(char digit, double now) {
    lastTouch_ = now;
    if (stage_ == Stage::PinEntry && digit >= '0' && digit <= '9' &&
        typed_.size() < timeouts_.maxPinLength)
        typed_ += digit;
}

void StaffPanelState::eraseDigit(double now) {
    lastTouch_ = now;
    if (!typed_.empty()) typed_.pop_back();
}

PinVerdict StaffPanelState::submit(double now) {
    lastTouch_ = now;
    if (stage_ != Stage::PinEntry) return PinVerdict::Wrong;
    lastVerdict_ = gate_.submit(typed_, now);
    hasVerdict_ = true;
    typed_.clear();
    if (lastVerdict_ == PinVerdict::Accepted) {
        stage_ = Stage::Open;
        page_ = StaffPage::Content;
    }
    return lastVerdict_;
}

void StaffPanelState::showPage(StaffPage page, double now) {
    lastTouch_ = now;
    if (stage_ == Stage::Open) page_ = page;
}

bool StaffPanelState::exitArmed(double now) const {
    return now - exitArmedAt_ <= timeouts_.exitConfirmSeconds;
}

bool StaffPanelState::exitTapped(double now) {
    lastTouch_ = now;
    if (stage_ != Stage::Open) return false;
    if (exitArmed(now)) return true;
    exitArmedAt_ = now;
    return false;
}

void StaffPanelState::close() {
    stage_ = Stage::Closed;
    typed_.clear();
    exitArmedAt_ = -1e300;
}

void StaffPanelState::update(double now) {
    const double idle = now - lastTouch_;
    if ((stage_ == Stage::PinEntry && idle > timeouts_.pinIdleSeconds) ||
        (stage_ == Stage::Open && idle > timeouts_.openIdleSeconds))
        close();
}

}  // namespace kiosk
