#pragma once
#include <memory>
#include <string>

#include "staff/pin_gate.hpp"

namespace kiosk {

enum class StaffPage { Content, Health, Visitors, Sound, TouchTest, SelfTest };

struct StaffPanelTimeouts {
    // The PIN pad closes when nobody types for this long.
    double pinIdleSeconds = 30.0;
    // The open panel closes (back to the visitors' screens) when left alone.
    double openIdleSeconds = 180.0;
    // Exit needs a second tap within this time.
    double exitConfirmSeconds = 4.0;
    // Longest PIN accepted on the pad.
    size_t maxPinLength = 12;
};

// The staff panel's state on the caller's clock: shut, asking for the PIN, or
// open on a page. Drawing reads it; the panel's buttons call it.
class StaffPanelState {
  public:
    enum class Stage { Closed, PinEntry, Open };

    explicit StaffPanelState(PinGate gate, StaffPanelTimeouts timeouts = {});
    // With a check set, submit() hands the PIN to it and the verdict comes
    // when the check is done (the kiosk: Argon2 on its job runner, so the pad
    // keeps drawing meanwhile); without, the gate's verifier runs at once.
    void setPinCheck(PinCheck check) { check_ = std::move(check); }

    Stage stage() const { return stage_; }
    bool closed() const { return stage_ == Stage::Closed; }
    StaffPage page() const { return page_; }

    // The hidden gesture was made.
    void askForPin(double now);
    void typeDigit(char digit, double now);
    void eraseDigit(double now);
    size_t typedLength() const { return typed_.size(); }
    // Checks the typed PIN; the pad clears either way. Checking: the verdict
    // follows (checking() is true until then and the pad takes no PIN).
    PinVerdict submit(double now);
    bool checking() const { return checking_ != nullptr; }
    // The verdict of the last submit, for the pad's message line.
    PinVerdict lastVerdict() const { return lastVerdict_; }
    bool hasVerdict() const { return hasVerdict_; }
    double lockedFor(double now) const { return gate_.lockedFor(now); }

    void showPage(StaffPage page, double now);
    // Any touch on the panel keeps it open.
    void touched(double now) { lastTouch_ = now; }
    // True when the exit is confirmed (the second tap in time).
    bool exitTapped(double now);
    bool exitArmed(double now) const;
    void close();
    // Closes the pad or the panel once it has been left alone long enough.
    void update(double now);

  private:
    void applyVerdict(PinVerdict verdict);

    PinGate gate_;
    PinCheck check_;
    // The check in flight: its outcome lands here (shared with the check's
    // callback, which may outlive a panel torn down meanwhile) and is applied
    // at the next update(), on the caller's clock.
    struct Check {
        bool done = false;
        bool matched = false;
    };
    std::shared_ptr<Check> checking_;
    StaffPanelTimeouts timeouts_;
    Stage stage_ = Stage::Closed;
    StaffPage page_ = StaffPage::Content;
    std::string typed_;
    PinVerdict lastVerdict_ = PinVerdict::Wrong;
    bool hasVerdict_ = false;
    double lastTouch_ = 0.0;
    double exitArmedAt_ = -1e300;
};

}  // namespace kiosk
