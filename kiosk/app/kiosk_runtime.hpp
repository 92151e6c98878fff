#pragma once
#include <memory>

#include "kiosk_staff_services.hpp"
#include "live_content.hpp"
#include "runtime/usb_installer.hpp"
#include "staff/pin_gate.hpp"

namespace kiosk {

// How the runtime looks at USB sticks.
enum class UsbWatching {
    Off,          // no state folder (or told not to): nothing is installed
    OnThread,     // the interactive kiosk: a worker looks every couple of seconds
    WhenAskedTo,  // scripted sessions: one synchronous look per scanUsbNow()
};

// The kiosk between frames, whoever drives the clock (the interactive loop or
// a script): the content on screen, the staff services, the USB installer,
// and the swap of a newly installed (or rolled-back) pack at the next quiet
// moment — the attract loop with the staff panel shut, never in the middle of
// a visit.
class KioskRuntime {
  public:
    KioskRuntime(std::unique_ptr<LiveContent> live, const LiveContentSettings& settings,
                 UsbWatching usb, double now);
    ~KioskRuntime();

    KioskApp& app() { return *live_->app; }
    const Pack& pack() const { return *live_->pack; }
    KioskStaffServices& services() { return *services_; }

    // Handles what the USB installer reported and staff rollbacks, and swaps
    // in a waiting pack when the moment is quiet. True when the content was
    // replaced: the caller uploads the new font atlas before the next frame.
    bool update(double now);
    // Scripts: one look at the mount roots now, installing what is there.
    void scanUsbNow(double now);

  private:
    void attach();
    void report(UsbEvent e, double now);
    bool goLive(double now);

    LiveContentSettings settings_;
    std::unique_ptr<LiveContent> live_;
    std::unique_ptr<KioskStaffServices> services_;
    PinVerifier pin_;
    std::unique_ptr<UsbInstaller> usbThread_;
    std::unique_ptr<UsbInstallStep> usbStep_;
};

}  // namespace kiosk
