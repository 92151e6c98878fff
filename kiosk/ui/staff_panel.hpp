#pragma once
#include <vector>

#include "staff/staff_panel_state.hpp"
#include "staff/staff_services.hpp"
#include "staff_self_test_page.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the panel asks of the kiosk besides what StaffServices does itself.
struct StaffIntent {
    bool exit = false;       // the exit was confirmed
    bool submitPin = false;  // OK on the PIN pad: the staff flow checks the typed PIN
};

// A bar per job under way that uses one of `resources` (JobResource): its
// name in staff wording and how far it has come. Returns the height used.
float drawStaffJobs(const UiContext& ui, float x, float y, float w,
                    const std::vector<JobStatus>& jobs, unsigned resources);

// The staff panel: the PIN pad over the visitors' screen, or, once the PIN is
// right, a full-screen panel with pages for content (packs, rollback, the
// last USB stick, what a waiting pack changes), health, visitor statistics,
// sound, a touch test grid and the self-test. Large touch targets like everything else.
class StaffPanel {
  public:
    StaffIntent draw(const UiContext& ui, StaffPanelState& state, StaffServices& services);

  private:
    StaffIntent drawOpen(const UiContext& ui, StaffPanelState& state, StaffServices& services);
    void drawContentPage(const UiContext& ui, const Rect& area, StaffServices& services);
    void drawHealthPage(const UiContext& ui, const Rect& area, StaffServices& services);
    void drawSoundPage(const UiContext& ui, const Rect& area, StaffServices& services);
    void drawTouchPage(const UiContext& ui, const Rect& area);

    std::vector<bool> touchedCells_;
    StaffSelfTestPage selfTest_;
};

}  // namespace kiosk::ui
