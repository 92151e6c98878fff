#include "staff/staff_panel_state.hpp"

#include <utility>

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
    if (stage_ != Stage::PinEntry || checking()) return PinVerdict::Wrong;
    const std::string pin = std::exchange(typed_, {});
    if (!check_ || gate_.locked(now)) {
        applyVerdict(gate_.submit(pin, now));
        return lastVerdict_;
    }
    if (pin.empty()) {  // nothing to derive a key from: wrong at once
        applyVerdict(gate_.record(false, now));
        return lastVerdict_;
    }
    auto check = std::make_shared<Check>();
    checking_ = check;
    check_(pin, [check](bool matched) {
        check->done = true;
        check->matched = matched;
    });
    return PinVerdict::Checking;
}

void StaffPanelState::applyVerdict(PinVerdict verdict) {
    lastVerdict_ = verdict;
    hasVerdict_ = true;
    if (verdict == PinVerdict::Accepted) {
        stage_ = Stage::Open;
        page_ = StaffPage::Content;
    }
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
    checking_.reset();  // a late outcome is dropped
    typed_.clear();
    exitArmedAt_ = -1e300;
}

void StaffPanelState::update(double now) {
    if (checking_ && checking_->done) {
        const bool matched = checking_->matched;
        checking_.reset();
        lastTouch_ = now;
        applyVerdict(gate_.record(matched, now));
    }
    if (checking_) return;  // waiting for the check is not being left alone
    const double idle = now - lastTouch_;
    if ((stage_ == Stage::PinEntry && idle > timeouts_.pinIdleSeconds) ||
        (stage_ == Stage::Open && idle > timeouts_.openIdleSeconds))
        close();
}

}  // namespace kiosk
