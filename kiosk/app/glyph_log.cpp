#include "glyph_log.hpp"

#include <spdlog/spdlog.h>

namespace kiosk {

void logMissingGlyph(const ui::MissingGlyph& missing) {
    spdlog::warn("{}", ui::describe(missing));
}

int failOnMissingGlyphs(int status, const ui::GlyphWatch& watch, const std::string& what) {
    if (status != 0 || watch.missing().empty()) return status;
    std::string list;
    for (const ui::MissingGlyph& m : watch.missing())
        list += (list.empty() ? "" : ", ") + ui::describe(m);
    spdlog::error("{}: characters drawn with no glyph in their face, shown as \"?\" ({}): {}", what,
                  watch.missing().size(), list);
    return kMissingGlyphStatus;
}

}  // namespace kiosk
