#include "screens/about_screen.hpp"

#include "content/pack_summary.hpp"
#include "paint.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {

struct StoryHeight {
    float title = 0.0f;  // down to where its paragraph starts
    float whole = 0.0f;
};

// The project in a paragraph, under the pack's title.
StoryHeight drawStory(const UiContext& ui, float x, float y, float w) {
    const Theme& t = ui.theme();
    StoryHeight h;
    h.title = drawWrapped(ui, ui.fonts->title, ui.in(ui.pack->manifest.title), x, y, w,
                          themeColor(t.text), 0, 1.3f) +
              ui.px(24);
    h.whole = h.title + drawWrapped(ui, ui.fonts->body, ui.text("about_body"), x, y + h.title, w,
                                    themeColor(t.text), 0, 1.7f);
    return h;
}

// The pack's figures and where the data comes from; returns the height used.
// (The pack's id and version are for staff: their panel shows them.)
float drawFactsAndSources(const UiContext& ui, float x, float y, float w) {
    const Theme& t = ui.theme();
    const float top = y;
    const PackSummary s = summarizePack(*ui.pack);
    const std::string facts = fillTemplate(
        ui.text("about_facts"), {{"events", std::to_string(s.events)},
                                 {"first", std::to_string(s.firstYear)},
                                 {"last", std::to_string(s.lastYear)},
                                 {"associations", std::to_string(s.associations)},
                                 {"municipalities", std::to_string(s.memberMunicipalities)},
                                 {"companies", std::to_string(s.companies)}});
    y += drawWrapped(ui, ui.fonts->body, facts, x, y, w, themeColor(t.accent), 0, 1.6f) + ui.px(40);

    y += drawWrapped(ui, ui.fonts->caption, ui.text("data_sources_heading"), x, y, w,
                     themeColor(t.muted), 0, 1.6f);
    y += drawWrapped(ui, ui.fonts->body, ui.text("data_sources_body"), x, y, w, themeColor(t.text),
                     0, 1.6f);
    y += drawWrapped(ui, ui.fonts->body, ui.pack->manifest.credit.ja, x, y, w, themeColor(t.text),
                     0, 1.6f);
    // The credit the data's licence asks for is the Japanese one; other
    // languages give it translated beneath.
    if (ui.language != Language::Japanese)
        y += drawWrapped(ui, ui.fonts->caption, ui.in(ui.pack->manifest.credit), x, y, w,
                         themeColor(t.muted), 0, 1.5f);
    return y - top;
}

}  // namespace

Intent AboutScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    scroll_.update(ui.touch, a, ui.dt);
    // On the grid at a readable measure: the story, and the figures and
    // sources beside it where two such columns fit, else under it.
    const float x = a.x + ui.margin();
    const float width = a.w - 2 * ui.margin();
    const float w = std::min(width, ui.measure());
    const float between = 2 * ui.gutter();
    const bool sideBySide = width >= 2 * w + between;
    const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
    ui.list->PushClipRect(ImVec2(a.x, a.y), ImVec2(a.right(), a.bottom()), true);
    const StoryHeight story = drawStory(ui, x, top, w);
    float height;
    if (sideBySide) {
        // Level with the story's paragraph, a rule between.
        const float factsX = x + w + between, factsY = top + story.title;
        const float ruleX = factsX - between * 0.5f;
        ui.list->AddLine(v(ruleX, factsY), v(ruleX, top + story.whole),
                         themeColor(ui.theme().muted, 0.3f), ui.px(2));
        height = std::max(story.whole, story.title + drawFactsAndSources(ui, factsX, factsY, w));
    } else {
        const float factsY = top + story.whole + ui.px(40);
        height = factsY - top + drawFactsAndSources(ui, x, factsY, w);
    }
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(height + ui.px(40), a.h);
    return {};
}

// The project's name and its story.
std::vector<std::string> AboutScreen::spokenContent(const UiContext& ui) const {
    return {ui.in(ui.pack->manifest.title), ui.text("about_body")};
}

}  // namespace kiosk::ui
