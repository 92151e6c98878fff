#pragma once
#include "staff/staff_services.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// The staff panel's Visitors page: today's and the last 30 days' visits, a
// bar a day for those days, the busiest hours as a weekday-by-hour heat map,
// what visitors opened and chose most, where the figures are kept, and the
// export to a stick. It draws what the services last read (a job reads the
// figures every few seconds), never the database itself.
void drawStaffVisitorsPage(const UiContext& ui, const Rect& area, StaffServices& services);

}  // namespace kiosk::ui
