#pragma once
#include "staff/staff_panel_state.hpp"
#include "staff_panel.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// The PIN pad over the visitors' screen: a dot per digit typed (never the
// digits), what the last try gave (wrong, locked for N s, checking), the keys
// and Cancel. OK comes back as StaffIntent::submitPin: the staff flow checks
// the PIN off the render thread.
StaffIntent drawStaffPinPad(const UiContext& ui, StaffPanelState& state);

}  // namespace kiosk::ui
