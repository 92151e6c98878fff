#include "content/ui_strings.hpp"

namespace kiosk {

namespace {
const std::vector<std::string> kRequiredKeys = {
    "about",
    "about_body",
    "about_facts",
    "all_partners",
    "hub_label",
    "agreement_line",
    "associations_heading",
    "back",
    "category_agreement",
    "category_all",
    "category_event_fair",
    "category_exhibition",
    "category_lecture_symposium",
    "category_mayors_meeting",
    "category_national_policy",
    "category_other",
    "category_publication_web",
    "companies_heading",
    "data_sources_body",
    "data_sources_heading",
    "date_unknown",
    "event",
    "event_missing",
    "formerly",
    "growth_heading",
    "highlight_label",
    "highlights",
    "home",
    "home_prompt",
    "language_switch",
    "map",
    "map_heading",
    "map_prompt",
    "members_count",
    "no_events",
    "numbers",
    "numbers_heading",
    "pack_version",
    "partners",
    "people",
    "places",
    "related_partners",
    "stat_associations",
    "stat_events",
    "stat_municipalities",
    "spotlight_events",
    "spotlight_label",
    "still_there",
    "timeline",
    "touch_to_continue",
    "tour_label",
    "touch_to_start",
    "venue",
};
}  // namespace

const std::vector<std::string>& requiredUiStringKeys() {
    return kRequiredKeys;
}

}  // namespace kiosk
